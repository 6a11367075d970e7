// English counterpart of format-swedish.ts for the chart's bar labels: `+24.5 mnkr`,
// `−4,519 tkr`. The project's formatter is Swedish-only, and an English reader takes
// "24,5" for twenty-four thousand five hundred, so English charts need their own
// separators. Rounding is the same as the Swedish formatter's (half away from zero,
// on exact decimals), so both languages show the same digits.
import { Dec } from '../core/numbers/decimal.js';
import { MINUS_SIGN, NO_BREAK_SPACE } from '../core/numbers/format-swedish.js';

/** Options for formatEnglishAmount. */
export interface EnglishAmountOptions {
  /** Decimals to show (0–20). */
  readonly decimals: number;
  /** Prefix positive values with "+", as deviations are written. Zero never gets a sign. */
  readonly signed?: boolean;
}

/**
 * The value rounded half away from zero to `decimals` and written in English: comma
 * between thousands, decimal point, U+2212 for negatives, never "−0", then a
 * no-break space and the unit: `+24.5 mnkr`, `−4,519 tkr`.
 */
export function formatEnglishAmount(value: Dec, unit: string, options: EnglishAmountOptions): string {
  const { decimals } = options;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be a whole number from 0 to 20, got ${decimals}`);
  }
  if (!value.isFinite()) throw new RangeError(`cannot format ${value.toString()}: not a finite number`);
  const rounded = new Dec(value).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const [whole = '0', fraction] = rounded.abs().toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const digits = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  const sign = rounded.isZero() ? '' : rounded.isNegative() ? MINUS_SIGN : options.signed ? '+' : '';
  return `${sign}${digits}${NO_BREAK_SPACE}${unit}`;
}
