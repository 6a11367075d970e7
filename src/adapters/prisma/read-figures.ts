// Reads figures and their values with their source document and checks, one SQL
// query each (figure-read-queries.ts), on the driver where the client has direct
// reads (direct-reads.ts), else through Prisma. Through Prisma's model API
// (`include: { source: true }` and a relation filter on the line item) the query
// compiler fetched figures and sources separately and joined them in JavaScript,
// which dominated the time on a store of a million figures.
import type { DeviationInputs, FigureFilter, FigureValue } from '../../core/figures/figure-store.js';
import type { CheckOutcome, CheckRelation, FigureCheckRecord, FigureRecord } from '../../core/figures/records.js';
import { DEVIATION_MEASURES, type DeviationMeasure, type Measure } from '../../core/figures/vocabulary.js';
import { parsePeriod } from '../../core/figures/period.js';
import { fromScaledInteger } from '../../core/numbers/scaled-integer.js';
import type { Unit } from '../../core/numbers/units.js';
import { directReadsOf, type PrismaStoreClient } from './prisma-client.js';
import { deviationInputsQuery, linesWithMeasuresQuery, figureChecksQuery, figureValuesQuery, figuresQuery, selectsNothing, type ReadQuery } from './figure-read-queries.js';

type Integer = number | bigint;

/** The key columns of a figure (and of its checks) as the drivers return them: integers may come back as number or bigint, bigints from pg as strings. */
interface FigureKeyRow {
  lineItemId: Integer;
  year: Integer;
  month: Integer;
  measure: string;
  breakdownGroup: string;
  breakdown: string;
  reference: string;
}

/** A figure row. */
export interface FigureRow extends FigureKeyRow {
  valueE4: bigint | string;
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
  reportedE4: bigint | string;
  computedE4: bigint | string;
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

/** Runs a read on the client's driver where it has one, else through Prisma (an in-memory SQLite database). */
function readRows<T>(prisma: PrismaStoreClient, build: (provider: 'sqlite' | 'postgresql') => ReadQuery): Promise<T[]> {
  const direct = directReadsOf(prisma);
  if (direct) return direct.reads.all<T>(build(direct.provider));
  const query = build('sqlite');
  return prisma.$queryRawUnsafe<T[]>(query.text, ...query.params);
}

/** A figure's value without its provenance. */
interface FigureValueRow extends FigureKeyRow {
  valueE4: bigint | string;
  unit: string;
  decimals: Integer;
}

/**
 * The values `filter` selects, unordered, without the source join or the provenance columns:
 * for 400 units' result lines a tenth of the time of readFigures on the 1,000,000-row store.
 */
export async function readFigureValues(prisma: PrismaStoreClient, filter: FigureFilter): Promise<FigureValue[]> {
  if (selectsNothing(filter)) return [];
  const rows = await readRows<FigureValueRow>(prisma, (provider) => figureValuesQuery(provider, filter));
  return rows.map((row) => {
    const unit = row.unit as Unit;
    return { lineItemId: Number(row.lineItemId), period: { year: Number(row.year), month: Number(row.month) }, measure: row.measure as Measure, breakdownGroup: row.breakdownGroup, breakdown: row.breakdown, reference: row.reference === '' ? null : parsePeriod(row.reference), value: fromScaledInteger(BigInt(row.valueE4), unit), unit, decimals: Number(row.decimals) };
  });
}

/** The ids of the filter's lines that have a figure of one of `measures`. */
export async function readLinesWithMeasures(prisma: PrismaStoreClient, filter: FigureFilter, measures: readonly Measure[]): Promise<number[]> {
  if (selectsNothing(filter) || measures.length === 0) return [];
  const rows = await readRows<{ lineItemId: Integer }>(prisma, (provider) => linesWithMeasuresQuery(provider, filter, measures));
  return rows.map((row) => Number(row.lineItemId));
}

/** A row of deviationInputsQuery: the key, the units, and a value_e4 (or null) per deviation measure. */
type DeviationInputsRow = Pick<FigureKeyRow, 'lineItemId' | 'year' | 'month' | 'breakdownGroup' | 'breakdown'> & {
  lowestUnit: string | null;
  highestUnit: string | null;
} & Record<DeviationMeasure, bigint | string | null>;

/** The deviation inputs of the rows `filter` selects, gathered in SQL: for 400 units' result lines a fifth of listFigureValues's rows, their values as stored (value_e4). */
export async function readDeviationInputs(prisma: PrismaStoreClient, filter: FigureFilter): Promise<DeviationInputs[]> {
  if (selectsNothing(filter)) return [];
  const rows = await readRows<DeviationInputsRow>(prisma, (provider) => deviationInputsQuery(provider, filter));
  return rows.map((row) => {
    const unit = row.lowestUnit !== null && row.lowestUnit === row.highestUnit ? (row.lowestUnit as Unit) : null;
    const valuesE4: Partial<Record<DeviationMeasure, bigint>> = {};
    if (unit !== null) {
      for (const measure of DEVIATION_MEASURES) {
        const scaled = row[measure];
        // BigInt(…) reads pg's text and accepts a driver's number alike.
        if (scaled !== null) valuesE4[measure] = BigInt(scaled);
      }
    }
    return { lineItemId: Number(row.lineItemId), period: { year: Number(row.year), month: Number(row.month) }, breakdownGroup: row.breakdownGroup, breakdown: row.breakdown, unit, valuesE4 };
  });
}

/**
 * The figures `filter` selects, ordered by organisation id, line name, period, measure
 * and breakdown: the order of the indexes the query reads, so SQLite need not sort,
 * and the order the model API gave on SQLite, now the same on PostgreSQL.
 */
export async function readFigures(prisma: PrismaStoreClient, filter: FigureFilter): Promise<FigureRecord[]> {
  if (selectsNothing(filter)) return [];
  // The checks that found a difference, read with the same plan as the figures (by line item, year
  // and month) and at the same time: on PostgreSQL on a second pooled connection, so a question waits
  // for one round trip instead of two.
  const [rows, checkRows] = await Promise.all([readRows<FigureRow>(prisma, (provider) => figuresQuery(provider, filter)), readRows<CheckRow>(prisma, (provider) => figureChecksQuery(provider, filter))]);
  const checks = new Map<string, FigureCheckRecord[]>();
  for (const row of checkRows) checks.set(keyOf(row), [...(checks.get(keyOf(row)) ?? []), toCheckRecord(row)]);
  return rows.map((row) => toFigureRecord(row, checks));
}
