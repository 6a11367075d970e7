// The figure import's store operations on a raw driver session (see sql-session.ts),
// with figures going through the database's fastest writer.
import type { FigureImportSink } from '../core/import/figure-import-sink.js';
import type { ItemDefinition } from '../core/import/figure-import-checker.js';
import { itemKey } from '../core/figures/item-key.js';
import type { SqlSession } from './sql-session.js';
import type { FigureWriter } from './figure-writers.js';

type IdRow = { id: number };

/** Builds the sink; loads organisations and existing items first. */
export async function createSqlFigureImportSink(session: SqlSession, writer: FigureWriter): Promise<FigureImportSink> {
  const organisations = await session.all<{ id: number; name: string }>('SELECT "id", "name" FROM "Organisation"');
  const organisationIds = new Map(organisations.map((organisation) => [organisation.name, Number(organisation.id)]));
  const items = await session.all<{ organisation: string; name: string }>('SELECT o."name" AS "organisation", i."name" AS "name" FROM "LineItem" i JOIN "Organisation" o ON o."id" = i."organisationId"');
  const existingItems = new Set(items.map((item) => `${item.organisation}\u0000${item.name}`));
  const sources = new Map<string, number>();

  const single = async (sql: string, params: readonly unknown[]): Promise<number | undefined> => {
    const [row] = await session.all<IdRow>(sql, params);
    return row === undefined ? undefined : Number(row.id);
  };

  return {
    organisationIds,
    existingItems,
    async upsertLineItem(organisationId: number, definition: ItemDefinition) {
      const id = await single(
        'INSERT INTO "LineItem" ("organisationId", "name", "key", "kind", "sortOrder", "better") VALUES (?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT ("organisationId", "name") DO UPDATE SET "key" = excluded."key", "kind" = excluded."kind", "sortOrder" = excluded."sortOrder", "better" = excluded."better" RETURNING "id"',
        [organisationId, definition.name, itemKey(definition.name), definition.kind, definition.order, definition.better],
      );
      return id!;
    },
    async linkParent(itemId, parentItemId) {
      await session.all('UPDATE "LineItem" SET "parentId" = ? WHERE "id" = ?', [parentItemId, itemId]);
    },
    async findLineItemId(organisationId, name) {
      return single('SELECT "id" FROM "LineItem" WHERE "organisationId" = ? AND "name" = ?', [organisationId, name]);
    },
    async sourceId(document) {
      const known = sources.get(document);
      if (known !== undefined) return known;
      const id =
        (await single('SELECT "id" FROM "Source" WHERE "document" = ?', [document])) ??
        (await single('INSERT INTO "Source" ("document") VALUES (?) RETURNING "id"', [document]))!;
      sources.set(document, id);
      return id;
    },
    writeFigures: (batchId, figures) => writer.write(batchId, figures),
    finishFigures: () => writer.finish(),
  };
}
