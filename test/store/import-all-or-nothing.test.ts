// The import against a real SQLite file (or PostgreSQL when UTFALL_TEST_DATABASE
// says so): all or nothing, specific problems, idempotent re-import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient, type StoreConnection } from '../../src/store/prisma-client.js';
import { ensureStoreReady, SAMPLES_FOLDER } from '../../src/store/ensure-store-ready.js';
import { importIntoStore } from '../../src/store/import-into-store.js';
import { readImportFile } from '../../src/import/read-import-file.js';
import { ImportRejectedError } from '../../src/core/import/import-problem.js';

const HEADER = 'organisation;period;item;parent_item;kind;order;measure;value;unit;better;breakdown_group;breakdown;made_in;source;section;remark';
const row = (overrides: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    organisation: 'Kommunstyrelsen', period: '2024-08', item: 'Testpost', parent_item: '', kind: 'cost', order: '1', measure: 'actual',
    value: '-1 234', unit: 'tkr', better: '', breakdown_group: '', breakdown: '', made_in: '', source: 'test.txt', section: 'Test', remark: '',
    ...overrides,
  };
  return HEADER.split(';').map((column) => cells[column] ?? '').join(';');
};

let directory: string;
let connection: StoreConnection;
let dropDatabase: (() => Promise<void>) | null = null;

async function counts() {
  const { prisma } = connection;
  return { figures: await prisma.figure.count(), items: await prisma.lineItem.count(), batches: await prisma.importBatch.count(), organisations: await prisma.organisation.count() };
}

let fileNumber = 0;
function write(content: string): string {
  fileNumber += 1;
  const file = path.join(directory, `file-${fileNumber}.csv`);
  writeFileSync(file, content);
  return file;
}

async function rejection(file: string): Promise<ImportRejectedError> {
  const before = await counts();
  const error = await readImportFile(file).then((read) => importIntoStore(connection, read, 'test')).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportRejectedError);
  expect(await counts()).toEqual(before);
  return error as ImportRejectedError;
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-import-'));
  let url = `file:${path.join(directory, 'store.db')}`;
  if (process.env.UTFALL_TEST_DATABASE === 'postgresql') {
    const admin = process.env.UTFALL_TEST_POSTGRES_URL!;
    const name = `utfall_test_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const target = new URL(admin);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    };
  }
  connection = createPrismaClient(url);
  await ensureStoreReady(connection, { loadSamples: false });
  await importIntoStore(connection, await readImportFile(path.join(SAMPLES_FOLDER, 'organisations.csv')), 'test');
});

afterAll(async () => {
  await connection.prisma.$disconnect();
  await dropDatabase?.();
  rmSync(directory, { recursive: true, force: true });
});

describe('figure import', () => {
  it('imports a sample report and records the batch', async () => {
    const before = await counts();
    const outcome = await importIntoStore(connection, await readImportFile(path.join(SAMPLES_FOLDER, 'kommunstyrelsen-2024-08.csv')), 'controller@example.se');
    expect(outcome.status).toBe('imported');
    const after = await counts();
    expect(after.figures - before.figures).toBe(outcome.rowCount);
    const batch = await connection.prisma.importBatch.findUniqueOrThrow({ where: { id: outcome.batchId } });
    expect(batch).toMatchObject({ fileName: 'kommunstyrelsen-2024-08.csv', importedBy: 'controller@example.se', rowCount: outcome.rowCount });
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = path.join(SAMPLES_FOLDER, 'kommunstyrelsen-2024-08.csv');
    const before = await counts();
    const outcome = await importIntoStore(connection, await readImportFile(file), 'test');
    expect(outcome.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('replaces the value of an existing key from a new file and records the new batch', async () => {
    await importIntoStore(connection, await readImportFile(write(`${HEADER}\n${row({ item: 'Ersatt post', value: '-100' })}\n`)), 'test');
    const second = await importIntoStore(connection, await readImportFile(write(`${HEADER}\n${row({ item: 'Ersatt post', value: '-250' })}\n`)), 'test');
    const figure = await connection.prisma.figure.findFirstOrThrow({ where: { lineItem: { name: 'Ersatt post' } } });
    expect(figure.valueE4).toBe(-250n * 1000n * 10000n);
    expect(figure.batchId).toBe(second.batchId);
  });

  it('rejects an unknown organisation and writes nothing', async () => {
    const error = await rejection(write(`${HEADER}\n${row()}\n${row({ organisation: 'Okänd nämnd', item: 'Annan' })}\n`));
    expect(error.problems).toEqual([expect.objectContaining({ line: 3, column: 'organisation', reason: expect.stringContaining('not a known organisation') })]);
  });

  it('rejects a malformed number with its line and column', async () => {
    const error = await rejection(write(`${HEADER}\n${row({ value: '12 34' })}\n`));
    expect(error.problems[0]).toMatchObject({ line: 2, column: 'value' });
    expect(error.problems[0]!.reason).toContain('12 34');
  });

  it('rejects an unknown unit', async () => {
    const error = await rejection(write(`${HEADER}\n${row({ unit: 'mkr' })}\n`));
    expect(error.problems[0]).toMatchObject({ line: 2, column: 'unit' });
    expect(error.problems[0]!.reason).toContain('mnkr');
  });

  it('rejects a duplicate key on the second occurrence', async () => {
    const error = await rejection(write(`${HEADER}\n${row()}\n${row()}\n`));
    expect(error.problems[0]).toMatchObject({ line: 3, column: 'measure' });
    expect(error.problems[0]!.reason).toContain('line 2');
  });

  it('rejects a file missing a required column', async () => {
    const header = HEADER.replace(';value', '');
    const error = await rejection(write(`${header}\nKommunstyrelsen\n`));
    expect(error.problems).toContainEqual(expect.objectContaining({ line: 1, column: 'value', reason: expect.stringContaining('missing column') }));
  });

  it('rejects an empty file and a header without rows', async () => {
    expect((await rejection(write(''))).problems[0]!.reason).toContain('empty');
    expect((await rejection(write(`${HEADER}\n`))).problems[0]!.reason).toContain('no rows');
  });

  it('rejects a positive cost and a deviation stored beside its actual and budget', async () => {
    expect((await rejection(write(`${HEADER}\n${row({ value: '500' })}\n`))).problems[0]!.reason).toContain('costs are negative');
    const error = await rejection(write(`${HEADER}\n${row()}\n${row({ measure: 'budget', value: '-1 300' })}\n${row({ measure: 'deviation', value: '66' })}\n`));
    expect(error.problems[0]).toMatchObject({ line: 4, column: 'measure' });
  });

  it('lists every bad row, not only the first', async () => {
    const error = await rejection(write(`${HEADER}\n${row({ value: 'x' })}\n${row({ item: 'B', unit: 'kronor' })}\n${row({ item: 'C', period: '2024-13' })}\n`));
    expect(error.problems.map((problem) => problem.line)).toEqual([2, 3, 4]);
  });

  it('rejects a workbook without a sheet named utfall', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRow(HEADER.split(';'));
    const file = path.join(directory, 'wrong-sheet.xlsx');
    await workbook.xlsx.writeFile(file);
    const error = await readImportFile(file).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems[0]!.reason).toContain('"Blad1"');
  });

  it('imports a workbook whose sheet is named utfall', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('utfall');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow(row({ item: 'Från Excel', value: '-2 500,5' }).split(';'));
    const file = path.join(directory, 'figures.xlsx');
    await workbook.xlsx.writeFile(file);
    const outcome = await importIntoStore(connection, await readImportFile(file), 'test');
    expect(outcome.status).toBe('imported');
    const figure = await connection.prisma.figure.findFirstOrThrow({ where: { lineItem: { name: 'Från Excel' } } });
    expect(figure.valueE4).toBe(-25_005_000_000n);
  });
});
