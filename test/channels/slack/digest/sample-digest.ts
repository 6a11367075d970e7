// A weekly digest as the core would compose it, and a small chart PNG, for the
// Slack digest tests.
import { PNG } from 'pngjs';
import { digestSchema, type Digest } from '../../../../src/core/digests/digest.js';

/** A Swedish digest with two sections (one line with &, < and >), a two-bar chart and three facts from two sources. */
export function sampleDigest(overrides: Partial<Digest> = {}): Digest {
  return digestSchema.parse({
    title: 'Veckobrev vecka 48: Kommunstyrelsen',
    week: '2026-W48',
    language: 'sv',
    nothingNew: false,
    summary: 'Oktoberutfallet är inläst; prognosen för helåret är 4,5 mnkr sämre än budget.',
    sections: [
      { key: 'new_figures', heading: 'Nya siffror', lines: ['Utfall oktober inläst för Kommunstyrelsen.'] },
      { key: 'deviations', heading: 'Avvikelser', lines: ['Personalkostnader: −4,5 mnkr mot budget.', 'Kost & städ <inkl. lokalvård>: +1,2 mnkr mot budget.'] },
    ],
    chart: {
      title: 'Avvikelse mot budget',
      caption: 'Prognos mot budget, mnkr',
      unit: 'mnkr',
      decimals: 1,
      language: 'sv',
      bars: [
        { label: 'Personalkostnader', value: '-4.5', unfavourable: true },
        { label: 'Kost & städ', value: '1.2', unfavourable: false },
      ],
    },
    facts: [
      { org: 'Kommunstyrelsen', item: 'Personalkostnader', measure: 'prognos', period: '2026-10', value: '-4.5', unit: 'mnkr', source: 'Månadsrapport oktober 2026' },
      { org: 'Kommunstyrelsen', item: 'Kost & städ', measure: 'prognos', period: '2026-10', value: '1.2', unit: 'mnkr', source: 'Månadsrapport oktober 2026' },
      { org: 'Kommunstyrelsen', item: 'Övrigt', measure: 'prognos', period: '2026-10', value: '0.25', unit: 'mnkr', source: 'Ekonomisystemet <export>' },
    ],
    derivations: [],
    guard: { checked: 3, verified: 3, rejected: [] },
    ...overrides,
  });
}

/** A one-colour PNG of `width`×`height`. */
export function samplePng(width = 40, height = 20): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return PNG.sync.write(png);
}
