import { describe, expect, it } from 'vitest';
import type { ChartText, MeasureStyledText } from '../../../src/adapters/charts/chart-layout.js';
import { CHART_THEME } from '../../../src/adapters/charts/chart-theme.js';
import { deviationChartHeight, layoutDeviationChart } from '../../../src/adapters/charts/layout-deviation-chart.js';
import { SOCIAL_SERVICES_BARS, swedishChart } from './chart-fixtures.js';

// A stand-in for the font: every character half the font size wide.
const measure: MeasureStyledText = (text, style) => Array.from(text).length * style.size * 0.5;
const texts = (chart: Parameters<typeof layoutDeviationChart>[0]) =>
  layoutDeviationChart(chart, measure).shapes.filter((shape): shape is ChartText => shape.kind === 'text').map((shape) => shape.text);

describe('layoutDeviationChart', () => {
  it('labels bars the Swedish way: decimal comma, U+2212, no-break spaces, always signed', () => {
    const shown = texts({ ...swedishChart([
      { label: 'Personalkostnader', value: '-12.44', unfavourable: true },
      { label: 'Verksamhetens intäkter', value: '3.05', unfavourable: false },
      { label: 'Köpt verksamhet', value: '-4519', unfavourable: true },
    ]) });
    expect(shown).toContain('\u221212,4\u00A0mnkr');
    expect(shown).toContain('+3,1\u00A0mnkr');
    expect(shown).toContain('\u22124\u00A0519,0\u00A0mnkr');
  });

  it('writes the words of an English chart in English, and its numbers as the reports and answers do', () => {
    const shown = texts({ ...swedishChart([
      { label: 'Operating income', value: '24.5', unfavourable: false },
      { label: 'Staff costs', value: '-4519', unfavourable: true },
    ]), unit: 'tkr', decimals: 0, language: 'en' });
    expect(shown).toContain('+25\u00A0tkr');
    expect(shown).toContain('\u22124\u00A0519\u00A0tkr');
    expect(shown).toContain('Better than budget');
  });

  it('shows the title, caption and a legend for the kinds of bar present', () => {
    const shown = texts(swedishChart(SOCIAL_SERVICES_BARS));
    expect(shown).toEqual(expect.arrayContaining(['Socialnämnden: prognos mot budget', 'Helårsprognos minus budget, mnkr', 'Sämre än budget', 'Bättre än budget']));
    expect(texts(swedishChart([{ label: 'Lokalkostnader', value: '-1', unfavourable: true }]))).not.toContain('Bättre än budget');
  });

  it('cuts labels longer than 32 characters with an ellipsis', () => {
    const label = 'Individ- och familjeomsorg, placeringar av barn och unga';
    const shown = texts(swedishChart([{ label, value: '-3', unfavourable: true }]));
    const cut = shown.find((text) => text.startsWith('Individ- och familjeomsorg'));
    expect(cut).toBe('Individ- och familjeomsorg, pla…');
  });

  it('says there is nothing to show when there are no bars', () => {
    expect(texts(swedishChart([]))).toContain('Inga avvikelser att visa');
    expect(texts({ ...swedishChart([]), language: 'en' })).toContain('No deviations to show');
    expect(layoutDeviationChart(swedishChart([]), measure).height).toBe(deviationChartHeight(1));
  });

  it('keeps every shape inside the chart and text inside the margins', () => {
    const layout = layoutDeviationChart(swedishChart(SOCIAL_SERVICES_BARS), measure);
    for (const shape of layout.shapes) {
      if (shape.kind !== 'text') continue;
      const width = measure(shape.text, shape.style);
      const left = shape.align === 'left' ? shape.x : shape.align === 'right' ? shape.x - width : shape.x - width / 2;
      expect(left).toBeGreaterThanOrEqual(CHART_THEME.padding - 0.5);
      expect(left + width).toBeLessThanOrEqual(layout.width - CHART_THEME.padding + 0.5);
    }
  });
});
