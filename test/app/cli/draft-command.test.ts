// The draft and note commands as a controller runs them (in this process, runProgram) on a real store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;

const cli = (args: string[], user = 'controller@example.se') => runCli(args, { DATABASE_URL: store.databaseUrl, UTFALL_USER: user, LLM_MODEL: '' });

beforeAll(async () => {
  store = await createTestStore();
});

afterAll(async () => {
  await store?.cleanup();
});

describe('npm run cli -- draft and note', () => {
  it('creates, lists and approves a draft, recording who approved it', async () => {
    const created = await cli(['draft', '--org', 'Kommunstyrelsen', '--period', '2024-08', '--item', 'Personalkostnader', '--json']);
    expect(created.status, created.stderr).toBe(0);
    const draft = JSON.parse(created.stdout) as { id: number; status: string; text: string };
    expect(draft.status).toBe('draft');
    expect(draft.text.replace(/\u00A0/g, ' ')).toContain('70 328 tkr');
    expect((await cli(['draft', 'list', '--org', 'KS'])).stdout).toMatch(new RegExp(`^\\s*${draft.id}\\s+draft\\s+2024-08\\s+Kommunstyrelsen / Personalkostnader`, 'm'));
    const approved = await cli(['draft', 'approve', String(draft.id)], 'chef@example.se');
    expect(approved.stdout).toContain(`Draft ${draft.id} approved by chef@example.se.`);
    expect((await cli(['draft', 'approve', String(draft.id)])).status).toBe(1);
    expect((await cli(['draft', 'show', String(draft.id)])).stdout).toContain('godkänt av chef@example.se');
  });

  it('records a note that the next draft quotes', async () => {
    const noted = await cli(['note', '--org', 'Kommunstyrelsen', '--item', 'Lokalhyror', '--period', '2024-08', 'Indexuppräkning', 'av', 'hyrorna.']);
    expect(noted.status, noted.stderr).toBe(0);
    expect(noted.stdout).toMatch(/^Note \d+ recorded for Kommunstyrelsen \/ Lokalhyror, 2024-08\./);
    const drafted = await cli(['draft', '--org', 'Kommunstyrelsen', '--period', '2024-08', '--item', 'Lokalhyror']);
    expect(drafted.stdout).toContain('”Indexuppräkning av hyrorna.”');
  });

  it('names what is wrong with a bad organisation, line or period, and exits 1', async () => {
    expect((await cli(['draft', '--org', 'Ingenstans', '--period', '2024-08'])).stderr).toContain('No organisation named "Ingenstans"');
    expect((await cli(['draft', '--org', 'KS', '--period', '2024-8'])).stderr).toContain('--period "2024-8" must be written YYYY-MM');
    const badLine = await cli(['draft', '--org', 'KS', '--period', '2024-08', '--item', 'Rymdresor']);
    expect(badLine.status).toBe(1);
    expect(badLine.stderr).toContain('Kommunstyrelsen has no line "Rymdresor"');
  });
});
