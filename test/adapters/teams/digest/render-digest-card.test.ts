// The digest card: what Teams shows, built from the digest and the chart PNG only,
// and never larger than a Teams message may be.
import { describe, expect, it } from 'vitest';
import { DIGEST_CARD_BYTE_LIMIT, DIGEST_CHART_BYTE_LIMIT, cardByteLength, renderDigestCard } from '../../../../src/adapters/teams/digest/render-digest-card.js';
import { sampleDigest, samplePng } from '../../../support/sample-digest.js';

type Element = { type: string; text?: string; url?: string; altText?: string; items?: Element[]; size?: string; weight?: string; wrap?: boolean; isSubtle?: boolean };
const bodyOf = (card: Record<string, unknown>) => card.body as Element[];
const texts = (elements: Element[]): string[] => elements.flatMap((element) => [...(element.text ? [element.text] : []), ...texts(element.items ?? [])]);
const spaced = (text: string) => text.replace(/\u00A0/g, ' ');

describe('renderDigestCard', () => {
  it('opens with the title, large and bold, then the summary', () => {
    const card = renderDigestCard(sampleDigest(), null);
    expect(card.version).toBe('1.5');
    const [title, summary] = bodyOf(card);
    expect(title).toMatchObject({ type: 'TextBlock', text: 'Veckobrev vecka 48: Kommunstyrelsen', size: 'Large', weight: 'Bolder', wrap: true });
    expect(summary).toMatchObject({ type: 'TextBlock', text: sampleDigest().summary, wrap: true });
  });

  it('renders each section as a container with its heading and one bulleted, wrapping line per line', () => {
    const containers = bodyOf(renderDigestCard(sampleDigest(), null)).filter((element) => element.type === 'Container');
    expect(containers).toHaveLength(2);
    const deviations = containers[1]!.items!;
    expect(deviations[0]).toMatchObject({ text: 'Avvikelser', weight: 'Bolder' });
    expect(deviations.slice(1).map((line) => line.text)).toEqual(['• Personalkostnader: −4,5 mnkr mot budget.', '• Kost & städ <inkl. lokalvård>: +1,2 mnkr mot budget.', '• 1. Rader som börjar med en siffra ska inte bli en numrerad lista.']);
    expect(deviations.every((line) => line.wrap)).toBe(true);
  });

  it('shows the chart as a base64 PNG with alt text that summarises the bars', () => {
    const png = samplePng(600, 300);
    const image = bodyOf(renderDigestCard(sampleDigest(), png)).find((element) => element.type === 'Image')!;
    expect(image.url).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(spaced(image.altText!)).toBe('Avvikelse mot budget (Prognos mot budget, mnkr): Personalkostnader −4,5 mnkr, Kost & städ +1,2 mnkr, Övriga kostnader +0,3 mnkr');
  });

  it('ends with the distinct sources of the facts in small, subtle text', () => {
    const last = bodyOf(renderDigestCard(sampleDigest(), null)).at(-1)!;
    expect(last).toMatchObject({ type: 'TextBlock', size: 'Small', isSubtle: true, text: 'Underlag: Månadsrapport oktober 2026; Ekonomisystemet <export>' });
  });

  it('labels in English for an English digest', () => {
    const digest = sampleDigest({ language: 'en', chart: { ...sampleDigest().chart!, language: 'en', bars: sampleDigest().chart!.bars.slice(0, 1) } });
    const body = bodyOf(renderDigestCard(digest, samplePng(120, 80)));
    expect(body.at(-1)!.text).toMatch(/^Source: /);
    expect(spaced(body.find((element) => element.type === 'Image')!.altText!)).toContain('Personalkostnader −4,5 mnkr');
  });

  it('leaves out a chart image over the limit and says it was too large', () => {
    const png = samplePng(1000, 1000, true);
    expect(png.length).toBeGreaterThan(DIGEST_CHART_BYTE_LIMIT);
    const card = renderDigestCard(sampleDigest(), png);
    expect(bodyOf(card).some((element) => element.type === 'Image')).toBe(false);
    expect(texts(bodyOf(card)).some((text) => text.startsWith('Diagrammet var för stort för Teams') && text.includes('Personalkostnader'))).toBe(true);
    expect(cardByteLength(card)).toBeLessThanOrEqual(DIGEST_CARD_BYTE_LIMIT);
  });

  it('keeps a chart that fits, and does not count its base64 towards the text limit, as Teams does not', () => {
    const png = samplePng(200, 200, true);
    expect(png.toString('base64').length * 2).toBeGreaterThan(DIGEST_CARD_BYTE_LIMIT);
    const card = renderDigestCard(sampleDigest(), png);
    expect(bodyOf(card).some((element) => element.type === 'Image')).toBe(true);
    expect(cardByteLength(card)).toBeLessThanOrEqual(DIGEST_CARD_BYTE_LIMIT);
  });

  it('shortens very long sections and says how many lines were left out', () => {
    const lines = Array.from({ length: 400 }, (_, index) => `Rad ${index + 1}: en förklaring av en avvikelse som är ganska lång och upprepas för att fylla kortet.`);
    const card = renderDigestCard(sampleDigest({ sections: [{ key: 'deviations', heading: 'Avvikelser', lines }] }), samplePng(600, 300));
    expect(cardByteLength(card)).toBeLessThanOrEqual(DIGEST_CARD_BYTE_LIMIT);
    const shown = texts(bodyOf(card)).filter((text) => text.startsWith('• Rad '));
    expect(shown.length).toBeGreaterThan(10);
    expect(texts(bodyOf(card))).toContain(`• … och ${400 - shown.length} till`);
  });

  it('is one line when nothing is new', () => {
    const card = renderDigestCard(sampleDigest({ nothingNew: true, summary: 'Inget nytt sedan förra veckan.', sections: [] }), samplePng(60, 60));
    expect(bodyOf(card)).toEqual([{ type: 'TextBlock', text: 'Inget nytt sedan förra veckan.', wrap: true }]);
  });
});
