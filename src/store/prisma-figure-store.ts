// The core's FigureStore on Prisma: reads organisations, items, figures and notes
// and turns scaled integers back into exact decimals in the reported unit.
import type { FigureFilter, FigureStore } from '../core/figures/figure-store.js';
import type { FigureRecord, LineItemRecord, NoteRecord, OrganisationRecord } from '../core/figures/records.js';
import type { Better, ItemKind, Measure, OrganisationKind } from '../core/figures/vocabulary.js';
import { comparePeriods, type Period } from '../core/figures/period.js';
import { fromScaledInteger } from '../core/numbers/scaled-integer.js';
import type { Unit } from '../core/numbers/units.js';
import type { PrismaStoreClient } from './prisma-client.js';

function periodWhere(periods: readonly Period[] | undefined) {
  return periods ? { OR: periods.map((period) => ({ year: period.year, month: period.month })) } : {};
}

/** A FigureStore reading through `prisma`. */
export function createPrismaFigureStore(prisma: PrismaStoreClient): FigureStore {
  // Every question reads the organisation tree; it changes only through imports,
  // so it is cached until a new import batch appears.
  let cached: { version: number; organisations: OrganisationRecord[] } | null = null;
  return {
    async listOrganisations(): Promise<OrganisationRecord[]> {
      const latest = await prisma.importBatch.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
      const version = latest?.id ?? 0;
      if (cached && cached.version === version) return cached.organisations;
      const rows = await prisma.organisation.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
      const organisations: OrganisationRecord[] = rows.map((row) => ({
        id: row.id,
        name: row.name,
        kind: row.kind as OrganisationKind,
        parentId: row.parentId,
        reportUnit: row.reportUnit === 'tkr' || row.reportUnit === 'mnkr' ? row.reportUnit : null,
        aliases: row.aliases.map((alias) => alias.alias),
      }));
      cached = { version, organisations };
      return organisations;
    },
    async listLineItems(organisationIds): Promise<LineItemRecord[]> {
      const rows = await prisma.lineItem.findMany({ where: { organisationId: { in: [...organisationIds] } } });
      return rows.map((row) => ({ ...row, kind: row.kind as ItemKind, better: row.better as Better }));
    },
    async listFigures(filter: FigureFilter): Promise<FigureRecord[]> {
      const rows = await prisma.figure.findMany({
        where: {
          lineItem: { organisationId: { in: [...filter.organisationIds] } },
          ...(filter.lineItemIds ? { lineItemId: { in: [...filter.lineItemIds] } } : {}),
          ...periodWhere(filter.periods),
        },
        include: { source: true },
      });
      return rows.map((row) => ({
        lineItemId: row.lineItemId,
        period: { year: row.year, month: row.month },
        measure: row.measure as Measure,
        breakdownGroup: row.breakdownGroup,
        breakdown: row.breakdown,
        value: fromScaledInteger(row.valueE4, row.unit as Unit),
        unit: row.unit as Unit,
        decimals: row.decimals,
        madeIn: row.madeInYear !== null && row.madeInMonth !== null ? { year: row.madeInYear, month: row.madeInMonth } : null,
        source: row.source.document,
        section: row.section,
        remark: row.remark,
        batchId: row.batchId,
      }));
    },
    async listReportPeriods(organisationId: number): Promise<Period[]> {
      // DISTINCT in SQL: Prisma's `distinct` reads every figure of the organisation and dedups in memory.
      const rows = await prisma.$queryRaw<{ year: number | bigint; month: number | bigint }[]>`
        SELECT DISTINCT f."year" AS "year", f."month" AS "month" FROM "Figure" f JOIN "LineItem" i ON i."id" = f."lineItemId" WHERE i."organisationId" = ${organisationId}`;
      return rows.map((row) => ({ year: Number(row.year), month: Number(row.month) })).sort(comparePeriods);
    },
    async listNotes(filter: FigureFilter): Promise<NoteRecord[]> {
      const rows = await prisma.note.findMany({ where: { organisationId: { in: [...filter.organisationIds] }, ...periodWhere(filter.periods) } });
      return rows.map((row) => ({ ...row, period: { year: row.year, month: row.month } }));
    },
  };
}
