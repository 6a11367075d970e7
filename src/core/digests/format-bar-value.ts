// A bar's value label. The value arrives as exact decimal text and goes straight into
// a decimal, so the label never passes through a float. Numbers are written as the
// reports and Utfall's answers write them, in either language (`−12,4 mnkr`): an
// English digest changes the words, never how a figure reads.
import type { DeviationChart } from './digest.js';
import { Dec } from '../numbers/decimal.js';
import { formatAmount } from '../numbers/format-swedish.js';

/** The deviation as the report writes it, always signed: `−12,4 mnkr`, `+25 tkr`. */
export function formatBarValue(value: string, chart: Pick<DeviationChart, 'unit' | 'decimals'>): string {
  return formatAmount(new Dec(value), chart.unit, { decimals: chart.decimals, signed: true });
}
