// Reads the arithmetic checks recorded for an organisation's report period, and the
// figures flagged as contradictions in the report, for `figures --checks`.
import type { FigureCheckRecord } from '../../core/figures/records.js';
import type { Period } from '../../core/figures/period.js';
import { fromScaledInteger } from '../../core/numbers/scaled-integer.js';
import type { Unit } from '../../core/numbers/units.js';
import type { CheckOutcome, CheckRelation } from '../../core/figures/records.js';
import type { PrismaStoreClient } from './prisma-client.js';

/** A recorded check with the line and figure it is about. */
export interface ListedCheck extends FigureCheckRecord {
  readonly item: string;
  readonly measure: string;
  readonly breakdown: string;
  readonly reference: string;
  readonly fileName: string;
  /** Whether the figure still has the value this check was made for (a later batch may have replaced it). */
  readonly current: boolean;
}

/** A stored figure with a flagged note on a contradiction in its report. */
export interface FlaggedFigure {
  readonly item: string;
  readonly measure: string;
  readonly breakdown: string;
  readonly flag: string;
}

/** Every check recorded for `organisationId`'s figures of `period`, in the order they were made. */
export async function listFigureChecks(prisma: PrismaStoreClient, organisationId: number, period: Period): Promise<{ checks: ListedCheck[]; flagged: FlaggedFigure[] }> {
  const rows = await prisma.figureCheck.findMany({
    where: { lineItem: { organisationId }, year: period.year, month: period.month },
    include: { lineItem: { select: { name: true } }, batch: { select: { fileName: true } } },
    orderBy: { id: 'asc' },
  });
  const figures = await prisma.figure.findMany({
    where: { lineItem: { organisationId }, year: period.year, month: period.month },
    select: { lineItemId: true, measure: true, breakdownGroup: true, breakdown: true, reference: true, batchId: true, flag: true, lineItem: { select: { name: true } } },
  });
  const batchOf = new Map(figures.map((figure) => [[figure.lineItemId, figure.measure, figure.breakdownGroup, figure.breakdown, figure.reference].join('\u0000'), figure.batchId]));
  const checks = rows.map((row): ListedCheck => {
    const unit = row.unit as Unit;
    return {
      item: row.lineItem.name,
      measure: row.measure,
      breakdown: row.breakdown,
      reference: row.reference,
      fileName: row.batch.fileName,
      current: batchOf.get([row.lineItemId, row.measure, row.breakdownGroup, row.breakdown, row.reference].join('\u0000')) === row.batchId,
      relation: row.relation as CheckRelation,
      outcome: row.outcome as CheckOutcome,
      reported: fromScaledInteger(row.reportedE4, unit),
      computed: fromScaledInteger(row.computedE4, unit),
      unit,
      decimals: row.decimals,
      formula: row.formula,
      lines: row.lines === '' ? [] : row.lines.split(',').map(Number),
      batchId: row.batchId,
    };
  });
  const flagged = figures.filter((figure) => figure.flag !== '').map((figure) => ({ item: figure.lineItem.name, measure: figure.measure, breakdown: figure.breakdown, flag: figure.flag }));
  return { checks, flagged };
}
