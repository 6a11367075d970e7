// The figure import's store operations on a Prisma transaction. Figures are
// written with multi-row INSERT … ON CONFLICT through the same transaction, which is
// far faster than one Prisma call per figure and works on SQLite and PostgreSQL alike.
import type { FigureImportSink, PreparedFigure } from '../core/import/figure-import-sink.js';
import type { ItemDefinition } from '../core/import/figure-import-checker.js';
import { itemKey } from '../core/figures/item-key.js';
import type { DatabaseProvider } from './database-url.js';
import type { PrismaStoreClient } from './prisma-client.js';
import { placeholder } from './sql-placeholders.js';

type Transaction = Parameters<Parameters<PrismaStoreClient['$transaction']>[0]>[0];

const FIGURE_COLUMNS = ['lineItemId', 'year', 'month', 'measure', 'breakdownGroup', 'breakdown', 'valueE4', 'unit', 'decimals', 'madeInYear', 'madeInMonth', 'sourceId', 'section', 'remark', 'batchId'];
const KEY_COLUMNS = ['lineItemId', 'year', 'month', 'measure', 'breakdownGroup', 'breakdown'];

/** Builds the sink for one transaction; loads organisations and existing items first. */
export async function createPrismaFigureImportSink(tx: Transaction, provider: DatabaseProvider): Promise<FigureImportSink> {
  const organisations = await tx.organisation.findMany({ select: { id: true, name: true } });
  const organisationIds = new Map(organisations.map((organisation) => [organisation.name, organisation.id]));
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const items = await tx.lineItem.findMany({ select: { organisationId: true, name: true } });
  const existingItems = new Set(items.map((item) => `${names.get(item.organisationId)}\u0000${item.name}`));
  const sources = new Map<string, number>();
  const quoted = FIGURE_COLUMNS.map((column) => `"${column}"`).join(', ');
  const updates = FIGURE_COLUMNS.filter((column) => !KEY_COLUMNS.includes(column)).map((column) => `"${column}" = excluded."${column}"`).join(', ');

  return {
    organisationIds,
    existingItems,
    async upsertLineItem(organisationId: number, definition: ItemDefinition) {
      const data = { key: itemKey(definition.name), kind: definition.kind, sortOrder: definition.order, better: definition.better };
      const item = await tx.lineItem.upsert({
        where: { organisationId_name: { organisationId, name: definition.name } },
        create: { organisationId, name: definition.name, ...data },
        update: data,
        select: { id: true },
      });
      return item.id;
    },
    async linkParent(itemId, parentItemId) {
      await tx.lineItem.update({ where: { id: itemId }, data: { parentId: parentItemId } });
    },
    async findLineItemId(organisationId, name) {
      const item = await tx.lineItem.findUnique({ where: { organisationId_name: { organisationId, name } }, select: { id: true } });
      return item?.id;
    },
    async sourceId(document) {
      const known = sources.get(document);
      if (known !== undefined) return known;
      const source = await tx.source.upsert({ where: { document }, create: { document }, update: {}, select: { id: true } });
      sources.set(document, source.id);
      return source.id;
    },
    async writeFigures(batchId: number, figures: readonly PreparedFigure[]) {
      if (figures.length === 0) return;
      const values: unknown[] = [];
      const tuples = figures.map(({ lineItemId, row, sourceId }) => {
        const start = values.length;
        values.push(lineItemId, row.period.year, row.period.month, row.measure, row.breakdownGroup, row.breakdown, row.valueE4, row.unit, row.decimals, row.madeIn?.year ?? null, row.madeIn?.month ?? null, sourceId, row.section, row.remark, batchId);
        return `(${FIGURE_COLUMNS.map((_, index) => placeholder(provider, start + index + 1)).join(', ')})`;
      });
      await tx.$executeRawUnsafe(
        `INSERT INTO "Figure" (${quoted}) VALUES ${tuples.join(', ')} ON CONFLICT (${KEY_COLUMNS.map((column) => `"${column}"`).join(', ')}) DO UPDATE SET ${updates}`,
        ...values,
      );
    },
  };
}
