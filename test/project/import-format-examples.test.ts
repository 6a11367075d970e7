// Every worked example of docs/import-format.md is a fixture that imports (issue 18):
// the files of test/fixtures/import-format/ are imported in order into a fresh store,
// each cleanly and with every arithmetic check agreeing, and each file's text appears
// verbatim in the document, so the document cannot show an example that does not import.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/adapters/files/read-import-file.js';
import { importIntoStore } from '../../src/adapters/prisma/import-into-store.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = path.join(root, 'test', 'fixtures', 'import-format');
const files = readdirSync(examples).filter((name) => name.endsWith('.csv')).sort();
const document = readFileSync(path.join(root, 'docs', 'import-format.md'), 'utf8');

let store: TestStore;

beforeAll(async () => {
  store = await createTestStore();
});

afterAll(async () => {
  await store?.cleanup();
});

describe('the worked examples of docs/import-format.md', () => {
  it('cover the shapes real reports have', () => {
    expect(files).toEqual(['00-organisationer.csv', '01-driftredovisning.csv', '02-namnder-prognos.csv', '03-investeringar.csv', '04-nyckeltal.csv', '05-avvikelse-komponenter.csv', '06-kommentarer.csv']);
  });

  it.each(files)('%s is in the document verbatim', (name) => {
    expect(document).toContain(readFileSync(path.join(examples, name), 'utf8').trimEnd());
  });

  it('import in order, each whole, with every check agreeing', async () => {
    for (const name of files) {
      const outcome = await importIntoStore(store.connection, await readImportFile(path.join(examples, name)), 'test');
      expect([name, outcome.status]).toEqual([name, 'imported']);
      expect(outcome.rowCount).toBeGreaterThan(0);
      expect(outcome.warnings ?? []).toEqual([]);
      if (outcome.checks) expect([name, outcome.checks.rounding, outcome.checks.warning]).toEqual([name, 0, 0]);
    }
    const { prisma } = store.connection;
    // The committee table's total row and the deviation's components were checked against their parts.
    const relations = await prisma.figureCheck.groupBy({ by: ['relation'], _count: true });
    expect(relations.map((relation) => relation.relation).sort()).toEqual(expect.arrayContaining(['deviation', 'forecast_deviation', 'total']));
    expect(await prisma.figure.count({ where: { breakdownGroup: 'Komponent' } })).toBe(3);
    expect(await prisma.note.count()).toBe(4);
  });
});
