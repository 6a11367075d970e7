// Multiplying by 1000 or 10 000 is a move of the decimal point. decimal.js's
// times() rounds its result to the configured precision, so a value with more
// significant digits than that would be rounded silently; rewriting the exponent
// of the value's own digits never rounds at all.
import { Dec } from './decimal.js';

/** Returns value × 10^places exactly, whatever the number of digits; non-finite values are returned unchanged. */
export function shiftDecimalPoint(value: Dec, places: number): Dec {
  if (!Number.isInteger(places)) throw new RangeError(`shiftDecimalPoint needs a whole number of places, got ${places}`);
  if (!value.isFinite()) return new Dec(value);
  if (value.isZero()) return new Dec(0);
  // toExponential() without an argument keeps every digit: "-1.2345e+3".
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  return new Dec(`${mantissa}e${Number(exponent) + places}`);
}
