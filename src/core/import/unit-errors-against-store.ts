// A file whose amounts are in tkr but labelled mnkr (or the reverse) is consistent
// with itself: forecast − budget still gives its deviation. What gives it away is the
// store: the same lines of the same organisation, reported before, are a thousand
// times smaller or larger. A few lines may move a lot between reports; most of them
// moving by the same factor of a thousand, or any keeping its very digits, does not happen.
import { Dec } from '../numbers/decimal.js';
import { formatAmount } from '../numbers/format-swedish.js';
import { fromScaledInteger } from '../numbers/scaled-integer.js';
import { isMoneyUnit, type Unit } from '../numbers/units.js';
import { formatPeriod, type Period } from '../figures/period.js';
import type { ImportProblem } from './import-problem.js';

/** A money figure already in the store. */
export interface StoredMoneyFigure {
  readonly lineItemId: number;
  readonly period: Period;
  readonly measure: string;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  readonly valueE4: bigint;
  readonly unit: Unit;
  readonly decimals: number;
}

/** A row of the file being imported whose line item is already in the store: a figure like a stored one, with where it stands in the file. */
export interface StoreComparisonCandidate extends StoredMoneyFigure {
  readonly line: number;
  readonly organisation: string;
  readonly item: string;
}

/** How many rows of a file are compared with the store: enough to see a pattern, few enough to read quickly. */
export const STORE_COMPARISON_LIMIT = 500;

interface Comparison {
  readonly candidate: StoreComparisonCandidate;
  readonly stored: StoredMoneyFigure;
  readonly ratio: Dec;
}

const monthsApart = (a: Period, b: Period) => Math.abs(a.year * 12 + a.month - (b.year * 12 + b.month));

const within = (ratio: Dec, low: string, high: string) => ratio.greaterThanOrEqualTo(low) && ratio.lessThanOrEqualTo(high);

/** Rejects the file when its amounts are, line for line, a thousand times (or a thousandth of) what the store holds. */
export function unitErrorsAgainstStore(candidates: readonly StoreComparisonCandidate[], stored: readonly StoredMoneyFigure[]): ImportProblem[] {
  const comparisons: Comparison[] = [];
  for (const candidate of candidates) {
    if (!isMoneyUnit(candidate.unit) || candidate.valueE4 === 0n) continue;
    const earlier = stored
      .filter((figure) => figure.lineItemId === candidate.lineItemId && figure.measure === candidate.measure && figure.breakdownGroup === candidate.breakdownGroup && figure.breakdown === candidate.breakdown && figure.valueE4 !== 0n)
      .sort((a, b) => monthsApart(a.period, candidate.period) - monthsApart(b.period, candidate.period))[0];
    if (!earlier) continue;
    const ratio = new Dec(candidate.valueE4.toString()).dividedBy(earlier.valueE4.toString());
    comparisons.push({ candidate, stored: earlier, ratio });
  }
  if (comparisons.length === 0) return [];
  for (const [factor, low, high] of [
    ['1000', '500', '2000'],
    ['0.001', '0.0005', '0.002'],
    ['-1', '-1.02', '-0.98'],
  ] as const) {
    const matching = comparisons.filter((comparison) => within(comparison.ratio, low, high));
    const exact = matching.filter((comparison) => comparison.ratio.minus(factor).abs().lessThanOrEqualTo(new Dec(factor).abs().times('0.01')));
    const pattern = comparisons.length >= 3 ? matching.length * 3 >= comparisons.length * 2 : exact.length === comparisons.length;
    if (pattern) return [{ line: null, column: 'unit', reason: describe(factor, matching, comparisons.length) }];
  }
  return [];
}

function describe(factor: '1000' | '0.001' | '-1', matching: readonly Comparison[], compared: number): string {
  const first = matching[0]!.candidate;
  const examples = matching.slice(0, 3).map(({ candidate, stored }) => {
    const printed = formatAmount(fromScaledInteger(candidate.valueE4, candidate.unit), candidate.unit, { decimals: candidate.decimals });
    const before = formatAmount(fromScaledInteger(stored.valueE4, stored.unit), stored.unit, { decimals: stored.decimals });
    return `line ${candidate.line}: ${candidate.item} ${candidate.measure} ${printed}, stored ${before} for ${formatPeriod(stored.period)}`;
  });
  const count = `${matching.length} of the ${compared} lines that ${first.organisation} has reported before`;
  if (factor === '-1') return `the signs look flipped: ${count} have the opposite sign of their stored figures (${examples.join('; ')}). Amounts are signed as in a resultaträkning: income and results positive, costs negative`;
  const larger = factor === '1000';
  const stated = first.unit;
  const meant: Record<string, string> = larger ? { mnkr: 'tkr', tkr: 'kr', kr: 'öre' } : { tkr: 'mnkr', kr: 'tkr', mnkr: 'mdkr' };
  return `the amounts look like ${meant[stated] ?? 'another unit'} labelled ${stated}: ${count} are about ${larger ? '1 000 times' : 'a thousandth of'} their stored figures (${examples.join('; ')}). Check the unit column`;
}
