// Deviations and changes computed from stored figures. They return exact
// decimals (a percentage to 40 significant digits, since a quotient need not
// terminate); rounding is left to formatting so that sums of derived figures
// never accumulate rounding errors.
import { Dec } from './decimal.js';

/** Which direction of a measure is good: higher for income and results (costs are negative), lower for e.g. sick leave. */
export type BetterDirection = 'higher' | 'lower';

/** Change of a figure against an earlier one, with the change as a percentage of the earlier figure's size. */
export interface Change {
  readonly change: Dec;
  /** null when the earlier figure is zero, since no percentage of zero exists. */
  readonly percent: Dec | null;
}

/** The deviation from budget, positive exactly when the outcome is better than budget: actual − budget if higher is better, budget − actual if lower is. */
export function deviation(actual: Dec, budget: Dec, better: BetterDirection): Dec {
  // new Dec(...) applies our precision and rounding even to a Decimal from another clone.
  return better === 'higher' ? new Dec(actual).minus(budget) : new Dec(budget).minus(actual);
}

/** The deviation as a percentage of |budget| (so its sign stays the deviation's sign), or null when the budget is zero. */
export function deviationPercent(deviation: Dec, budget: Dec): Dec | null {
  return percentOf(deviation, budget);
}

/** current − previous, and that change as a percentage of |previous| (null when previous is zero). */
export function changeAgainst(current: Dec, previous: Dec): Change {
  const change = new Dec(current).minus(previous);
  return { change, percent: percentOf(change, previous) };
}

// Dividing by the absolute value keeps the sign meaningful when the reference
// is negative, as costs are: a cost that grows from −100 to −110 changes by −10,
// which is −10 %, not +10 %. Multiplying before dividing rounds only once.
function percentOf(part: Dec, whole: Dec): Dec | null {
  if (new Dec(whole).isZero()) return null;
  return new Dec(part).times(100).dividedBy(new Dec(whole).abs());
}
