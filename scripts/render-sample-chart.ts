// Renders a deviation chart with realistic data to a PNG, to look at by eye.
// Usage: tsx scripts/render-sample-chart.ts [out.png] [--variant sv|en|twelve|empty] [--bench N]
// --bench renders N more times and prints the time per chart and the peak memory.
import { writeFileSync } from 'node:fs';
import type { DeviationChart } from '../src/core/digests/digest.js';
import { renderDeviationChart } from '../src/adapters/charts/render-deviation-chart.js';

const SAMPLES: Record<string, DeviationChart> = {
  sv: {
    title: 'Socialnämnden: prognos mot budget, oktober 2026',
    caption: 'Helårsprognos minus budget, mnkr',
    unit: 'mnkr',
    decimals: 1,
    language: 'sv',
    bars: [
      { label: 'Personalkostnader', value: '-12.4', unfavourable: true },
      { label: 'Köpt verksamhet', value: '-8.0', unfavourable: true },
      { label: 'Verksamhetens intäkter', value: '3.1', unfavourable: false },
      { label: 'Lokalkostnader', value: '1.2', unfavourable: false },
      { label: 'Övriga kostnader', value: '-0.6', unfavourable: true },
    ],
  },
  en: {
    title: 'Social services committee: forecast against budget, October 2026',
    caption: 'Full-year forecast minus budget, tkr',
    unit: 'tkr',
    decimals: 0,
    language: 'en',
    bars: [
      { label: 'Staff costs', value: '-12419', unfavourable: true },
      { label: 'Purchased services', value: '-4519', unfavourable: true },
      { label: 'Operating income', value: '24500', unfavourable: false },
      { label: 'Premises', value: '1180', unfavourable: false },
    ],
  },
  twelve: {
    title: 'Kommunstyrelsen: avvikelse mot budget per verksamhet, januari–oktober 2026',
    caption: 'Utfall minus periodiserad budget, tkr',
    unit: 'tkr',
    decimals: 0,
    language: 'sv',
    bars: [
      ['Individ- och familjeomsorg, placeringar av barn och unga', '-18432', true],
      ['Vård och omsorg i ordinärt boende (hemtjänst)', '-9870', true],
      ['Grundskola', '7215', false],
      ['Gymnasieskola', '-5104', true],
      ['Förskola', '4030', false],
      ['Funktionsstöd LSS', '-3390', true],
      ['Kultur och fritid', '1875', false],
      ['Särskilt boende', '-1502', true],
      ['Gata, park och trafik', '-988', true],
      ['Räddningstjänst', '640', false],
      ['Överförmyndare', '-212', true],
      ['Kommunledning och administration', '0', false],
    ].map(([label, value, unfavourable]) => ({ label: String(label), value: String(value), unfavourable: Boolean(unfavourable) })),
  },
  empty: {
    title: 'Tekniska nämnden: avvikelser vecka 48',
    caption: 'Prognos mot budget, mnkr',
    unit: 'mnkr',
    decimals: 1,
    language: 'sv',
    bars: [],
  },
};

const flag = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const output = process.argv[2] !== undefined && !process.argv[2].startsWith('--') ? process.argv[2] : '/tmp/deviation-chart.png';
const sample = SAMPLES[flag('--variant') ?? 'sv'];
if (sample === undefined) throw new Error(`unknown --variant; use one of ${Object.keys(SAMPLES).join(', ')}`);

const png = await renderDeviationChart(sample);
writeFileSync(output, png);
console.log(`wrote ${output} (${png.length} bytes)`);

const rounds = Number(flag('--bench') ?? 0);
if (rounds > 0) {
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    await renderDeviationChart(sample);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const perChart = (performance.now() - started) / rounds;
  console.log(`${rounds} renders: ${perChart.toFixed(1)} ms per chart, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
}
