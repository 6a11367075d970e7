// The chart in words, for the alt text Slack gives screen readers (alt_txt of
// files.getUploadURLExternal, at most 1 000 characters) and for the file's title.
// Values are formatted exactly as the chart draws them, from the exact decimals.
import { CHART_PHRASES } from '../../../core/digests/chart-phrases.js';
import { formatBarValue } from '../../../core/digests/format-bar-value.js';
import type { Digest } from '../../../core/digests/digest.js';
import { clip } from '../render-mrkdwn.js';

/** Slack refuses a longer alt text with alt_txt_too_large. */
export const ALT_TEXT_LIMIT = 1000;

const WORDS = {
  sv: { chart: 'Stapeldiagram', bars: (count: number) => `${count} ${count === 1 ? 'stapel' : 'staplar'}, störst avvikelse först` },
  en: { chart: 'Bar chart', bars: (count: number) => `${count} ${count === 1 ? 'bar' : 'bars'}, largest deviation first` },
} as const;

/** What the digest's chart shows, bar by bar with value and whether it is worse or better than budget; the digest title when it has no chart data. */
export function describeDigestChart(digest: Pick<Digest, 'chart' | 'title' | 'language'>): string {
  const chart = digest.chart;
  if (!chart) return clip(digest.title, ALT_TEXT_LIMIT);
  const words = WORDS[chart.language];
  const phrases = CHART_PHRASES[chart.language];
  const heading = `${words.chart}: ${chart.title}${chart.caption ? ` (${chart.caption})` : ''}.`;
  if (chart.bars.length === 0) return clip(`${heading} ${phrases.noDeviations}.`, ALT_TEXT_LIMIT);
  const bars = chart.bars.map((bar) => `${bar.label} ${formatBarValue(bar.value, chart)} (${(bar.unfavourable ? phrases.unfavourable : phrases.favourable).toLowerCase()})`);
  return clip(`${heading} ${words.bars(chart.bars.length)}: ${bars.join('; ')}.`, ALT_TEXT_LIMIT);
}

/** The file's title: the chart's own title, or the digest's. */
export function digestChartTitle(digest: Pick<Digest, 'chart' | 'title'>): string {
  return clip(digest.chart?.title ?? digest.title, 250);
}
