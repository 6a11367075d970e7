// Writes figures the way Swedish reports print them: `70 328 tkr`, `24,5 mnkr`,
// `−4 519 tkr`, `2,73 %`. Rounding happens here and nowhere else, so every
// computation before display keeps its exact value.
import { Dec } from './decimal.js';
import type { Unit } from './units.js';

/** No-break space: between thousands and between a number and its unit, so a line break never splits a figure. */
export const NO_BREAK_SPACE = '\u00A0';

/** U+2212 minus sign: typographically correct and, unlike a hyphen, never taken for a dash or a line-break point. */
export const MINUS_SIGN = '\u2212';

// What Swedish follow-up reports usually show: whole kr and tkr, mnkr to one
// decimal, percentages to two, counts whole, full-time equivalents and scale
// answers (e.g. 3,9 on a 1–5 scale) to one; an index (HME 78) whole.
const DEFAULT_DECIMALS: Readonly<Record<Unit, number>> = {
  kr: 0,
  tkr: 0,
  mnkr: 1,
  '%': 2,
  st: 0,
  index: 0,
  årsarbetare: 1,
  skala: 1,
};

/** Options for formatNumber. */
export interface FormatNumberOptions {
  /** Prefix positive values with "+", as deviations are written (+24,5 mnkr). Zero never gets a sign. */
  readonly signed?: boolean;
}

/** Options for formatAmount. */
export interface FormatAmountOptions extends FormatNumberOptions {
  /** Decimals to show; defaults to defaultDecimals(unit). */
  readonly decimals?: number;
}

/** The number of decimals figures in `unit` are shown with unless the caller says otherwise. */
export function defaultDecimals(unit: Unit): number {
  return DEFAULT_DECIMALS[unit];
}

/**
 * The value rounded half away from zero to `decimals` and written in Swedish:
 * no-break space between thousands, decimal comma, U+2212 for negatives, and
 * never "−0" (a value that rounds to zero prints unsigned).
 */
export function formatNumber(value: Dec, decimals: number, options: FormatNumberOptions = {}): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be a whole number from 0 to 20, got ${decimals}`);
  }
  if (!value.isFinite()) throw new RangeError(`cannot format ${value.toString()}: not a finite number`);
  // new Dec(...) makes sure our rounding applies even to a Decimal from another clone.
  const rounded = new Dec(value).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const [whole = '0', fraction] = rounded.abs().toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, NO_BREAK_SPACE);
  const digits = fraction === undefined ? grouped : `${grouped},${fraction}`;
  if (rounded.isZero()) return digits;
  if (rounded.isNegative()) return `${MINUS_SIGN}${digits}`;
  return options.signed ? `+${digits}` : digits;
}

/** The value in Swedish number format followed by a no-break space and the unit: `70 328 tkr`, `2,73 %`, `+24,5 mnkr` when signed. */
export function formatAmount(value: Dec, unit: Unit, options: FormatAmountOptions = {}): string {
  const decimals = options.decimals ?? DEFAULT_DECIMALS[unit];
  return `${formatNumber(value, decimals, options)}${NO_BREAK_SPACE}${unit}`;
}

/** A percentage in Swedish format with a no-break space before "%", two decimals unless told otherwise: `2,73 %`. */
export function formatPercent(value: Dec, decimals: number = DEFAULT_DECIMALS['%'], options: FormatNumberOptions = {}): string {
  return formatAmount(value, '%', { ...options, decimals });
}
