// An existing store migrates to organisation trees (issue 18) without losing a row:
// the migrations before it are applied and recorded as an older Utfall did, a
// store's worth of organisations, aliases, figures and a person written, then the
// new migration runs: every organisation is in its root's tree, every alias in its
// organisation's, and every row is still there.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/adapters/prisma/apply-migrations.js';
import { migrateBefore, migrationsOf } from '../../support/older-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let applied: string[] = [];


beforeAll(async () => {
  store = await createTestStore({ migrate: false });
  await migrateBefore(store, '_organisation_trees');
  const { prisma } = store.connection;
  // An older store: names unique in the whole store, no tree.
  const statements = [
    `INSERT INTO "Organisation" ("id", "name", "kind", "parentId") VALUES (1, 'Region A', 'region', NULL), (2, 'Nämnd B', 'board', 1), (3, 'Enhet C', 'unit', 2), (4, 'Kommun D', 'municipality', NULL), (5, 'Kommunstyrelsen', 'board', 4)`,
    `INSERT INTO "OrganisationAlias" ("id", "alias", "organisationId") VALUES (1, 'NB', 2), (2, 'KS', 5), (3, 'D', 4)`,
    `INSERT INTO "ImportBatch" ("id", "fileName", "checksum", "kind", "rowCount", "importedBy") VALUES (1, 'old.csv', 'abc', 'figures', 1, 'test')`,
    `INSERT INTO "Source" ("id", "document") VALUES (1, 'old.pdf')`,
    `INSERT INTO "LineItem" ("id", "organisationId", "name", "key", "kind", "sortOrder", "better") VALUES (1, 3, 'Personal', 'personal', 'cost', 10, 'higher')`,
    `INSERT INTO "Figure" ("lineItemId", "year", "month", "measure", "valueE4", "unit", "decimals", "sourceId", "section", "batchId") VALUES (1, 2024, 8, 'actual', -12340000000, 'tkr', 0, 1, 'Drift', 1)`,
    `INSERT INTO "Person" ("email", "name", "role", "homeOrganisationId") VALUES ('anna@a.se', 'Anna', 'manager', 3)`,
  ];
  for (const statement of statements) await prisma.$executeRawUnsafe(statement);
  applied = await applyMigrations(store.connection);
});

afterAll(async () => {
  await store?.cleanup();
});

it('applies the trees migration to the older store, and the later ones after it', () => {
  const later = migrationsOf(store.connection.provider).map((migration) => migration.name).filter((name) => name >= applied[0]!);
  expect(applied[0]).toMatch(/_organisation_trees$/);
  expect(applied).toEqual(later);
});

it('puts every organisation in its root’s tree and every alias in its organisation’s', async () => {
  const { prisma } = store.connection;
  const organisations = await prisma.organisation.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, parentId: true, treeId: true } });
  expect(organisations).toEqual([
    { id: 1, name: 'Region A', parentId: null, treeId: 1 },
    { id: 2, name: 'Nämnd B', parentId: 1, treeId: 1 },
    { id: 3, name: 'Enhet C', parentId: 2, treeId: 1 },
    { id: 4, name: 'Kommun D', parentId: null, treeId: 4 },
    { id: 5, name: 'Kommunstyrelsen', parentId: 4, treeId: 4 },
  ]);
  const aliases = await prisma.organisationAlias.findMany({ orderBy: { id: 'asc' }, select: { alias: true, organisationId: true, treeId: true } });
  expect(aliases).toEqual([
    { alias: 'NB', organisationId: 2, treeId: 1 },
    { alias: 'KS', organisationId: 5, treeId: 4 },
    { alias: 'D', organisationId: 4, treeId: 4 },
  ]);
});

it('keeps every line item, figure and person, and lets a second tree have a Kommunstyrelsen', async () => {
  const { prisma } = store.connection;
  expect(await prisma.lineItem.count()).toBe(1);
  const figure = await prisma.figure.findFirstOrThrow();
  expect([figure.valueE4.toString(), figure.unit, figure.unitWritten]).toEqual(['-12340000000', 'tkr', '']);
  expect((await prisma.person.findFirstOrThrow()).homeOrganisationId).toBe(3);
  // Explicit ids: the rows above were written with theirs, which PostgreSQL's sequence did not see.
  await prisma.organisation.create({ data: { id: 6, name: 'Kommunstyrelsen', kind: 'board', parentId: 1, treeId: 1 } });
  await expect(prisma.organisation.create({ data: { id: 7, name: 'Kommunstyrelsen', kind: 'board', parentId: 4, treeId: 4 } })).rejects.toThrow(/Unique constraint/);
});
