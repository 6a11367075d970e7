// Amounts in words, Swedish and English, as a model may write them; counts are not amounts.
import { describe, expect, it } from 'vitest';
import { findWordNumbers, parseEnglishNumberWord, parseSwedishNumberWord } from '../../../src/core/guard/number-words.js';
import { extractNumbers } from '../../../src/core/guard/extract-numbers.js';
import { checkAnswerNumbers } from '../../../src/core/guard/check-answer-numbers.js';

describe('number words', () => {
  it.each([
    ['fem', 5], ['tjugofem', 25], ['nittionio', 99], ['etthundratjugo', 120], ['tvåhundra', 200], ['tvåtusen', 2000], ['fyrtiotvåtusen', 42000], ['hundra', 100],
  ])('reads the Swedish %s as %d', (word, value) => expect(parseSwedishNumberWord(word)).toBe(value));

  it.each([['five', 5], ['twenty-five', 25], ['ninety', 90]])('reads the English %s as %d', (word, value) => expect(parseEnglishNumberWord(word)).toBe(value));

  it('does not read ordinary words as numbers', () => {
    expect(parseSwedishNumberWord('enhet')).toBeNull();
    expect(parseSwedishNumberWord('femte')).toBeNull();
    expect(parseEnglishNumberWord('often')).toBeNull();
  });

  it.each([
    ['fem miljoner', 5, 'mnkr', 0],
    ['en halv miljon', 0.5, 'mnkr', 1],
    ['tre komma fem miljoner kronor', 3.5, 'mnkr', 1],
    ['två och en halv miljon', 2.5, 'mnkr', 1],
    ['tjugofem procent', 25, '%', 0],
    ['fyrtiotvå tusen kronor', 42, 'tkr', 0],
    ['två miljarder', 2000, 'mnkr', 0],
    ['five million', 5, 'mnkr', 0],
    ['two and a half million', 2.5, 'mnkr', 1],
    ['twenty percent', 20, '%', 0],
    ['three percentage points', 3, 'pp', 0],
  ])('finds the amount in "%s"', (text, value, unit, decimals) => {
    expect(findWordNumbers(text)).toEqual([expect.objectContaining({ text, value, unit, decimals })]);
  });

  it.each(['tre poster avviker', 'fem enheter går sämre', 'two projects are late', 'en avvikelse mot budget'])('treats "%s" as a count, not an amount', (text) => {
    expect(findWordNumbers(text)).toEqual([]);
  });

  it('marks approximations written before a word amount', () => {
    expect(extractNumbers('drygt fem miljoner')[0]).toMatchObject({ approximation: 'over' });
    expect(extractNumbers('knappt fem miljoner')[0]).toMatchObject({ approximation: 'under' });
    expect(extractNumbers('cirka fem miljoner')[0]).toMatchObject({ approximation: 'about' });
  });
});

describe('the check with amounts in words and approximations', () => {
  const answer = (text: string, value: string, unit = 'mnkr') => ({ text, facts: [{ org: 'X', item: 'Y', measure: 'actual', period: '2024-08', value, unit, source: 's' }], derivations: [], quotes: [], options: [], names: [] });

  it('accepts "drygt 5 miljoner" for 5,2 mnkr and rejects it for 4,9', () => {
    expect(checkAnswerNumbers(answer('drygt 5 miljoner', '5.2')).rejected).toEqual([]);
    expect(checkAnswerNumbers(answer('drygt 5 miljoner', '4.9')).rejected).toHaveLength(1);
  });

  it('accepts "knappt fem miljoner" for 4,8 mnkr and rejects it for 5,1', () => {
    expect(checkAnswerNumbers(answer('knappt fem miljoner', '4.8')).rejected).toEqual([]);
    expect(checkAnswerNumbers(answer('knappt fem miljoner', '5.1')).rejected).toHaveLength(1);
  });

  it('rejects an amount in words that no fact backs', () => {
    expect(checkAnswerNumbers(answer('sju miljoner', '5.0')).rejected.map((number) => number.text)).toEqual(['sju miljoner']);
  });

  it('accepts a word amount in another unit when it equals the fact after conversion', () => {
    expect(checkAnswerNumbers(answer('en halv miljon', '500', 'tkr')).rejected).toEqual([]);
  });
});
