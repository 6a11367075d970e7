// An SQLite store migrates without losing rows when a migration rebuilds a table
// that others reference with ON DELETE CASCADE (Prisma's RedefineTables: create
// new_X, copy, DROP X, rename). Its `PRAGMA foreign_keys=OFF` does nothing inside
// a transaction, so dropping LineItem deleted every figure and note of the store.
// The migrations before reported_figures_and_checks (which rebuilds LineItem, Figure
// and Source) are applied and recorded as an older Utfall did, a figure and a note
// written, then the rest run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/adapters/prisma/apply-migrations.js';
import { migrateBefore } from '../../support/older-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let applied: string[] = [];


describe.runIf(process.env.UTFALL_TEST_DATABASE !== 'postgresql')('migrating an SQLite store whose migration rebuilds referenced tables', () => {
  beforeAll(async () => {
    store = await createTestStore({ migrate: false });
    await migrateBefore(store, '_reported_figures_and_checks');
    const { prisma } = store.connection;
    const statements = [
      `INSERT INTO "Organisation" ("id", "name", "kind", "parentId") VALUES (1, 'Region A', 'region', NULL)`,
      `INSERT INTO "ImportBatch" ("id", "fileName", "checksum", "kind", "rowCount", "importedBy") VALUES (1, 'old.csv', 'abc', 'figures', 1, 'test')`,
      `INSERT INTO "Source" ("id", "document") VALUES (1, 'old.pdf')`,
      `INSERT INTO "LineItem" ("id", "organisationId", "name", "key", "kind", "sortOrder", "better") VALUES (1, 1, 'Personal', 'personal', 'cost', 10, 'higher')`,
      `INSERT INTO "Figure" ("lineItemId", "year", "month", "measure", "valueE4", "unit", "decimals", "sourceId", "section", "batchId") VALUES (1, 2024, 8, 'actual', -12340000000, 'tkr', 0, 1, 'Drift', 1)`,
      `INSERT INTO "Note" ("organisationId", "lineItemId", "year", "month", "text", "author", "source", "section", "batchId") VALUES (1, 1, 2024, 8, 'Vakanser.', 'Controller', 'old.pdf', 'Drift', 1)`,
    ];
    for (const statement of statements) await prisma.$executeRawUnsafe(statement);
    applied = await applyMigrations(store.connection);
  });

  afterAll(async () => {
    await store?.cleanup();
  });

  it('applies the rebuilding migration and the later ones', () => {
    expect(applied[0]).toMatch(/_reported_figures_and_checks$/);
  });

  it('keeps every line item, figure and note', async () => {
    const { prisma } = store.connection;
    expect(await prisma.lineItem.count()).toBe(1);
    expect((await prisma.figure.findMany()).map((figure) => [figure.lineItemId, figure.valueE4])).toEqual([[1, -12340000000n]]);
    expect((await prisma.note.findMany()).map((note) => note.text)).toEqual(['Vakanser.']);
  });

  it('checks foreign keys again afterwards', async () => {
    const rows = await store.connection.prisma.$queryRawUnsafe<{ foreign_keys: number | bigint }[]>('PRAGMA foreign_keys');
    expect(Number(rows[0]!.foreign_keys)).toBe(1);
  });
});
