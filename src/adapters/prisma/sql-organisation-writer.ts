// Reads the organisation trees and writes an organisations file's rows on the
// import's raw driver session (see sql-session.ts), inside its one transaction.
import { OrganisationDirectory, type DirectoryOrganisation } from '../../core/import/organisation-directory.js';
import type { OrganisationRow } from '../../core/import/organisation-rows.js';
import { itemKey } from '../../core/figures/item-key.js';
import type { SqlSession } from './sql-session.js';

type Integer = number | bigint;

/** A stored organisation with what `orgs` and `import --check` print. */
export interface StoredOrganisation extends DirectoryOrganisation {
  readonly kind: string;
  readonly reportUnit: string | null;
}

/** Every organisation with its aliases, as the session sees them (its own writes included). */
export async function readOrganisationDirectory(session: SqlSession): Promise<OrganisationDirectory<StoredOrganisation>> {
  const rows = await session.all<{ id: Integer; name: string; treeId: Integer; parentId: Integer | null; kind: string; reportUnit: string | null }>(
    'SELECT "id", "name", "treeId", "parentId", "kind", "reportUnit" FROM "Organisation" ORDER BY "id"',
  );
  const aliases = await session.all<{ organisationId: Integer; alias: string }>('SELECT "organisationId", "alias" FROM "OrganisationAlias" ORDER BY "id"');
  const byOrganisation = new Map<number, string[]>();
  for (const alias of aliases) byOrganisation.set(Number(alias.organisationId), [...(byOrganisation.get(Number(alias.organisationId)) ?? []), alias.alias]);
  const organisations: StoredOrganisation[] = rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    treeId: Number(row.treeId),
    parentId: row.parentId === null ? null : Number(row.parentId),
    kind: row.kind,
    reportUnit: row.reportUnit,
    aliases: byOrganisation.get(Number(row.id)) ?? [],
  }));
  return new OrganisationDirectory(organisations);
}

/** Writes validated rows in file order (parents first); returns the ids of the trees written to. */
export async function writeOrganisationRows(session: SqlSession, rows: readonly OrganisationRow[], directory: OrganisationDirectory, batchId: number, createdAt: unknown): Promise<Set<number>> {
  const ids = new Map<string, number>();
  const treeIds = new Map<string, number>();
  const key = (tree: string, name: string) => `${itemKey(tree)}\u0000${name}`;
  const single = async (sql: string, params: readonly unknown[]) => Number((await session.all<{ id: Integer }>(sql, params))[0]!.id);
  const written: { id: number; treeId: number; aliases: readonly string[] }[] = [];
  for (const row of rows) {
    let treeId = row.treeId ?? treeIds.get(itemKey(row.tree)) ?? null;
    const parentId = row.parent === '' ? null : (ids.get(key(row.tree, row.parent)) ?? directory.inTree(treeId!, row.parent)!.id);
    let id = row.existingId;
    if (id !== null) {
      await session.all('UPDATE "Organisation" SET "kind" = ?, "reportUnit" = ?, "parentId" = ?, "batchId" = ? WHERE "id" = ?', [row.kind, row.unit, parentId, batchId, id]);
    } else {
      id = await single('INSERT INTO "Organisation" ("name", "treeId", "kind", "parentId", "reportUnit", "batchId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id"', [row.name, treeId ?? 0, row.kind, parentId, row.unit, batchId, createdAt]);
      // A new tree is named by its root, and its id is the root's.
      if (treeId === null) {
        treeId = id;
        await session.all('UPDATE "Organisation" SET "treeId" = ? WHERE "id" = ?', [id, id]);
      }
    }
    treeIds.set(itemKey(row.tree), treeId!);
    ids.set(key(row.tree, row.name), id);
    written.push({ id, treeId: treeId!, aliases: row.aliases });
  }
  // Every rewritten organisation's old aliases go first, so an alias may pass from one to another within a file.
  for (const organisation of written) await session.all('DELETE FROM "OrganisationAlias" WHERE "organisationId" = ?', [organisation.id]);
  for (const organisation of written) {
    for (const alias of organisation.aliases) await session.all('INSERT INTO "OrganisationAlias" ("alias", "treeId", "organisationId") VALUES (?, ?, ?)', [alias, organisation.treeId, organisation.id]);
  }
  return new Set(written.map((organisation) => organisation.treeId));
}
