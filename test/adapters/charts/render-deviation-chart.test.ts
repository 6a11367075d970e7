import { describe, expect, it } from 'vitest';
import { ChartRenderError } from '../../../src/adapters/charts/chart-render-error.js';
import { CHART_THEME } from '../../../src/adapters/charts/chart-theme.js';
import { renderDeviationChart } from '../../../src/adapters/charts/render-deviation-chart.js';
import { countColour, countInk, decodePng, manyBars, pngSize, SOCIAL_SERVICES_BARS, swedishChart } from './chart-fixtures.js';

const { unfavourable, favourable } = CHART_THEME.colours;
// A bar 24 CSS pixels thick at scale 2 is 48 device rows; a bar that is drawn at all covers far more than this.
const SOME_BAR = 500;

describe('renderDeviationChart', () => {
  it('returns a PNG 1600 pixels wide whose height grows by 88 pixels per bar', async () => {
    const sizes = [];
    for (const count of [1, 5, 12]) sizes.push(pngSize(await renderDeviationChart(swedishChart(manyBars(count)))));
    expect(sizes).toEqual([
      { width: 1600, height: 2 * (120 + 44) },
      { width: 1600, height: 2 * (120 + 44 * 5) },
      { width: 1600, height: 2 * (120 + 44 * 12) },
    ]);
  });

  it('draws unfavourable bars in the muted red and favourable ones in the muted blue', async () => {
    const pixels = decodePng(await renderDeviationChart(swedishChart(SOCIAL_SERVICES_BARS)));
    expect(countColour(pixels, unfavourable)).toBeGreaterThan(SOME_BAR);
    expect(countColour(pixels, favourable)).toBeGreaterThan(SOME_BAR);
  });

  it('colours by the unfavourable flag, not by the sign', async () => {
    // Revenues below budget can be reported as a positive shortfall: the flag decides the colour.
    const bars = [
      { label: 'Verksamhetens intäkter', value: '2.5', unfavourable: true },
      { label: 'Personalkostnader', value: '-1.5', unfavourable: true },
    ];
    const pixels = decodePng(await renderDeviationChart(swedishChart(bars)));
    expect(countColour(pixels, unfavourable)).toBeGreaterThan(SOME_BAR);
    expect(countColour(pixels, favourable)).toBe(0);
  });

  it('draws longer bars for larger deviations', async () => {
    const pixels = decodePng(await renderDeviationChart(swedishChart([
      { label: 'Personalkostnader', value: '-9', unfavourable: true },
      { label: 'Lokalkostnader', value: '-3', unfavourable: true },
    ])));
    const redInRow = (row: number) => {
      const y = 2 * (CHART_THEME.plotTop + CHART_THEME.rowHeight * row + CHART_THEME.rowHeight / 2);
      return countColour({ width: pixels.width, height: 1, data: pixels.data.subarray(y * pixels.width * 4, (y + 1) * pixels.width * 4) }, unfavourable);
    };
    expect(redInRow(0) / redInRow(1)).toBeCloseTo(3, 1);
  });

  it('renders a small chart saying there is nothing to show when there are no bars', async () => {
    const png = await renderDeviationChart(swedishChart([]));
    expect(pngSize(png)).toEqual({ width: 1600, height: 2 * (120 + 44) });
    const pixels = decodePng(png);
    expect(countInk(pixels)).toBeGreaterThan(1000);
    expect(countColour(pixels, unfavourable) + countColour(pixels, favourable)).toBe(0);
  });

  it('keeps long labels and large values inside the margins', async () => {
    const bars = [
      { label: 'Individ- och familjeomsorg, placeringar av barn och unga i HVB och familjehem', value: '-123456.7', unfavourable: true },
      { label: 'Verksamhetens intäkter från statsbidrag och avgifter', value: '98765.4', unfavourable: false },
    ];
    const pixels = decodePng(await renderDeviationChart({ ...swedishChart(bars), unit: 'tkr', decimals: 1 }));
    const margin = 2 * CHART_THEME.padding - 4;
    expect(countInk(pixels, { from: 0, to: margin })).toBe(0);
    expect(countInk(pixels, { from: pixels.width - margin, to: pixels.width })).toBe(0);
    expect(countColour(pixels, unfavourable)).toBeGreaterThan(SOME_BAR);
  });

  it('renders an English chart', async () => {
    const chart = { ...swedishChart(SOCIAL_SERVICES_BARS), title: 'Social services: forecast against budget', caption: 'Forecast minus budget, mnkr', language: 'en' as const };
    const pixels = decodePng(await renderDeviationChart(chart));
    expect(countColour(pixels, unfavourable)).toBeGreaterThan(SOME_BAR);
    expect(countColour(pixels, favourable)).toBeGreaterThan(SOME_BAR);
  });

  it('draws the same chart the same way every time', async () => {
    const chart = swedishChart(SOCIAL_SERVICES_BARS);
    expect((await renderDeviationChart(chart)).equals(await renderDeviationChart(chart))).toBe(true);
  });

  it('rejects a chart that breaks the contract with invalid_chart', async () => {
    await expect(renderDeviationChart(swedishChart(manyBars(13)))).rejects.toMatchObject({ code: 'invalid_chart' });
    await expect(renderDeviationChart(swedishChart([{ label: 'Lokalkostnader', value: '1,5', unfavourable: false }]))).rejects.toBeInstanceOf(ChartRenderError);
  });
});
