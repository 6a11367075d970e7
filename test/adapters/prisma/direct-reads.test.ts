// The figure reads on the driver (direct-reads.ts) on a real store (SQLite, or
// PostgreSQL when UTFALL_TEST_DATABASE says so): they are what a store made by
// createPrismaClient reads through, they see each import once it commits, they give
// the same figures as the same SQL through Prisma, and they keep working after the
// client disconnects and is used again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureStore } from '../../../src/core/figures/figure-store.js';
import { readImportFile } from '../../../src/adapters/files/read-import-file.js';
import { SAMPLES_FOLDER, ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { importIntoStore } from '../../../src/adapters/prisma/import-into-store.js';
import { createPrismaClient, directReadsOf } from '../../../src/adapters/prisma/prisma-client.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { figuresQuery } from '../../../src/adapters/prisma/figure-read-queries.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const HEADER = 'organisation;period;item;parent_item;kind;order;measure;value;unit;better;breakdown_group;breakdown;made_in;source;section;remark';

let store: TestStore;
let figures: FigureStore;
let directory: string;

async function importCsv(name: string, content: string): Promise<void> {
  const file = path.join(directory, name);
  writeFileSync(file, content);
  await importIntoStore(store.connection, await readImportFile(file), 'test');
}

beforeAll(async () => {
  store = await createTestStore();
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-direct-reads-test-'));
  await importIntoStore(store.connection, await readImportFile(path.join(SAMPLES_FOLDER, 'organisations.csv')), 'test');
  await importIntoStore(store.connection, await readImportFile(path.join(SAMPLES_FOLDER, 'kommunstyrelsen-2024-08.csv')), 'test');
  figures = createPrismaFigureStore(store.connection.prisma);
});

afterAll(async () => {
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

async function kommunstyrelsen(): Promise<number> {
  return (await figures.loadCatalogue()).organisations.find((organisation) => organisation.name === 'Kommunstyrelsen')!.id;
}

describe('direct figure reads', () => {
  it('are what a client from createPrismaClient reads figures through', () => {
    expect(directReadsOf(store.connection.prisma)?.provider).toBe(store.connection.provider);
  });

  it('give the same rows as the same statement through Prisma', async () => {
    const ks = await kommunstyrelsen();
    const filter = { organisationIds: [ks], periods: [{ year: 2024, month: 8 }] };
    const query = figuresQuery(store.connection.provider, filter);
    const direct = await directReadsOf(store.connection.prisma)!.reads.all<Record<string, unknown>>(query);
    const throughPrisma = await store.connection.prisma.$queryRawUnsafe<Record<string, unknown>[]>(query.text, ...query.params);
    expect(direct.length).toBeGreaterThan(0);
    // Integers may come back as number, bigint or (pg's bigint) string: compared as text.
    const text = (rows: Record<string, unknown>[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? null : String(value)])));
    expect(text(direct)).toEqual(text(throughPrisma));
  });

  it('return each figure once when a period is named twice', async () => {
    const ks = await kommunstyrelsen();
    const once = await figures.listFigures({ organisationIds: [ks], periods: [{ year: 2024, month: 8 }] });
    const twice = await figures.listFigures({ organisationIds: [ks], periods: [{ year: 2024, month: 8 }, { year: 2024, month: 8 }] });
    expect(once.length).toBeGreaterThan(0);
    expect(twice).toEqual(once);
    expect(await figures.listFigureValues({ organisationIds: [ks, ks], periods: [{ year: 2024, month: 8 }, { year: 2024, month: 8 }] })).toHaveLength(once.length);
  });

  it('see a value changed by an import committed after the first read', async () => {
    await importCsv('before.csv', `${HEADER}\nKommunstyrelsen;2024-09;Läsposten;;cost;901;actual;-100;tkr;;;;;las.pdf;Drift;\n`);
    const catalogue = await figures.loadCatalogue();
    const item = catalogue.lineItems.find((candidate) => candidate.name === 'Läsposten')!;
    const filter = { organisationIds: [item.organisationId], lineItemIds: [item.id] };
    const read = async () => (await figures.listFigureValues(filter)).map((value) => value.value.toString());
    expect(await read()).toEqual(['-100']);
    await importCsv('after.csv', `${HEADER}\nKommunstyrelsen;2024-09;Läsposten;;cost;901;actual;-250,5;tkr;;;;;las2.pdf;Drift;\n`);
    expect(await read()).toEqual(['-250.5']);
    expect((await figures.listFigures(filter)).map((figure) => [figure.value.toString(), figure.source])).toEqual([['-250.5', 'las2.pdf']]);
  });

  it('keep working when the client is used again after a disconnect', async () => {
    const ks = await kommunstyrelsen();
    const before = await figures.listFigureValues({ organisationIds: [ks] });
    await store.connection.prisma.$disconnect();
    const after = await figures.listFigureValues({ organisationIds: [ks] });
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBe(before.length);
  });
});

describe.runIf(process.env.UTFALL_TEST_DATABASE !== 'postgresql')('an in-memory SQLite store', () => {
  it('has no second handle, so its figure reads go through Prisma', async () => {
    const connection = createPrismaClient('file::memory:');
    try {
      await ensureStoreReady(connection, { loadSamples: false });
      expect(directReadsOf(connection.prisma)).toBeNull();
      const { prisma } = connection;
      const organisation = await prisma.organisation.create({ data: { name: 'Minnesförvaltningen', kind: 'administration', treeId: 1 } });
      const item = await prisma.lineItem.create({ data: { organisationId: organisation.id, name: 'Minnesposten', key: 'minnesposten', kind: 'cost', sortOrder: 1, better: 'higher' } });
      const source = await prisma.source.create({ data: { document: 'minne.pdf' } });
      const batch = await prisma.importBatch.create({ data: { fileName: 'minne.csv', checksum: 'minne', kind: 'figures', rowCount: 1, importedBy: 'test' } });
      await prisma.figure.create({ data: { lineItemId: item.id, year: 2024, month: 8, measure: 'actual', valueE4: 12_345_000n, unit: 'tkr', decimals: 1, sourceId: source.id, batchId: batch.id, section: 'Drift' } });
      const read = await createPrismaFigureStore(prisma).listFigures({ organisationIds: [organisation.id], periods: [{ year: 2024, month: 8 }] });
      expect(read.map((figure) => [figure.value.toString(), figure.source])).toEqual([['1.2345', 'minne.pdf']]);
      // A value beyond 2^53 in value_e4 (a sum of 1 000 000 000 000,1234 kr) stays exact through Prisma's aggregate columns too.
      await prisma.figure.create({ data: { lineItemId: item.id, year: 2024, month: 8, measure: 'budget', valueE4: 10_000_000_000_001_234n, unit: 'tkr', decimals: 1, sourceId: source.id, batchId: batch.id, section: 'Drift' } });
      const store = createPrismaFigureStore(prisma);
      const [inputs] = await store.listDeviationInputs({ organisationIds: [organisation.id] });
      expect(inputs).toMatchObject({ lineItemId: item.id, unit: 'tkr' });
      expect(inputs!.valuesE4).toEqual({ actual: 12_345_000n, budget: 10_000_000_000_001_234n });
      expect(await store.findLinesWithMeasures({ organisationIds: [organisation.id] }, ['budget'])).toEqual([item.id]);
    } finally {
      await connection.prisma.$disconnect();
    }
  });
});
