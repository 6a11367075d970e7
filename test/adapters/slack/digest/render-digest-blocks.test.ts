// The weekly digest as Block Kit: what a reader sees, and Slack's limits kept
// however long the digest grows, without losing a line silently.
import { describe, expect, it } from 'vitest';
import { renderDigestBlocks } from '../../../../src/adapters/slack/digest/render-digest-blocks.js';
import { escapeMrkdwn } from '../../../../src/adapters/slack/render-mrkdwn.js';
import { blockKitViolations } from '../../../support/fake-slack-api.js';
import { sampleDigest } from '../../../support/sample-digest.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Block Kit JSON
const json = (value: unknown): any => JSON.parse(JSON.stringify(value));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Block Kit JSON
const sectionTexts = (blocks: any[]): string[] => blocks.filter((block) => block.type === 'section').map((block) => block.text.text);

/** A line of about `length` characters, numbered, with characters mrkdwn must escape. */
const longLine = (index: number, length: number) => `Rad ${index}: Kost & städ <enhet ${index}> ${'avvikelse mot budget '.repeat(Math.ceil(length / 21))}`.slice(0, length);

describe('renderDigestBlocks', () => {
  it('shows the title as header, the summary, each section as a bulleted list and the sources as context', () => {
    const message = json(renderDigestBlocks(sampleDigest()));
    expect(message.blocks.map((block: { type: string }) => block.type)).toEqual(['header', 'section', 'section', 'section', 'context']);
    expect(message.blocks[0].text).toEqual({ type: 'plain_text', text: 'Veckobrev vecka 48: Kommunstyrelsen' });
    expect(message.blocks[1].text.text).toBe('Oktoberutfallet är inläst; prognosen för helåret är 4,5 mnkr sämre än budget.');
    expect(message.blocks[2].text).toEqual({ type: 'mrkdwn', text: '*Nya siffror*\n• Utfall oktober inläst för Kommunstyrelsen.' });
    expect(message.blocks[3].text.text).toBe('*Avvikelser*\n• Personalkostnader: −4,5 mnkr mot budget.\n• Kost &amp; städ &lt;inkl. lokalvård&gt;: +1,2 mnkr mot budget.\n• 1. Rader som börjar med en siffra ska inte bli en numrerad lista.');
    expect(message.blocks[4].elements).toEqual([{ type: 'mrkdwn', text: 'Underlag: 3 siffror ur uppföljningsrapporterna: Månadsrapport oktober 2026; Ekonomisystemet &lt;export&gt;' }]);
    expect(message.text).toBe('Veckobrev vecka 48: Kommunstyrelsen – Oktoberutfallet är inläst; prognosen för helåret är 4,5 mnkr sämre än budget.');
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
  });

  it('writes the context in English for an English digest and leaves it out without facts', () => {
    const english = json(renderDigestBlocks(sampleDigest({ language: 'en' })));
    expect(english.blocks.at(-1).elements[0].text).toBe('Source: 3 figures from the follow-up reports: Månadsrapport oktober 2026; Ekonomisystemet &lt;export&gt;');
    const withoutFacts = json(renderDigestBlocks(sampleDigest({ facts: [] })));
    expect(withoutFacts.blocks.some((block: { type: string }) => block.type === 'context')).toBe(false);
  });

  it('sends only the summary line when nothing is new', () => {
    const message = json(renderDigestBlocks(sampleDigest({ nothingNew: true, summary: 'Inget nytt sedan förra veckan & allt enligt plan.' })));
    expect(message.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Inget nytt sedan förra veckan &amp; allt enligt plan.' } }]);
    expect(message.text).toBe('Inget nytt sedan förra veckan &amp; allt enligt plan.');
    expect(message.omittedLines).toBe(0);
  });

  it('keeps 300 long lines within every Block Kit limit and loses none of them', () => {
    const lines = Array.from({ length: 300 }, (_, index) => longLine(index, 400));
    const digest = sampleDigest({ title: `Veckobrev ${'med en mycket lång rubrik '.repeat(10)}`, sections: [{ key: 'deviations', heading: 'Avvikelser', lines }] });
    const message = renderDigestBlocks(digest);
    expect(blockKitViolations(json(message.blocks), 'message')).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.omittedLines).toBe(0);
    const shown = sectionTexts(json(message.blocks)).join('\n').split('\n');
    for (const line of lines) expect(shown).toContain(`• ${escapeMrkdwn(line)}`);
    expect(json(message.blocks)[0].text.text).toMatch(/…$/);
  });

  it('splits a line longer than a section between words and keeps every word', () => {
    const line = longLine(1, 7000);
    const message = json(renderDigestBlocks(sampleDigest({ sections: [{ key: 'deviations', heading: 'Avvikelser', lines: [line] }] })));
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
    const pieces = sectionTexts(message.blocks).slice(1);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    const joined = pieces.join('\n').replace(/^\*Avvikelser\*\n• /, '').replace(/\n {2}/g, ' ');
    expect(joined).toBe(escapeMrkdwn(line).trimEnd());
  });

  it('says how many lines were left out when the digest is too long for one message', () => {
    const lines = Array.from({ length: 300 }, (_, index) => longLine(index, 1000));
    const message = json(renderDigestBlocks(sampleDigest({ sections: [{ key: 'deviations', heading: 'Avvikelser', lines }] })));
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
    expect(message.blocks).toHaveLength(50);
    expect(message.omittedLines).toBeGreaterThan(0);
    const texts = sectionTexts(message.blocks);
    expect(texts.at(-1)).toBe(`… ${message.omittedLines} rader till fick inte plats i meddelandet.`);
    const shown = lines.filter((line) => texts.join('\n').split('\n').includes(`• ${escapeMrkdwn(line)}`));
    expect(shown.length + message.omittedLines).toBe(300);
    expect(shown).toEqual(lines.slice(0, shown.length));
  });
});
