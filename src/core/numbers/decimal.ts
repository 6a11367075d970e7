// The one decimal type for every figure in Utfall. Money must be exact, so no
// figure ever passes through a binary float: amounts are parsed from text into
// decimals, computed as decimals and only turned back into text for display.
import { Decimal } from 'decimal.js';

/**
 * Decimal constructor every module uses: 40 significant digits per operation
 * and ROUND_HALF_UP, which in decimal.js rounds half away from zero
 * (2,5 → 3 and −2,5 → −3), the Swedish convention for reported figures.
 */
// 40 digits is far beyond any municipal budget (10^12 kr with 10 decimals is 23
// digits), so additions, subtractions and unit conversions never round; only a
// non-terminating division (a percentage) is cut at 40 digits.
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** An instance of the Dec decimal type (the same structural type as decimal.js's Decimal). */
export type Dec = InstanceType<typeof Dec>;
