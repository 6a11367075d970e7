// Places the deviation chart: title, one row per bar with its label on the left, a
// zero line, bars scaled so the largest deviation and every value label fit, and the
// caption with a legend underneath. Value labels are formatted from exact decimals.
import type { DeviationChart } from '../../core/digests/digest.js';
import { Dec } from '../../core/numbers/decimal.js';
import { CHART_PHRASES } from '../../core/digests/chart-phrases.js';
import { CHART_THEME } from './chart-theme.js';
import type { ChartLayout, ChartShape, MeasureStyledText } from './chart-layout.js';
import { fitBarScale } from './fit-bar-scale.js';
import { formatBarValue } from '../../core/digests/format-bar-value.js';
import { layoutLegend } from './layout-legend.js';
import { truncateLabel } from './truncate-label.js';

const { padding, plotTop, rowHeight, barThickness, colours, text } = CHART_THEME;

// True when the label rounds to zero (the formatter then prints it unsigned).
function shownAsZero(value: string, decimals: number): boolean {
  return new Dec(value).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).isZero();
}

/** The chart's height in CSS pixels: rows for the bars (one for the "nothing to show" line when there are none) between title and caption. */
export function deviationChartHeight(barCount: number): number {
  return plotTop + rowHeight * Math.max(1, barCount) + CHART_THEME.bottomBand;
}

/** The chart laid out in CSS pixels; `measure` must use the fonts the painter will use. */
export function layoutDeviationChart(chart: DeviationChart, measure: MeasureStyledText): ChartLayout {
  const width = CHART_THEME.width;
  const height = deviationChartHeight(chart.bars.length);
  const contentWidth = width - 2 * padding;
  const phrases = CHART_PHRASES[chart.language];
  const plotBottom = plotTop + rowHeight * Math.max(1, chart.bars.length);
  const shapes: ChartShape[] = [{ kind: 'rect', x: 0, y: 0, width, height, colour: colours.background }];

  const title = truncateLabel(chart.title, Number.POSITIVE_INFINITY, contentWidth, (line) => measure(line, text.title));
  shapes.push({ kind: 'text', text: title, x: padding, y: 32, align: 'left', style: text.title, colour: colours.text });

  const bottomY = plotBottom + CHART_THEME.bottomBand / 2;
  const kinds = new Set(chart.bars.map((bar) => bar.unfavourable));
  const legend = layoutLegend(phrases, kinds.has(true), kinds.has(false), width - padding, bottomY, measure);
  const captionRoom = contentWidth - legend.width - (legend.width > 0 ? 24 : 0);
  const caption = truncateLabel(chart.caption, Number.POSITIVE_INFINITY, captionRoom, (line) => measure(line, text.caption));
  if (caption !== '') shapes.push({ kind: 'text', text: caption, x: padding, y: bottomY, align: 'left', style: text.caption, colour: colours.muted });
  shapes.push(...legend.shapes);

  if (chart.bars.length === 0) {
    shapes.push({ kind: 'text', text: phrases.noDeviations, x: width / 2, y: plotTop + rowHeight / 2, align: 'center', style: text.message, colour: colours.muted });
    return { width, height, shapes };
  }

  const measureLabel = (line: string) => measure(line, text.label);
  const labels = chart.bars.map((bar) => truncateLabel(bar.label, CHART_THEME.labelMaxChars, CHART_THEME.labelMaxWidth, measureLabel));
  const labelColumn = Math.max(...labels.map(measureLabel));
  const plotLeft = padding + labelColumn + CHART_THEME.labelGap;
  const plotRight = width - padding;

  const valueTexts = chart.bars.map((bar) => formatBarValue(bar.value, chart));
  // Geometry only: the label text above came from the exact decimal.
  const values = chart.bars.map((bar) => Number(bar.value));
  const extents = values.map((value, index) => ({ value, labelRoom: CHART_THEME.valueGap + measure(valueTexts[index] ?? '', text.value) }));
  const scale = fitBarScale(extents, plotRight - plotLeft);
  const zeroX = Math.round(plotLeft + scale.zeroOffset);

  chart.bars.forEach((bar, index) => {
    const value = values[index] ?? 0;
    const rowTop = plotTop + index * rowHeight;
    const middle = rowTop + rowHeight / 2;
    if (index > 0) shapes.push({ kind: 'line', x1: padding, y1: rowTop, x2: plotRight, y2: rowTop, width: 1, colour: colours.rowRule });
    const length = value === 0 ? 0 : Math.max(CHART_THEME.minBarWidth, Math.abs(value) * scale.pixelsPerUnit);
    const barX = value < 0 ? zeroX - length : zeroX;
    shapes.push({ kind: 'rect', x: barX, y: middle - barThickness / 2, width: length, height: barThickness, colour: bar.unfavourable ? colours.unfavourable : colours.favourable });
    shapes.push({ kind: 'text', text: labels[index] ?? '', x: padding, y: middle, align: 'left', style: text.label, colour: colours.text });
    const valueX = value < 0 ? barX - CHART_THEME.valueGap : barX + length + CHART_THEME.valueGap;
    // A deviation shown as zero is neither better nor worse, whatever flag it came with.
    const valueColour = shownAsZero(bar.value, chart.decimals) ? colours.muted : bar.unfavourable ? colours.unfavourableText : colours.favourableText;
    shapes.push({ kind: 'text', text: valueTexts[index] ?? '', x: valueX, y: middle, align: value < 0 ? 'right' : 'left', style: text.value, colour: valueColour });
  });
  // Drawn last so it sits on top of the bars' inner ends.
  shapes.push({ kind: 'line', x1: zeroX, y1: plotTop + 4, x2: zeroX, y2: plotBottom - 4, width: 1.5, colour: colours.zeroLine });
  return { width, height, shapes };
}
