// One workbook per report (issue 18), in a real store: every sheet read by its
// Swedish or English name and imported in one transaction, an unknown sheet refusing
// the whole workbook, the template re-importing once filled in, the units reports
// write (mkr, MSEK, mdkr …) kept as written, and the sample data removable.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejectedError } from '../../../src/core/import/import-problem.js';
import { readImportFile } from '../../../src/adapters/files/read-import-file.js';
import { writeImportTemplate } from '../../../src/adapters/files/write-import-template.js';
import { importIntoStore, type ImportOutcome } from '../../../src/adapters/prisma/import-into-store.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { loadSampleData, removeSampleData, sampleDataRemoved, sampleTreeNames } from '../../../src/app/services/sample-data.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const ORGANISATIONS = [
  ['organisation', 'parent', 'kind', 'aliases', 'unit'],
  ['Ekby kommun', '', 'municipality', 'Ekby', 'mkr'],
  ['Barn- och utbildningsnämnden Ekby', 'Ekby kommun', 'board', 'BUN Ekby', 'mkr'],
];
const FIGURES = [
  ['organisation', 'period', 'item', 'kind', 'order', 'measure', 'value', 'unit', 'source', 'section'],
  ['Barn- och utbildningsnämnden Ekby', '2025-04', 'Nettokostnad', 'result', '10', 'actual', '-412,3', 'mkr', 'ekby.pdf', 'Driftredovisning'],
  ['Barn- och utbildningsnämnden Ekby', '2025-04', 'Nettokostnad', 'result', '10', 'budget', '-400', 'MSEK', 'ekby.pdf', 'Driftredovisning'],
  ['Barn- och utbildningsnämnden Ekby', '2025-04', 'Nettokostnad', 'result', '10', 'deviation', '-12,3', 'Mkr', 'ekby.pdf', 'Driftredovisning'],
  ['Ekby kommun', '2025-04', 'Balansomslutning', 'result', '90', 'actual', '2,45', 'mdkr', 'ekby.pdf', 'Balansräkning'],
];
const NOTES = [
  ['organisation', 'period', 'item', 'note', 'author', 'source'],
  ['Barn- och utbildningsnämnden Ekby', '2025-04', 'Nettokostnad', 'Fler elever i grundskolan än budgeterat.', 'Delårsrapport april 2025', 'ekby.pdf'],
];

let store: TestStore;
let directory: string;
let fileNumber = 0;

async function writeWorkbook(sheets: Readonly<Record<string, readonly (readonly string[])[]>>): Promise<string> {
  fileNumber += 1;
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  const file = path.join(directory, `workbook-${fileNumber}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function importFile(file: string): Promise<ImportOutcome> {
  return importIntoStore(store.connection, await readImportFile(file), 'test');
}

async function counts() {
  const { prisma } = store.connection;
  return { organisations: await prisma.organisation.count(), figures: await prisma.figure.count(), notes: await prisma.note.count(), batches: await prisma.importBatch.count() };
}

beforeAll(async () => {
  store = await createTestStore();
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-workbook-'));
});

afterAll(async () => {
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('a workbook with a sheet each of organisations, figures and notes', () => {
  it('refuses the whole workbook when one sheet has a name Utfall does not know, writing nothing', async () => {
    const before = await counts();
    const file = await writeWorkbook({ organisationer: ORGANISATIONS, utfall: FIGURES, Blad3: NOTES });
    const error = await importFile(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems).toEqual([{ sheet: 'Blad3', line: null, column: null, reason: expect.stringMatching(/does not know a sheet named "Blad3"/) }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses it whole when a later sheet has a bad row, naming the sheet, line and column', async () => {
    const before = await counts();
    const badNotes = [NOTES[0]!, ['Barn- och utbildningsnämnden Ekby', '2025-04', 'Lönekostnader', 'En orsak.', 'Rapporten', 'ekby.pdf']];
    const file = await writeWorkbook({ organisations: ORGANISATIONS, figures: FIGURES, notes: badNotes });
    const error = (await importFile(file).catch((caught: unknown) => caught)) as ImportRejectedError;
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect(error.problems).toEqual([{ sheet: 'notes', line: 2, column: 'item', reason: expect.stringMatching(/"Lönekostnader" is not a line item/) }]);
    expect(await counts()).toEqual(before);
  });

  it('imports all three sheets, named in Swedish or English, in one go', async () => {
    const before = await counts();
    const file = await writeWorkbook({ Organisationer: ORGANISATIONS, figures: FIGURES, Kommentarer: NOTES });
    const outcome = await importFile(file);
    expect(outcome.status).toBe('imported');
    expect(outcome.parts.map((part) => [part.sheet, part.kind, part.rowCount])).toEqual([
      ['Organisationer', 'organisations', 2],
      ['figures', 'figures', 4],
      ['Kommentarer', 'notes', 1],
    ]);
    expect(await counts()).toEqual({ organisations: before.organisations + 2, figures: before.figures + 4, notes: before.notes + 1, batches: before.batches + 3 });
    expect((await importFile(file)).status).toBe('unchanged');
  });

  it('keeps the unit as written beside the one arithmetic uses, shifting mdkr exactly into mnkr', async () => {
    const figures = await store.connection.prisma.figure.findMany({ where: { lineItem: { organisation: { name: { in: ['Ekby kommun', 'Barn- och utbildningsnämnden Ekby'] } } } }, orderBy: { id: 'asc' } });
    expect(figures.map((figure) => [figure.measure, figure.unit, figure.unitWritten, figure.valueE4.toString(), figure.decimals])).toEqual([
      ['actual', 'mnkr', 'mkr', '-4123000000000', 1],
      ['budget', 'mnkr', 'MSEK', '-4000000000000', 0],
      ['deviation', 'mnkr', 'Mkr', '-123000000000', 1],
      ['actual', 'mnkr', 'mdkr', '24500000000000', 0],
    ]);
    const checks = await store.connection.prisma.figureCheck.findMany({ where: { relation: 'deviation' } });
    expect(checks.map((check) => check.outcome)).toEqual(['agrees']);
  });
});

describe('template', () => {
  it('writes a workbook with headers, an example row, dropdowns and Swedish instructions', async () => {
    const file = path.join(directory, 'template.xlsx');
    await writeImportTemplate(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['instruktioner', 'organisationer', 'utfall', 'kommentarer', 'personer', 'listor']);
    expect(workbook.getWorksheet('instruktioner')!.getCell('A1').text).toMatch(/Importmall/);
    const figures = workbook.getWorksheet('utfall')!;
    const header = (figures.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['organisation', 'period', 'measure', 'value', 'unit']));
    const measureColumn = header.indexOf('measure') + 1;
    expect(figures.getCell(2, measureColumn).text).toBe('actual');
    expect(figures.getCell(3, measureColumn).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/listor/)] });
  });

  it('re-imports once filled in: every sheet, as a new tree', async () => {
    const file = path.join(directory, 'filled.xlsx');
    await writeImportTemplate(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const fill = (sheetName: string, rows: readonly Record<string, string>[]) => {
      const sheet = workbook.getWorksheet(sheetName)!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      rows.forEach((row, index) => header.forEach((column, position) => (sheet.getCell(index + 2, position + 1).value = row[column] ?? '')));
    };
    fill('organisationer', [
      { tree: 'Fjärdby kommun', organisation: 'Fjärdby kommun', kind: 'municipality', unit: 'mnkr' },
      { organisation: 'Kommunstyrelsen', parent: 'Fjärdby kommun', kind: 'board', aliases: 'KS', unit: 'mnkr' },
    ]);
    const figure = { tree: 'Fjärdby kommun', organisation: 'Kommunstyrelsen', period: '2025-06', item: 'Nettokostnad', kind: 'result', order: '10', unit: 'mnkr', source: 'fjardby.pdf', section: 'Drift' };
    fill('utfall', [
      { ...figure, measure: 'actual', value: '-50,2' },
      { ...figure, tree: '', measure: 'budget', value: '-52' },
    ]);
    fill('kommentarer', [{ tree: 'Fjärdby kommun', organisation: 'Kommunstyrelsen', period: '2025-06', item: 'Nettokostnad', note: 'Vakanser.', author: 'Rapporten', source: 'fjardby.pdf' }]);
    fill('personer', [{ email: 'controller@fjardby.se', name: 'Karin', role: 'controller', tree: 'Fjärdby kommun', organisation: 'Kommunstyrelsen' }]);
    await workbook.xlsx.writeFile(file);
    const outcome = await importFile(file);
    expect(outcome.parts.map((part) => [part.kind, part.rowCount])).toEqual([['organisations', 2], ['figures', 2], ['notes', 1], ['people', 1]]);
    const person = await store.connection.prisma.person.findUniqueOrThrow({ where: { email: 'controller@fjardby.se' }, include: { homeOrganisation: true } });
    expect(person.homeOrganisation.name).toBe('Kommunstyrelsen');
  });
});

describe('sample data', () => {
  it('removes the sample trees and what hangs on them, leaving every other tree as it was, and loads them again', async () => {
    await loadSampleData(store.connection);
    const { prisma } = store.connection;
    const others = { where: { organisation: { name: { in: ['Ekby kommun', 'Barn- och utbildningsnämnden Ekby'] } } } };
    const before = { organisations: await prisma.organisation.count({ where: { name: { in: ['Ekby kommun', 'Fjärdby kommun', 'Kommunstyrelsen'] } } }), ekbyFigures: await prisma.figure.count({ where: { lineItem: others.where } }), notes: await prisma.note.count(others) };
    const sampleOrganisations = await prisma.organisation.count({ where: { name: { in: sampleTreeNames() } } });
    expect(sampleOrganisations).toBe(sampleTreeNames().length);
    const removed = await removeSampleData(store.connection, 'test');
    expect([...removed.trees].sort()).toEqual(sampleTreeNames().sort());
    expect(await prisma.organisation.count({ where: { name: { in: ['Regionkontoret', 'IT-förvaltningen', 'Kommunledningskontoret'] } } })).toBe(0);
    // Fjärdby's Kommunstyrelsen stays; Alingsås's is gone.
    expect({ organisations: await prisma.organisation.count({ where: { name: { in: ['Ekby kommun', 'Fjärdby kommun', 'Kommunstyrelsen'] } } }), ekbyFigures: await prisma.figure.count({ where: { lineItem: others.where } }), notes: await prisma.note.count(others) }).toEqual({ ...before, organisations: before.organisations - 1 });
    // A later start does not bring them back (even into a store left empty); `samples load` does.
    expect(await sampleDataRemoved(store.connection)).toBe(true);
    await ensureStoreReady(store.connection);
    expect(await prisma.organisation.count({ where: { name: 'Regionkontoret' } })).toBe(0);
    const loaded = await loadSampleData(store.connection);
    expect(loaded.reports).toBe(4);
    expect(await prisma.organisation.count({ where: { name: 'Regionkontoret' } })).toBe(1);
  });
});
