// A weekly digest as the core would compose it, and chart PNGs of a chosen size, for
// the Slack and Teams digest tests.
import { PNG } from 'pngjs';
import { digestSchema, type Digest } from '../../src/core/digests/digest.js';

/**
 * A Swedish digest with two sections (a line with &, < and >, and one that starts with
 * a number, which must not become a numbered list), a three-bar chart and three facts
 * from two sources.
 */
export function sampleDigest(overrides: Partial<Digest> = {}): Digest {
  return digestSchema.parse({
    title: 'Veckobrev vecka 48: Kommunstyrelsen',
    week: '2026-W48',
    language: 'sv',
    nothingNew: false,
    summary: 'Oktoberutfallet är inläst; prognosen för helåret är 4,5 mnkr sämre än budget.',
    sections: [
      { key: 'new_figures', heading: 'Nya siffror', lines: ['Utfall oktober inläst för Kommunstyrelsen.'] },
      {
        key: 'deviations',
        heading: 'Avvikelser',
        lines: ['Personalkostnader: −4,5 mnkr mot budget.', 'Kost & städ <inkl. lokalvård>: +1,2 mnkr mot budget.', '1. Rader som börjar med en siffra ska inte bli en numrerad lista.'],
      },
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
        { label: 'Övriga kostnader', value: '0.25', unfavourable: false },
      ],
    },
    facts: [
      { org: 'Kommunstyrelsen', item: 'Personalkostnader', measure: 'prognos', period: '2026-10', value: '-4.5', unit: 'mnkr', source: 'Månadsrapport oktober 2026' },
      { org: 'Kommunstyrelsen', item: 'Kost & städ', measure: 'prognos', period: '2026-10', value: '1.2', unit: 'mnkr', source: 'Månadsrapport oktober 2026' },
      { org: 'Kommunstyrelsen', item: 'Övriga kostnader', measure: 'prognos', period: '2026-10', value: '0.25', unit: 'mnkr', source: 'Ekonomisystemet <export>' },
    ],
    derivations: [],
    guard: { checked: 3, verified: 3, rejected: [] },
    ...overrides,
  });
}

/**
 * A PNG `width`×`height`: one colour compresses to a few hundred bytes, `noise`
 * (a fixed pseudo-random pattern) hardly compresses, for a PNG too large for a card.
 */
export function samplePng(width = 40, height = 20, noise = false): Buffer {
  const png = new PNG({ width, height });
  let seed = 42;
  for (let index = 0; index < png.data.length; index += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    png.data[index] = index % 4 === 3 ? 255 : noise ? seed % 256 : 200;
  }
  return PNG.sync.write(png);
}
