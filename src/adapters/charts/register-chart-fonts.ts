// The chart draws with Inter loaded from an npm package, never a system font: CI and
// servers are bare containers without fonts, and a bundled font makes the PNG look
// the same on every machine. Inter has å, ä, ö, U+2212 and the no-break space.
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { ChartRenderError } from './chart-render-error.js';
import type { TextStyle } from './chart-theme.js';

/** The family name the chart's fonts are registered under; unique so a system "Inter" cannot stand in. */
export const CHART_FONT_FAMILY = 'UtfallChartInter';

const FONT_FILES = ['@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'];

let registered = false;

/** Registers the chart's fonts with the canvas library once per process; throws ChartRenderError('font_missing') if a file cannot be loaded. */
export function registerChartFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of FONT_FILES) {
    let path: string;
    try {
      path = require.resolve(file);
    } catch (error) {
      throw new ChartRenderError('font_missing', `chart font ${file} is not installed`, { cause: error });
    }
    if (GlobalFonts.registerFromPath(path, CHART_FONT_FAMILY) === null) {
      throw new ChartRenderError('font_missing', `chart font ${path} could not be loaded`);
    }
  }
  registered = true;
}

/** The CSS font shorthand for a text style in the chart's font. */
export function chartFont(style: TextStyle): string {
  return `${style.weight} ${style.size}px ${CHART_FONT_FAMILY}`;
}
