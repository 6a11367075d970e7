// The import command and `figures --checks` as a controller runs them (in this
// process, runProgram) on a real store with the sample data. A file whose printed deviation
// contradicts its budget and forecast is imported with a warning naming both lines;
// a file in tkr labelled mnkr is rejected with the reason; the checks of a period are
// listed with their arithmetic.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let directory: string;
const cli = (args: string[]) => runCli(args, { DATABASE_URL: store.databaseUrl, UTFALL_USER: 'test' });
const plain = (text: string) => text.replace(/[\u00A0\u202F]/gu, ' ');
const HEADER = 'organisation;period;item;parent_item;kind;order;measure;value;unit;source;section';

function file(name: string, rows: readonly string[]): string {
  const full = path.join(directory, name);
  writeFileSync(full, `${[HEADER, ...rows].join('\n')}\n`);
  return full;
}

beforeAll(async () => {
  store = await createTestStore();
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-import-cli-'));
});

afterAll(async () => {
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('npm run cli -- import and figures --checks', () => {
  it('lists the checks of a period: the printed figure, the arithmetic and the file lines', async () => {
    const result = await cli(['figures', '--org', 'Kommunstyrelsen', '--period', '2024-08', '--checks']);
    expect(result.status, result.stderr).toBe(0);
    const text = plain(result.stdout);
    expect(text).toMatch(/^Kommunstyrelsen, 2024-08: \d+ checks of printed figures$/mu);
    expect(text).toContain('rounding Personalkostnader forecast_deviation: printed 1 730 tkr; 114 196 − 112 465 = 1 731 tkr [forecast_deviation; kommunstyrelsen-2024-08.csv line');
    expect(text).toContain('agrees   Köp av tjänster forecast_deviation: printed −4 519 tkr; 51 171 − 55 690 = −4 519 tkr');
    expect(text).not.toContain('WARNING');
  });

  it('imports a file whose printed deviation contradicts budget and forecast, with a warning naming both lines', async () => {
    const result = await cli(['import', file('kontradiktion.csv', [
      'Kommunstyrelsen;2024-09;Personalkostnader;;cost;20;budget_full_year;-114 196;tkr;kontroll.pdf;Drift',
      'Kommunstyrelsen;2024-09;Personalkostnader;;cost;20;forecast;-112 465;tkr;kontroll.pdf;Drift',
      'Kommunstyrelsen;2024-09;Personalkostnader;;cost;20;forecast_deviation;1 930;tkr;kontroll.pdf;Drift',
    ])]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('imported 3 figures rows');
    expect(result.stdout).toContain('checks: 0 agree, 0 differ by rounding, 1 beyond rounding');
    expect(plain(result.stderr)).toContain('warning: line 4, column value: Kommunstyrelsen / Personalkostnader 2024-09: the printed forecast deviation 1 930 tkr disagrees with lines 3 and 2: 114 196 − 112 465 = 1 731 tkr, 199 tkr apart');
  });

  it('rejects a file in tkr labelled mnkr with the reason, and imports nothing', async () => {
    const result = await cli(['import', file('tkr-som-mnkr.csv', [
      'Kommunstyrelsen;2024-09;Verksamhetens intäkter;;income;10;actual;69 208;mnkr;felaktig.csv;Drift',
      'Kommunstyrelsen;2024-09;Personalkostnader;Verksamhetens kostnader;cost;20;actual;-70 328;mnkr;felaktig.csv;Drift',
      'Kommunstyrelsen;2024-09;Köp av tjänster;Verksamhetens kostnader;cost;40;actual;-31 150;mnkr;felaktig.csv;Drift',
    ])]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tkr-som-mnkr.csv was rejected: 1 problem(s); nothing was imported');
    expect(plain(result.stderr)).toContain('column unit: the amounts look like tkr labelled mnkr: 3 of the 3 lines that Kommunstyrelsen has reported before are about 1 000 times their stored figures (line 2: Verksamhetens intäkter actual 69 208 mnkr, stored 69 208 tkr for 2024-08;');
    const checks = await cli(['figures', '--org', 'Kommunstyrelsen', '--period', '2024-09', '--checks']);
    expect(plain(checks.stdout)).toContain('WARNING  Personalkostnader forecast_deviation: printed 1 930 tkr');
    expect(plain(checks.stdout)).not.toContain('Verksamhetens intäkter actual');
  });

  it('shows a file that starts a new tree instead of writing it, and writes it with --write', async () => {
    const organisations = path.join(directory, 'ny-kommun.csv');
    writeFileSync(organisations, 'organisation;parent;kind;aliases;unit\nKommunen;;municipality;;tkr\nKommunstyrelsen;Kommunen;board;KS;tkr\n');
    const looked = await cli(['import', organisations]);
    expect(looked.status, looked.stderr).toBe(0);
    expect(looked.stdout).toContain('Tree Kommunen (new):');
    expect(looked.stdout).toContain('It starts a new tree (Kommunen): when the above is right, import it with --write.');
    expect((await cli(['orgs'])).stdout).not.toContain('Kommunen');
    const written = await cli(['import', organisations, '--write']);
    expect(written.stdout).toContain('imported 2 organisations rows');
    const tree = (await cli(['orgs'])).stdout;
    // Two trees, each with its own Kommunstyrelsen: Alingsås's stays where it was.
    expect(tree).toMatch(/^Alingsås kommun \(municipality; Alingsås\)\n  Kommunstyrelsen \(board; KS\)$/mu);
    expect(tree).toMatch(/^Kommunen \(municipality\)\n  Kommunstyrelsen \(board; KS\)$/mu);
    const ambiguous = await cli(['figures', '--org', 'Kommunstyrelsen', '--period', '2024-08']);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('Kommunstyrelsen (Alingsås kommun), Kommunstyrelsen (Kommunen)');
    expect((await cli(['figures', '--org', 'Kommunstyrelsen (Alingsås kommun)', '--period', '2024-08'])).status).toBe(0);
    // Six processes, each starting tsx: more than the default 30 s on a busy machine.
  }, 180_000);

  it('lists every bad row with file, line, column and reason, writing nothing', async () => {
    const result = await cli(['import', file('fel.csv', [
      'Kommunstyrelsen (Alingsås kommun);2024-09;Lokaler;;cost;10;actual;-1;tkr;fel.pdf;Drift',
      'Kommunstyrelsen;2024-09;Lokaler;;cost;10;budget;x;tkr;fel.pdf;Drift',
    ])]);
    expect(result.status).toBe(1);
    // A name written as Utfall writes it where several trees have it is understood.
    expect(result.stderr).not.toContain('line 2');
    expect(result.stderr).toContain('fel.csv, line 3, column organisation: "Kommunstyrelsen" is in several trees (Alingsås kommun, Kommunen)');
    expect(result.stderr).toContain('fel.csv, line 3, column value: "x" is not a number');
  });
});
