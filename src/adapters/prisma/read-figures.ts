// Reads figures with their source document in one SQL query. Through Prisma's
// model API (`include: { source: true }` and a relation filter on the line item)
// the query compiler fetched figures and sources separately and joined them in
// JavaScript, which dominated the time on a store of a million figures.
//
// The plan it is written for: LineItem by organisationId (the leading column of its
// unique (organisationId, name) index), then Figure by lineItemId, year and month
// (the leading columns of its unique index), then Source by id. No other index is needed.
// CROSS JOIN keeps that order on SQLite, whose planner otherwise (it has no table
// statistics) reads a whole month through the Figure (year, month) index and drops
// the other organisations' rows: 30 ms instead of under 1 ms for one organisation's
// month on a million figures. PostgreSQL treats it as the inner join it is and plans as above.
import type { FigureFilter, FigureValue } from '../../core/figures/figure-store.js';
import type { CheckOutcome, CheckRelation, FigureCheckRecord, FigureRecord } from '../../core/figures/records.js';
import type { Measure } from '../../core/figures/vocabulary.js';
import { parsePeriod } from '../../core/figures/period.js';
import { fromScaledInteger } from '../../core/numbers/scaled-integer.js';
import type { Unit } from '../../core/numbers/units.js';
import { Prisma } from './generated/sqlite/client.js';
import type { PrismaStoreClient } from './prisma-client.js';

type Integer = number | bigint;

/** The key columns of a figure (and of its checks) as both drivers return them: integers may come back as number or bigint. */
interface FigureKeyRow {
  lineItemId: Integer;
  year: Integer;
  month: Integer;
  measure: string;
  breakdownGroup: string;
  breakdown: string;
  reference: string;
}

/** A figure row; valueE4 always comes back as bigint. */
export interface FigureRow extends FigureKeyRow {
  valueE4: bigint;
  unit: string;
  decimals: Integer;
  madeInYear: Integer | null;
  madeInMonth: Integer | null;
  document: string;
  title: string;
  section: string;
  remark: string;
  flag: string;
  batchId: Integer;
}

/** A recorded check. */
interface CheckRow extends FigureKeyRow {
  relation: string;
  outcome: string;
  reportedE4: bigint;
  computedE4: bigint;
  unit: string;
  decimals: Integer;
  formula: string;
  lines: string;
  batchId: Integer;
}

const keyOf = (row: FigureKeyRow): string =>
  [Number(row.lineItemId), Number(row.year), Number(row.month), row.measure, row.breakdownGroup, row.breakdown, row.reference].join('\u0000');

function toCheckRecord(row: CheckRow): FigureCheckRecord {
  const unit = row.unit as Unit;
  return {
    relation: row.relation as CheckRelation,
    outcome: row.outcome as CheckOutcome,
    reported: fromScaledInteger(BigInt(row.reportedE4), unit),
    computed: fromScaledInteger(BigInt(row.computedE4), unit),
    unit,
    decimals: Number(row.decimals),
    formula: row.formula,
    lines: row.lines === '' ? [] : row.lines.split(',').map(Number),
    batchId: Number(row.batchId),
  };
}

/** A figure row of either driver as the core sees it, with the checks of the batch that wrote it. */
export function toFigureRecord(row: FigureRow, checks: ReadonlyMap<string, FigureCheckRecord[]>): FigureRecord {
  const unit = row.unit as Unit;
  return {
    lineItemId: Number(row.lineItemId),
    period: { year: Number(row.year), month: Number(row.month) },
    measure: row.measure as Measure,
    breakdownGroup: row.breakdownGroup,
    breakdown: row.breakdown,
    // BigInt(…) also accepts a number, should a driver ever return a small value as one.
    value: fromScaledInteger(BigInt(row.valueE4), unit),
    unit,
    decimals: Number(row.decimals),
    madeIn: row.madeInYear !== null && row.madeInMonth !== null ? { year: Number(row.madeInYear), month: Number(row.madeInMonth) } : null,
    reference: row.reference === '' ? null : parsePeriod(row.reference),
    source: row.document,
    sourceTitle: row.title,
    section: row.section,
    remark: row.remark,
    flag: row.flag,
    // Only the checks of the batch that wrote the figure are about the value it has now.
    checks: (checks.get(keyOf(row)) ?? []).filter((check) => check.batchId === Number(row.batchId)),
    batchId: Number(row.batchId),
  };
}

/** The SQL conditions of a filter, on LineItem i and Figure f. */
function filterConditions(filter: FigureFilter): Prisma.Sql[] {
  const conditions = [Prisma.sql`i."organisationId" IN (${Prisma.join(filter.organisationIds)})`];
  // On the line item's own id, so that named lines are read by their primary key rather than
  // by every line of every organisation named (400 förvaltningar × 40 lines for one line each).
  if (filter.lineItemIds) conditions.push(Prisma.sql`i."id" IN (${Prisma.join(filter.lineItemIds)})`);
  if (filter.periods) {
    const periods = filter.periods.map((period) => Prisma.sql`(f."year" = ${period.year} AND f."month" = ${period.month})`);
    conditions.push(Prisma.sql`(${Prisma.join(periods, ' OR ')})`);
  }
  return conditions;
}

/** Whether a filter selects nothing (an empty list; `IN ()` is not valid SQL). */
function selectsNothing(filter: FigureFilter): boolean {
  return filter.organisationIds.length === 0 || filter.lineItemIds?.length === 0 || filter.periods?.length === 0;
}

/** A figure's value without its provenance. */
interface FigureValueRow extends FigureKeyRow {
  valueE4: bigint;
  unit: string;
  decimals: Integer;
}

/**
 * The values `filter` selects, unordered, without the source join or the provenance columns:
 * for 400 units' result lines a tenth of the time of readFigures on the 1,000,000-row store.
 */
export async function readFigureValues(prisma: PrismaStoreClient, filter: FigureFilter): Promise<FigureValue[]> {
  if (selectsNothing(filter)) return [];
  const rows = await prisma.$queryRaw<FigureValueRow[]>`
    SELECT f."lineItemId" AS "lineItemId", f."year" AS "year", f."month" AS "month", f."measure" AS "measure",
      f."breakdownGroup" AS "breakdownGroup", f."breakdown" AS "breakdown", f."reference" AS "reference", f."valueE4" AS "valueE4", f."unit" AS "unit", f."decimals" AS "decimals"
    FROM "LineItem" i
    CROSS JOIN "Figure" f
    WHERE f."lineItemId" = i."id" AND ${Prisma.join(filterConditions(filter), ' AND ')}`;
  return rows.map((row) => {
    const unit = row.unit as Unit;
    return { lineItemId: Number(row.lineItemId), period: { year: Number(row.year), month: Number(row.month) }, measure: row.measure as Measure, breakdownGroup: row.breakdownGroup, breakdown: row.breakdown, reference: row.reference === '' ? null : parsePeriod(row.reference), value: fromScaledInteger(BigInt(row.valueE4), unit), unit, decimals: Number(row.decimals) };
  });
}

/**
 * The figures `filter` selects, ordered by organisation id, line name, period, measure
 * and breakdown: the order of the indexes the query reads, so SQLite need not sort,
 * and the order the model API gave on SQLite, now the same on PostgreSQL.
 */
export async function readFigures(prisma: PrismaStoreClient, filter: FigureFilter): Promise<FigureRecord[]> {
  if (selectsNothing(filter)) return [];
  const where = Prisma.join(filterConditions(filter), ' AND ');
  const rows = await prisma.$queryRaw<FigureRow[]>`
    SELECT f."lineItemId" AS "lineItemId", f."year" AS "year", f."month" AS "month", f."measure" AS "measure",
      f."breakdownGroup" AS "breakdownGroup", f."breakdown" AS "breakdown", f."reference" AS "reference", f."valueE4" AS "valueE4", f."unit" AS "unit",
      f."decimals" AS "decimals", f."madeInYear" AS "madeInYear", f."madeInMonth" AS "madeInMonth", s."document" AS "document", s."title" AS "title",
      f."section" AS "section", f."remark" AS "remark", f."flag" AS "flag", f."batchId" AS "batchId"
    FROM "LineItem" i
    CROSS JOIN "Figure" f
    JOIN "Source" s ON s."id" = f."sourceId"
    WHERE f."lineItemId" = i."id" AND ${where}
    ORDER BY i."organisationId", i."name", f."year", f."month", f."measure", f."breakdownGroup", f."breakdown", f."reference"`;
  // The checks that found a difference, read with the same plan as the figures: by line item, year and month.
  const checkRows = rows.length === 0 ? [] : await prisma.$queryRaw<CheckRow[]>`
    SELECT f."lineItemId" AS "lineItemId", f."year" AS "year", f."month" AS "month", f."measure" AS "measure",
      f."breakdownGroup" AS "breakdownGroup", f."breakdown" AS "breakdown", f."reference" AS "reference", f."relation" AS "relation",
      f."outcome" AS "outcome", f."reportedE4" AS "reportedE4", f."computedE4" AS "computedE4", f."unit" AS "unit", f."decimals" AS "decimals",
      f."formula" AS "formula", f."lines" AS "lines", f."batchId" AS "batchId"
    FROM "LineItem" i
    CROSS JOIN "FigureCheck" f
    WHERE f."lineItemId" = i."id" AND f."outcome" <> 'agrees' AND ${where}
    ORDER BY f."id"`;
  const checks = new Map<string, FigureCheckRecord[]>();
  for (const row of checkRows) checks.set(keyOf(row), [...(checks.get(keyOf(row)) ?? []), toCheckRecord(row)]);
  return rows.map((row) => toFigureRecord(row, checks));
}
