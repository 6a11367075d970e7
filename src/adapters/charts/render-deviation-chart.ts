// Renders the weekly digest's deviation chart to PNG bytes in-process, for channels
// to attach to the digest. @napi-rs/canvas (Skia, prebuilt binaries from npm) does
// the drawing; the bundled Inter font makes the output the same on every machine.
import { createCanvas } from '@napi-rs/canvas';
import { deviationChartSchema, type DeviationChart } from '../../core/digests/digest.js';
import { ChartRenderError } from './chart-render-error.js';
import { CHART_THEME } from './chart-theme.js';
import { deviationChartHeight, layoutDeviationChart } from './layout-deviation-chart.js';
import { paintChartLayout } from './paint-chart-layout.js';
import { chartFont, registerChartFonts } from './register-chart-fonts.js';

/**
 * The chart as a PNG, 800 CSS pixels wide and 120 + 44 per bar high, drawn at twice
 * that for sharp text; bar labels show exact values in the chart's language. Throws
 * ChartRenderError ('invalid_chart', 'font_missing' or 'render_failed').
 */
export async function renderDeviationChart(chart: DeviationChart): Promise<Buffer> {
  const parsed = deviationChartSchema.safeParse(chart);
  if (!parsed.success) throw new ChartRenderError('invalid_chart', `invalid deviation chart: ${parsed.error.message}`, { cause: parsed.error });
  registerChartFonts();
  const { scale } = CHART_THEME;
  try {
    const canvas = createCanvas(CHART_THEME.width * scale, deviationChartHeight(parsed.data.bars.length) * scale);
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    const layout = layoutDeviationChart(parsed.data, (text, style) => {
      context.font = chartFont(style);
      return context.measureText(text).width;
    });
    paintChartLayout(context, layout);
    return await canvas.encode('png', { title: parsed.data.title });
  } catch (error) {
    throw new ChartRenderError('render_failed', 'could not draw the deviation chart', { cause: error });
  }
}
