// Reads everything that can be asked about (organisations with their aliases, every
// line item, each organisation's report periods) in three queries, for
// the figure store to cache per store version.
import type { StoreCatalogue } from '../../core/figures/figure-store.js';
import { comparePeriods, type Period } from '../../core/figures/period.js';
import type { LineItemRecord, OrganisationRecord } from '../../core/figures/records.js';
import type { Better, ItemKind, OrganisationKind, TotalOf } from '../../core/figures/vocabulary.js';
import type { PrismaStoreClient } from './prisma-client.js';

type Integer = number | bigint;

/** Every organisation with its aliases, by id. */
export async function readOrganisations(prisma: PrismaStoreClient): Promise<OrganisationRecord[]> {
  const rows = await prisma.organisation.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    parentId: row.parentId,
    treeId: row.treeId,
    reportUnit: row.reportUnit === 'tkr' || row.reportUnit === 'mnkr' ? row.reportUnit : null,
    aliases: row.aliases.map((alias) => alias.alias),
  }));
}

/** A stored line item as the core sees it. */
export function toLineItemRecord(row: Omit<LineItemRecord, 'kind' | 'better' | 'totalOf'> & { kind: string; better: string; totalOf?: string }): LineItemRecord {
  return { id: row.id, organisationId: row.organisationId, name: row.name, key: row.key, kind: row.kind as ItemKind, parentId: row.parentId, sortOrder: row.sortOrder, better: row.better as Better, totalOf: (row.totalOf ?? '') as TotalOf };
}

async function readAllLineItems(prisma: PrismaStoreClient): Promise<LineItemRecord[]> {
  const rows = await prisma.lineItem.findMany({ orderBy: { id: 'asc' } });
  return rows.map(toLineItemRecord);
}

async function readAllReportPeriods(prisma: PrismaStoreClient): Promise<Map<number, Period[]>> {
  // One DISTINCT in SQL: the alternative, a query per organisation, is one round trip
  // each, and Prisma's `distinct` would read every figure into memory.
  const rows = await prisma.$queryRaw<{ organisationId: Integer; year: Integer; month: Integer }[]>`
    SELECT DISTINCT i."organisationId" AS "organisationId", f."year" AS "year", f."month" AS "month"
    FROM "LineItem" i JOIN "Figure" f ON f."lineItemId" = i."id"`;
  const periods = new Map<number, Period[]>();
  for (const row of rows) {
    const organisationId = Number(row.organisationId);
    const list = periods.get(organisationId) ?? [];
    list.push({ year: Number(row.year), month: Number(row.month) });
    periods.set(organisationId, list);
  }
  for (const list of periods.values()) list.sort(comparePeriods);
  return periods;
}

/**
 * The catalogue as of `version` (read by the caller before calling this). The three
 * queries are separate statements, so an import committing between them could mix
 * two states; the caller rereads the version afterwards to notice.
 */
export async function readStoreCatalogue(prisma: PrismaStoreClient, version: number): Promise<StoreCatalogue> {
  const [organisations, lineItems, reportPeriods] = await Promise.all([readOrganisations(prisma), readAllLineItems(prisma), readAllReportPeriods(prisma)]);
  return { version, organisations, lineItems, reportPeriods };
}
