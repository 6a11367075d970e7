// The arithmetic of the import's cross-checks. A printed figure is only known to
// within half its last digit, so every relation is evaluated as an interval: the
// values its printed operands allow. A printed result inside that interval (widened
// by its own rounding) differs from the exact arithmetic only by rounding; outside
// it, the figures disagree; and a result that fits once multiplied by 1 000 or
// negated shows a unit or sign error.
import { Dec } from '../numbers/decimal.js';
import { formatNumber } from '../numbers/format-swedish.js';
import { baseUnitExponent, convertUnit, isMoneyUnit, toBaseUnit, type Unit } from '../numbers/units.js';
import type { CheckOutcome } from '../figures/records.js';

/** A printed figure: its value in its own unit, the decimals printed, and its file line. */
export interface Operand {
  readonly value: Dec;
  readonly unit: Unit;
  readonly decimals: number;
  readonly line: number;
}

/** The values a relation of printed figures allows, in the base unit (kr for money). */
export interface Interval {
  readonly centre: Dec;
  readonly low: Dec;
  readonly high: Dec;
}

/** What a check of a printed result against its interval found. */
export type Judgement = { readonly outcome: CheckOutcome } | { readonly error: 'unit'; readonly factor: Dec } | { readonly error: 'sign' };

/** Half a unit of the last printed digit, in the base unit: how far the printed value may lie from the true one. */
export function roundingRadius(operand: Pick<Operand, 'unit' | 'decimals'>): Dec {
  return toBaseUnit(new Dec(10).pow(-operand.decimals).dividedBy(2), operand.unit);
}

/** The interval of one printed figure. */
export function intervalOf(operand: Operand): Interval {
  const centre = toBaseUnit(operand.value, operand.unit);
  const radius = roundingRadius(operand);
  return { centre, low: centre.minus(radius), high: centre.plus(radius) };
}

/** a − b. */
export function difference(a: Interval, b: Interval): Interval {
  return { centre: a.centre.minus(b.centre), low: a.low.minus(b.high), high: a.high.minus(b.low) };
}

/** The sum of the parts. */
export function sum(parts: readonly Interval[]): Interval {
  const add = (pick: (interval: Interval) => Dec) => parts.reduce((total, part) => total.plus(pick(part)), new Dec(0));
  return { centre: add((part) => part.centre), low: add((part) => part.low), high: add((part) => part.high) };
}

/** x as a percentage of |y|; null when y's interval contains zero (no percentage exists). */
export function percentOf(x: Interval, y: Interval): Interval | null {
  if (!(y.low.isPositive() && !y.low.isZero()) && !(y.high.isNegative() && !y.high.isZero())) return null;
  const sizes = [y.low.abs(), y.high.abs()];
  const corners = [x.low, x.high].flatMap((numerator) => sizes.map((size) => numerator.times(100).dividedBy(size)));
  return {
    centre: x.centre.times(100).dividedBy(y.centre.abs()),
    low: Dec.min(...corners),
    high: Dec.max(...corners),
  };
}

const SCALE_FACTORS = ['1000', '0.001', '1000000', '0.000001'].map((factor) => new Dec(factor));

function contains(interval: Interval, value: Dec, radius: Dec): boolean {
  return value.greaterThanOrEqualTo(interval.low.minus(radius)) && value.lessThanOrEqualTo(interval.high.plus(radius));
}

/** Judges a printed result against the interval its operands allow. */
export function judge(reported: Operand, interval: Interval): Judgement {
  const printed = toBaseUnit(reported.value, reported.unit);
  const radius = roundingRadius(reported);
  const exact = fromBase(interval.centre, reported.unit).toDecimalPlaces(reported.decimals, Dec.ROUND_HALF_UP);
  if (exact.equals(reported.value)) return { outcome: 'agrees' };
  if (contains(interval, printed, radius)) return { outcome: 'rounding' };
  const zeroAllowed = contains(interval, new Dec(0), new Dec(0));
  if (!printed.isZero() && !zeroAllowed) {
    for (const factor of SCALE_FACTORS) {
      if (contains(interval, printed.times(factor), radius.times(factor))) return { error: 'unit', factor: new Dec(1).dividedBy(factor) };
    }
    if (contains(interval, printed.negated(), radius)) return { error: 'sign' };
  }
  return { outcome: 'warning' };
}

function fromBase(value: Dec, unit: Unit): Dec {
  return value.dividedBy(new Dec(10).pow(baseUnitExponent(unit)));
}

/** A value given in the base unit, in `unit`. */
export function inUnit(value: Dec, unit: Unit): Dec {
  return fromBase(value, unit);
}

/** An operand as the report would print it in `unit` (converted when both are money units), with the decimals that conversion leaves. */
export function printedIn(operand: Operand, unit: Unit): { value: Dec; decimals: number } {
  if (operand.unit === unit || !isMoneyUnit(operand.unit) || !isMoneyUnit(unit)) return { value: operand.value, decimals: operand.decimals };
  const shift = baseUnitExponent(operand.unit) - baseUnitExponent(unit);
  return { value: convertUnit(operand.value, operand.unit, unit), decimals: Math.max(0, operand.decimals - shift) };
}

function number(value: Dec, decimals: number): string {
  return formatNumber(value, decimals);
}

/** "114 196 − 112 465": a − b written the way a reader does the sum, without double signs. */
export function differenceFormula(a: { value: Dec; decimals: number }, b: { value: Dec; decimals: number }): string {
  if (a.value.isNegative() && b.value.isNegative()) return `${number(b.value.abs(), b.decimals)} − ${number(a.value.abs(), a.decimals)}`;
  if (b.value.isNegative()) return `${number(a.value, a.decimals)} + ${number(b.value.abs(), b.decimals)}`;
  return `${number(a.value, a.decimals)} − ${number(b.value, b.decimals)}`;
}

/** "−11,0 − 5,7 − 9,0 + 31,9": the parts of a total in order. */
export function sumFormula(parts: readonly { value: Dec; decimals: number }[]): string {
  return parts
    .map((part, index) => (index === 0 ? number(part.value, part.decimals) : `${part.value.isNegative() ? '−' : '+'} ${number(part.value.abs(), part.decimals)}`))
    .join(' ');
}

/** "24,5 / 577,4 × 100": a share or deviation in per cent. */
export function percentFormula(x: string, y: { value: Dec; decimals: number }): string {
  return `${x} / ${number(y.value.abs(), y.decimals)} × 100`;
}

/** A value in `unit` written with `decimals`, for formulas. */
export function formulaNumber(value: Dec, decimals: number): string {
  return number(value, decimals);
}
