// A bar's value label, in the chart's language. The value arrives as exact decimal
// text and goes straight into a decimal, so the label never passes through a float.
import type { DeviationChart } from '../core/digests/digest.js';
import { Dec } from '../core/numbers/decimal.js';
import { formatAmount } from '../core/numbers/format-swedish.js';
import { formatEnglishAmount } from './format-english-amount.js';

/** The deviation as the report writes it, always signed: `−12,4 mnkr` in Swedish, `−12.4 mnkr` in English. */
export function formatBarValue(value: string, chart: Pick<DeviationChart, 'unit' | 'decimals' | 'language'>): string {
  const exact = new Dec(value);
  if (chart.language === 'en') return formatEnglishAmount(exact, chart.unit, { decimals: chart.decimals, signed: true });
  return formatAmount(exact, chart.unit, { decimals: chart.decimals, signed: true });
}
