// Escaping and splitting text for Slack's mrkdwn and plain_text fields.
import { describe, expect, it } from 'vitest';
import { clip, clipMrkdwn, escapeMrkdwn, splitText } from '../../../src/adapters/slack/render-mrkdwn.js';

const join = (split: { parts: string[]; separators: string[] }) => split.parts.map((part, index) => (index === 0 ? part : `${split.separators[index - 1]}${part}`)).join('');

describe('escapeMrkdwn', () => {
  it('escapes &, < and > and nothing else', () => {
    expect(escapeMrkdwn('a & b <@U123> > *c* _d_')).toBe('a &amp; b &lt;@U123&gt; &gt; *c* _d_');
  });
});

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('kort text', 3000, { escaped: true })).toEqual({ parts: ['kort text'], separators: [] });
  });

  it('cuts between paragraphs first, and joining with the separators gives the text back', () => {
    const text = `${'a'.repeat(20)}\n\n${'b'.repeat(20)} ${'c'.repeat(5)}`;
    const split = splitText(text, 30, { escaped: false });
    expect(split.parts[0]).toBe('a'.repeat(20));
    expect(split.separators[0]).toBe('\n\n');
    expect(join(split)).toBe(text);
    for (const part of split.parts) expect(part.length).toBeLessThanOrEqual(30);
  });

  it('measures escaped length, so escaped parts fit the limit', () => {
    const text = '&<>'.repeat(2000);
    const split = splitText(text, 3000, { escaped: true });
    for (const part of split.parts) expect(escapeMrkdwn(part).length).toBeLessThanOrEqual(3000);
    expect(join(split)).toBe(text);
  });

  it('cuts a text without whitespace hard, never inside a surrogate pair', () => {
    const text = '😀'.repeat(10);
    const split = splitText(text, 5, { escaped: false });
    expect(split.parts.every((part) => part.length <= 5 && !/[\uD800-\uDBFF]$/.test(part))).toBe(true);
    expect(split.parts.join('')).toBe(text);
  });
});

describe('clip', () => {
  it('returns a text that fits unchanged and cuts a longer one with an ellipsis within the limit', () => {
    expect(clip('IT-infrastruktur', 75)).toBe('IT-infrastruktur');
    const clipped = clip(`Bidrag ${'från regionen '.repeat(10)}`, 75);
    expect(clipped.length).toBeLessThanOrEqual(75);
    expect(clipped.endsWith('…')).toBe(true);
  });

  it('clipMrkdwn never breaks an entity and stays within the limit once escaped', () => {
    const clipped = clipMrkdwn('&'.repeat(100), 52);
    expect(clipped.length).toBeLessThanOrEqual(52);
    expect(clipped).toMatch(/^(&amp;)+…$/);
  });
});
