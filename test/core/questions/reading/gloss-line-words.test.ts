import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../../src/core/questions/lexicon/load-lexicon.js';
import { glossLineWords, glossTokens } from '../../../../src/core/questions/reading/gloss-line-words.js';
import { tokenizeQuestion } from '../../../../src/core/questions/reading/tokenize-question.js';

/** The line words of a question when every word may name a line. */
function glossed(question: string): string[] {
  const tokens = tokenizeQuestion(question);
  const positions = tokens.map((_, index) => index);
  const gloss = glossLineWords(tokens, positions, loadLexicon());
  return positions.flatMap(gloss.wordsAt);
}

describe('glossLineWords', () => {
  it('turns an English phrase into the Swedish words a line is named with', () => {
    expect(glossed('residential land')).toEqual(['bostadsmark']);
  });

  it('prefers the longest phrase: "residential land" is not "residential" plus "land"', () => {
    const words = glossed('sales of residential land');
    expect(words).toContain('bostadsmark');
    expect(words).not.toContain('bostad');
  });

  it('keeps words the glossary does not know as they are', () => {
    expect(glossed('the service catalogue thing')).toEqual(['the', 'tjanstekatalog', 'thing']);
  });

  it('glosses only the positions it is given, so an organisation name is never translated', () => {
    const tokens = tokenizeQuestion('tax revenue at Sundsvall');
    const gloss = glossLineWords(tokens, [2, 3], loadLexicon());
    expect(gloss.covered.size).toBe(0);
    expect([2, 3].flatMap(gloss.wordsAt)).toEqual(['at', 'sundsvall']);
  });

  it('reports which positions a gloss replaced', () => {
    const tokens = tokenizeQuestion('what did the metro cost');
    const gloss = glossLineWords(tokens, tokens.map((_, index) => index), loadLexicon());
    expect([...gloss.covered]).toEqual([3]);
    expect(gloss.wordsAt(3)).toContain('tunnelbana');
  });
});

describe('glossTokens', () => {
  it('words the question as the report would, each new word standing for the phrase it replaced', () => {
    const glossed = glossTokens(tokenizeQuestion('how is the staff office doing'), loadLexicon());
    expect(glossed?.tokens.map((token) => token.word)).toEqual(['how', 'is', 'the', 'stab', 'doing']);
    expect(glossed?.origin[3]).toEqual({ start: 3, end: 5 });
  });

  it('is null when the glossary changes nothing', () => {
    expect(glossTokens(tokenizeQuestion('hur går det?'), loadLexicon())).toBeNull();
  });
});
