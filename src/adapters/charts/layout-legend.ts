// The legend under the chart, right-aligned: a colour swatch and its words for each
// kind of bar the chart has. It names what the colours mean for readers who see them.
import type { ChartShape, MeasureStyledText } from './chart-layout.js';
import { CHART_THEME } from './chart-theme.js';

const SWATCH = 10;
const SWATCH_GAP = 6;
const ENTRY_GAP = 16;

/** The legend's shapes, ending at `right` and centred on `y`, and its width (0 when the chart has no bars). */
export function layoutLegend(
  phrases: { readonly unfavourable: string; readonly favourable: string },
  hasUnfavourable: boolean,
  hasFavourable: boolean,
  right: number,
  y: number,
  measure: MeasureStyledText,
): { shapes: ChartShape[]; width: number } {
  const { colours, text } = CHART_THEME;
  const entries = [
    ...(hasUnfavourable ? [{ words: phrases.unfavourable, colour: colours.unfavourable }] : []),
    ...(hasFavourable ? [{ words: phrases.favourable, colour: colours.favourable }] : []),
  ];
  const widths = entries.map((entry) => SWATCH + SWATCH_GAP + measure(entry.words, text.caption));
  const width = widths.reduce((sum, entryWidth) => sum + entryWidth, 0) + ENTRY_GAP * Math.max(0, entries.length - 1);
  const shapes: ChartShape[] = [];
  let x = right - width;
  entries.forEach((entry, index) => {
    shapes.push({ kind: 'rect', x, y: y - SWATCH / 2, width: SWATCH, height: SWATCH, colour: entry.colour });
    shapes.push({ kind: 'text', text: entry.words, x: x + SWATCH + SWATCH_GAP, y, align: 'left', style: text.caption, colour: colours.muted });
    x += (widths[index] ?? 0) + ENTRY_GAP;
  });
  return { shapes, width };
}
