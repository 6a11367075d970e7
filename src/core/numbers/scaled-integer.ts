// The store keeps each figure as an integer value_e4: the value in its base unit
// (kr for money) times 10 000. Integers compare, sum and index exactly in any
// database; the scale gives öre with two spare decimals and percentages with
// four decimals. A value finer than that is refused, never rounded, because a
// silent rounding would make a stored figure differ from its source report.
import { Dec } from './decimal.js';
import { shiftDecimalPoint } from './shift-decimal-point.js';
import { baseUnitExponent, type Unit } from './units.js';

/** Decimal digits kept below the base unit: value_e4 = value in base unit × 10^SCALE_DIGITS. */
export const SCALE_DIGITS = 4;

/** Thrown when a value cannot be stored as value_e4 without changing it. */
export class ScaledIntegerError extends RangeError {
  override readonly name = 'ScaledIntegerError';
  constructor(
    readonly code: 'too_precise' | 'not_finite',
    message: string,
  ) {
    super(message);
  }
}

/** Decimals a value written in `unit` may have and still be stored exactly (4 for kr and %, 7 for tkr, 10 for mnkr). */
export function maxStoredDecimals(unit: Unit): number {
  return SCALE_DIGITS + baseUnitExponent(unit);
}

/** The exact value_e4 of `value` written in `unit`; throws ScaledIntegerError if it is finer than 1/10 000 of the base unit or not finite. */
export function toScaledInteger(value: Dec, unit: Unit): bigint {
  if (!value.isFinite()) throw new ScaledIntegerError('not_finite', `${value.toString()} ${unit} is not a finite number and cannot be stored`);
  const scaled = shiftDecimalPoint(value, maxStoredDecimals(unit));
  if (!scaled.isInteger()) {
    throw new ScaledIntegerError(
      'too_precise',
      `${value.toFixed()} ${unit} has more decimals than the store keeps (at most ${maxStoredDecimals(unit)} in ${unit}); round it deliberately before storing`,
    );
  }
  // toFixed(0) writes every digit in plain notation, so BigInt gets the exact integer.
  return BigInt(scaled.toFixed(0));
}

/** The value that `scaled` (a value_e4) stands for, expressed in `unit`, exactly. */
export function fromScaledInteger(scaled: bigint, unit: Unit): Dec {
  // The constructor never rounds, and an exponent only moves the decimal point.
  return new Dec(`${scaled.toString()}e-${maxStoredDecimals(unit)}`);
}
