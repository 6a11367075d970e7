// English written as chat is written: contractions without the apostrophe ("hows", "wheres") and
// measure nouns ("value", "volume") are English-only words, so a question with one Swedish place
// name in it ("how's the pool in Åby doing?") is still answered in English.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/questions/detect-language.js';

describe('English contractions and measure nouns', () => {
  it.each([
    "how's västergården doing vs budget?",
    "where's the ålderdomshem landing?",
    'isnt skolköket over budget?',
    "visits at sjöbadet vs planned volume?",
    'grade value at älvskolan?',
  ])('answers %j in English despite the Swedish name', (question) => {
    expect(detectLanguage(question)).toBe('en');
  });

  it('keeps a Swedish question with an English loanword Swedish', () => {
    expect(detectLanguage('hur ligger volymen på hemtjänsten mot budget?')).toBe('sv');
  });
});
