// DeviationInputs gathered from figure values in memory: what a store without a
// query of its own for them (a test's store in memory) returns, and the meaning of
// the one the Prisma adapter runs in SQL (figure-read-queries.ts).
import type { DeviationInputs, FigureValue } from './figure-store.js';
import { DEVIATION_MEASURES, PERCENT_MEASURES, type DeviationMeasure } from './vocabulary.js';
import type { Unit } from '../numbers/units.js';
import { toScaledInteger } from '../numbers/scaled-integer.js';

/** One DeviationInputs per line, period and breakdown of `figures`. */
export function deviationInputsOf(figures: readonly FigureValue[]): DeviationInputs[] {
  const rows = new Map<string, { first: FigureValue; units: Set<Unit>; valuesE4: Partial<Record<DeviationMeasure, bigint>> }>();
  for (const figure of figures) {
    const key = [figure.lineItemId, figure.period.year, figure.period.month, figure.breakdownGroup, figure.breakdown].join('\u0000');
    const row = rows.get(key) ?? { first: figure, units: new Set<Unit>(), valuesE4: {} };
    rows.set(key, row);
    if (!PERCENT_MEASURES.includes(figure.measure)) row.units.add(figure.unit);
    // value_e4, as the store keeps it: every stored value has one.
    if (!figure.reference && (DEVIATION_MEASURES as readonly string[]).includes(figure.measure)) row.valuesE4[figure.measure as DeviationMeasure] = toScaledInteger(figure.value, figure.unit);
  }
  return [...rows.values()].map(({ first, units, valuesE4 }) => {
    const unit = units.size === 1 ? [...units][0]! : null;
    return { lineItemId: first.lineItemId, period: first.period, breakdownGroup: first.breakdownGroup, breakdown: first.breakdown, unit, valuesE4: unit === null ? {} : valuesE4 };
  });
}
