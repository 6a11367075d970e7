// Importing into a real store (SQLite, or PostgreSQL when UTFALL_TEST_DATABASE
// says so) from real files: rows counted, re-imports idempotent, and every bad
// file rejected with its specific problem and nothing written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejectedError } from '../../../src/core/import/import-problem.js';
import { readImportFile } from '../../../src/adapters/files/read-import-file.js';
import { SAMPLES_FOLDER } from '../../../src/app/services/ensure-store-ready.js';
import { importIntoStore, type ImportOutcome } from '../../../src/adapters/prisma/import-into-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const COLUMNS = ['organisation', 'period', 'item', 'parent_item', 'kind', 'order', 'measure', 'value', 'unit', 'better', 'breakdown_group', 'breakdown', 'made_in', 'source', 'section', 'remark'];
const HEADER = COLUMNS.join(';');
const ORGANISATIONS = path.join(SAMPLES_FOLDER, 'organisations.csv');
const FIGURES = path.join(SAMPLES_FOLDER, 'kommunstyrelsen-2024-08.csv');

/** One valid figures row (a Kommunstyrelsen cost, in tkr) with some cells changed. */
function cells(overrides: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    organisation: 'Kommunstyrelsen', period: '2024-08', item: 'Testkostnad', parent_item: '', kind: 'cost', order: '900', measure: 'actual',
    value: '-1 234', unit: 'tkr', better: '', breakdown_group: '', breakdown: '', made_in: '', source: 'test.txt', section: 'Test', remark: '',
  };
  return COLUMNS.map((column) => overrides[column] ?? base[column]!);
}
const row = (overrides: Partial<Record<string, string>> = {}): string => cells(overrides).join(';');

/** Data rows of a CSV sample (non-empty lines after the header). */
function dataRowsOf(file: string): number {
  return readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter((line) => line.trim() !== '').length;
}

let store: TestStore;
let directory: string;
let fileNumber = 0;

function writeCsv(content: string): string {
  fileNumber += 1;
  const file = path.join(directory, `import-${fileNumber}.csv`);
  writeFileSync(file, content);
  return file;
}

async function writeXlsx(sheetName: string, rows: string[][]): Promise<string> {
  fileNumber += 1;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const cellsOfRow of rows) sheet.addRow(cellsOfRow);
  const file = path.join(directory, `import-${fileNumber}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function importFile(file: string, importedBy = 'test'): Promise<ImportOutcome> {
  return importIntoStore(store.connection, await readImportFile(file), importedBy);
}

async function counts() {
  const { prisma } = store.connection;
  return {
    figures: await prisma.figure.count(),
    lineItems: await prisma.lineItem.count(),
    batches: await prisma.importBatch.count(),
    organisations: await prisma.organisation.count(),
  };
}

/** Imports `file`, expects it rejected, and checks that nothing was written. */
async function rejectionOf(file: string): Promise<ImportRejectedError> {
  const before = await counts();
  const caught = await importFile(file).then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ImportRejectedError);
  expect(await counts()).toEqual(before);
  return caught as ImportRejectedError;
}

beforeAll(async () => {
  store = await createTestStore();
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-import-test-'));
});

afterAll(async () => {
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('importing valid files', () => {
  it('runs against the database UTFALL_TEST_DATABASE selects', () => {
    expect(store.connection.provider).toBe(process.env.UTFALL_TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite');
  });

  it('imports the organisations and then a figures report, counting every row', async () => {
    expect(await counts()).toEqual({ figures: 0, lineItems: 0, batches: 0, organisations: 0 });

    const organisations = await importFile(ORGANISATIONS);
    expect(organisations).toMatchObject({ status: 'imported', kind: 'organisations', rowCount: dataRowsOf(ORGANISATIONS) });
    expect(await store.connection.prisma.organisation.count()).toBe(dataRowsOf(ORGANISATIONS));

    const figures = await importFile(FIGURES, 'controller@example.se');
    expect(figures).toMatchObject({ status: 'imported', kind: 'figures', rowCount: dataRowsOf(FIGURES) });
    expect(await store.connection.prisma.figure.count()).toBe(dataRowsOf(FIGURES));
    const batch = await store.connection.prisma.importBatch.findUniqueOrThrow({ where: { id: figures.batchId } });
    expect(batch).toMatchObject({ fileName: 'kommunstyrelsen-2024-08.csv', kind: 'figures', rowCount: dataRowsOf(FIGURES), importedBy: 'controller@example.se' });

    // 69 208 tkr = 69 208 000 kr, stored × 10 000.
    const income = await store.connection.prisma.figure.findFirstOrThrow({
      where: { measure: 'actual', year: 2024, month: 8, lineItem: { name: 'Verksamhetens intäkter', organisation: { name: 'Kommunstyrelsen' } } },
    });
    expect(income.valueE4).toBe(692_080_000_000n);
    expect(income.batchId).toBe(figures.batchId);
  });

  it('leaves the store unchanged when the same file is imported again', async () => {
    const before = await counts();
    const first = await store.connection.prisma.importBatch.findFirstOrThrow({ where: { fileName: 'kommunstyrelsen-2024-08.csv' } });
    const again = await importFile(FIGURES);
    expect(again).toMatchObject({ status: 'unchanged', kind: 'figures', rowCount: dataRowsOf(FIGURES), batchId: first.id });
    expect(await counts()).toEqual(before);
  });

  it('replaces the value of an existing key from a changed file and records the new batch', async () => {
    const first = await importFile(writeCsv(`${HEADER}\n${row({ item: 'Ersatt post', value: '-100' })}\n`));
    expect(first.status).toBe('imported');
    const before = await counts();
    const second = await importFile(writeCsv(`${HEADER}\n${row({ item: 'Ersatt post', value: '-250' })}\n`));
    expect(second).toMatchObject({ status: 'imported', rowCount: 1 });
    expect(second.batchId).not.toBe(first.batchId);
    const after = await counts();
    expect(after).toEqual({ ...before, batches: before.batches + 1 });
    const figures = await store.connection.prisma.figure.findMany({ where: { lineItem: { name: 'Ersatt post' } } });
    expect(figures).toHaveLength(1);
    expect(figures[0]!.valueE4).toBe(-250n * 1000n * 10_000n);
    expect(figures[0]!.batchId).toBe(second.batchId);
  });

  it('imports an XLSX workbook whose data is on a sheet named utfall', async () => {
    const before = await counts();
    const file = await writeXlsx('utfall', [COLUMNS, cells({ item: 'Från Excel', value: '-2 500,5' })]);
    const outcome = await importFile(file);
    expect(outcome).toMatchObject({ status: 'imported', kind: 'figures', rowCount: 1 });
    expect(await counts()).toEqual({ ...before, figures: before.figures + 1, lineItems: before.lineItems + 1, batches: before.batches + 1 });
    const figure = await store.connection.prisma.figure.findFirstOrThrow({ where: { lineItem: { name: 'Från Excel' } } });
    expect(figure.valueE4).toBe(-25_005_000_000n);
  });
  it('keeps text with quotes, semicolons, tabs, backslashes and line breaks exactly as written', async () => {
    const remark = 'Enligt "KS 2024/12"; se\tbilaga C:\\rapporter\nrad två';
    const quoted = `"${remark.replace(/"/g, '""')}"`;
    const outcome = await importFile(writeCsv(`${HEADER}\n${row({ item: 'Escapad post', remark: quoted })}\n`));
    expect(outcome.status).toBe('imported');
    const figure = await store.connection.prisma.figure.findFirstOrThrow({ where: { lineItem: { name: 'Escapad post' } } });
    expect(figure.remark).toBe(remark);
  });

  it('records when the batch was imported, readable through the store', async () => {
    const before = Date.now();
    const outcome = await importFile(writeCsv(`${HEADER}\n${row({ item: 'Tidsstämplad post' })}\n`));
    const batch = await store.connection.prisma.importBatch.findUniqueOrThrow({ where: { id: outcome.batchId } });
    expect(batch.importedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(batch.importedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('links a sub-line to its parent item, also when the parent comes later in the file', async () => {
    const outcome = await importFile(
      writeCsv(`${HEADER}\n${row({ item: 'varav Testkonsulter', parent_item: 'Testövrigt', order: '902' })}\n${row({ item: 'Testövrigt', order: '901', value: '-5 000' })}\n`),
    );
    expect(outcome.rowCount).toBe(2);
    const child = await store.connection.prisma.lineItem.findFirstOrThrow({ where: { name: 'varav Testkonsulter' }, include: { parent: true } });
    expect(child.parent?.name).toBe('Testövrigt');
  });
});

describe('rejecting bad files, writing nothing', () => {
  it('rejects a row naming an unknown organisation', async () => {
    const error = await rejectionOf(writeCsv(`${HEADER}\n${row({ item: 'God rad' })}\n${row({ organisation: 'Okänd nämnd', item: 'Annan' })}\n`));
    expect(error.problems).toEqual([{ line: 3, column: 'organisation', reason: expect.stringContaining('"Okänd nämnd" is not a known organisation') }]);
  });

  it('rejects a malformed number with its line and column', async () => {
    const error = await rejectionOf(writeCsv(`${HEADER}\n${row({ value: '12 34' })}\n`));
    expect(error.problems).toEqual([{ line: 2, column: 'value', reason: expect.stringContaining('"12 34" is not a number') }]);
  });

  it('rejects a row with more fields than the header (a value split by an unquoted ";"), naming its line', async () => {
    const split = `${row({ item: 'God rad' })}\n${row({ item: 'Delad', remark: 'Utfall jan–apr; mkr läst som mnkr' })}`;
    const error = await rejectionOf(writeCsv(`${HEADER}\n${split}\n`));
    expect(error.problems).toEqual([{ line: 3, column: null, reason: expect.stringMatching(/17 fields where the header has 16.*double quotes/) }]);
  });

  it('takes the same value written in double quotes, and empty fields after the last column', async () => {
    const quoted = writeCsv(`${HEADER}\n${row({ item: 'Citerad', remark: '"Utfall jan–apr; mkr läst som mnkr"' })};;\n`);
    const outcome = await importFile(quoted);
    expect(outcome).toMatchObject({ status: 'imported', rowCount: 1 });
    const stored = await store.connection.prisma.figure.findFirst({ where: { lineItem: { name: 'Citerad' } } });
    expect(stored?.remark).toBe('Utfall jan–apr; mkr läst som mnkr');
  });

  it('rejects an unknown unit, naming the units allowed', async () => {
    const error = await rejectionOf(writeCsv(`${HEADER}\n${row({ unit: 'miljoner' })}\n`));
    expect(error.problems).toEqual([{ line: 2, column: 'unit', reason: expect.stringMatching(/"miljoner".*mnkr.*mkr.*MSEK/) }]);
  });

  it('rejects a key given twice, reporting the second line', async () => {
    const error = await rejectionOf(writeCsv(`${HEADER}\n${row()}\n${row()}\n`));
    expect(error.problems).toEqual([{ line: 3, column: 'measure', reason: expect.stringMatching(/duplicate key.*already on line 2/) }]);
  });

  it('rejects a file whose header lacks a required column', async () => {
    const header = COLUMNS.filter((column) => column !== 'value').join(';');
    const body = cells().filter((_, index) => COLUMNS[index] !== 'value').join(';');
    const error = await rejectionOf(writeCsv(`${header}\n${body}\n`));
    expect(error.problems).toEqual([{ line: 1, column: 'value', reason: expect.stringContaining('missing column') }]);
  });

  it('rejects an empty (0 byte) file', async () => {
    const error = await rejectionOf(writeCsv(''));
    expect(error.problems).toEqual([{ line: null, column: null, reason: expect.stringContaining('the file is empty') }]);
  });

  it('rejects a figures file with a header but no rows', async () => {
    const error = await rejectionOf(writeCsv(`${HEADER}\n`));
    expect(error.problems).toEqual([{ line: null, column: null, reason: expect.stringContaining('header but no rows') }]);
  });

  it('rejects an organisations file with a header but no rows', async () => {
    const error = await rejectionOf(writeCsv('organisation;parent;kind;aliases;unit\n'));
    expect(error.problems).toEqual([{ line: null, column: null, reason: expect.stringContaining('header but no rows') }]);
  });

  it('rejects a positive cost', async () => {
    const error = await rejectionOf(writeCsv(`${HEADER}\n${row({ value: '500' })}\n`));
    expect(error.problems).toEqual([{ line: 2, column: 'value', reason: expect.stringContaining('costs are negative') }]);
  });

  it('rejects an XLSX workbook with a sheet it does not know, naming the sheet and the names it knows', async () => {
    const file = await writeXlsx('Blad1', [COLUMNS, cells()]);
    const error = await rejectionOf(file);
    expect(error.problems).toEqual([{ sheet: 'Blad1', line: null, column: null, reason: expect.stringMatching(/does not know a sheet named "Blad1".*"utfall"/) }]);
  });

  it('lists every bad row of a file, not only the first', async () => {
    const error = await rejectionOf(
      writeCsv(`${HEADER}\n${row({ item: 'A', value: 'x' })}\n${row({ item: 'B', unit: 'kronor' })}\n${row({ item: 'C' })}\n${row({ item: 'D', organisation: 'Okänd' })}\n${row({ item: 'E', value: '12 34' })}\n`),
    );
    expect(error.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 2, column: 'value' },
      { line: 3, column: 'unit' },
      { line: 5, column: 'organisation' },
      { line: 6, column: 'value' },
    ]);
    expect(error.moreProblems).toBe(0);
  });
});

describe('importing notes (deviation causes)', () => {
  const NOTE_HEADER = 'organisation;period;item;note;author;source;section';
  const note = (text: string, item = 'Personalkostnader', organisation = 'Kommunstyrelsen') => `${organisation};2024-08;${item};${text};Delårsrapport augusti 2024;test.txt;Ekonomi`;

  it('stores each note with its organisation, line item, period, author and batch', async () => {
    const outcome = await importFile(writeCsv(`${NOTE_HEADER}\n${note('Vakanta tjänster under våren.')}\n${note('Hela kontoret: färre resor.', '')}\n`));
    expect(outcome).toMatchObject({ status: 'imported', kind: 'notes', rowCount: 2 });
    const stored = await store.connection.prisma.note.findMany({ where: { batchId: outcome.batchId }, include: { lineItem: true, organisation: true }, orderBy: { id: 'asc' } });
    expect(stored.map((row) => [row.organisation.name, row.lineItem?.name ?? null, row.year, row.month, row.text, row.author, row.section])).toEqual([
      ['Kommunstyrelsen', 'Personalkostnader', 2024, 8, 'Vakanta tjänster under våren.', 'Delårsrapport augusti 2024', 'Ekonomi'],
      ['Kommunstyrelsen', null, 2024, 8, 'Hela kontoret: färre resor.', 'Delårsrapport augusti 2024', 'Ekonomi'],
    ]);
  });

  it('does not store a note twice when a later file repeats it', async () => {
    const outcome = await importFile(writeCsv(`${NOTE_HEADER}\n${note('Vakanta tjänster under våren.')}\n${note('Ny förklaring.')}\n`));
    expect(outcome.rowCount).toBe(1);
    expect(await store.connection.prisma.note.count({ where: { text: 'Vakanta tjänster under våren.' } })).toBe(1);
  });

  it('rejects a note on a line item the organisation does not have, writing none of the file', async () => {
    const before = await store.connection.prisma.note.count();
    const error = await rejectionOf(writeCsv(`${NOTE_HEADER}\n${note('Giltig.')}\n${note('Fel post.', 'Lönekostnader')}\n`));
    expect(error.problems).toEqual([{ line: 3, column: 'item', reason: expect.stringContaining('"Lönekostnader" is not a line item of Kommunstyrelsen') }]);
    expect(await store.connection.prisma.note.count()).toBe(before);
  });

  it('rejects a note without text or author, naming each', async () => {
    const error = await rejectionOf(writeCsv(`${NOTE_HEADER}\nKommunstyrelsen;2024-08;Personalkostnader;;;test.txt;\n`));
    expect(error.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'note'],
      [2, 'author'],
    ]);
  });
});
