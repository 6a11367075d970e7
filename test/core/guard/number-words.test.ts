// Amounts in words, Swedish and English, as a model may write them; counts are not amounts.
import { describe, expect, it } from 'vitest';
import { findWordNumbers, parseEnglishNumberWord, parseSwedishNumberWord } from '../../../src/core/guard/number-words.js';

/** The amounts in `text` as [text, value, decimals, unit]. */
function amounts(text: string): [string, string, number, string | null][] {
  return findWordNumbers(text).map((number) => [number.text, number.value, number.decimals, number.unit]);
}

describe('parseSwedishNumberWord', () => {
  it.each([
    ['noll', 0], ['en', 1], ['ett', 1], ['fem', 5], ['tio', 10], ['elva', 11], ['sexton', 16], ['arton', 18], ['nitton', 19],
    ['tjugo', 20], ['tjugoen', 21], ['tjugoett', 21], ['tjugofem', 25], ['trettiotre', 33], ['fyrtiotvå', 42], ['sextiosex', 66], ['åttio', 80], ['nittionio', 99],
    ['hundra', 100], ['etthundra', 100], ['etthundratjugo', 120], ['tvåhundra', 200], ['tvåhundrafemtio', 250], ['niohundranittionio', 999], ['femtonhundra', 1500],
    ['tusen', 1000], ['ettusen', 1000], ['etttusen', 1000], ['tvåtusen', 2000], ['fyrtiotvåtusen', 42000], ['tvåtusenfemhundra', 2500], ['hundratusen', 100000],
    ['femhundratusen', 500000], ['tvåhundrafemtiotusentre', 250003], ['niohundranittioniotusenniohundranittionio', 999999],
  ])('reads %s as %d', (word, value) => expect(parseSwedishNumberWord(word)).toBe(value));

  it('reads capitals as the same word', () => {
    expect(parseSwedishNumberWord('Tjugofem')).toBe(25);
    expect(parseSwedishNumberWord('FEMTIO')).toBe(50);
  });

  it.each(['', 'enhet', 'entreprenad', 'femte', 'tredje', 'tjugonde', 'hundrade', 'tusende', 'tiondel', 'femtedel', 'hundratals', 'tusentals', 'miljon', 'miljoner', 'femfem', 'tjugotjugo', 'tusenhundra', 'tiofem', 'tvåa', 'sexa'])(
    'does not read %j as a number',
    (word) => expect(parseSwedishNumberWord(word)).toBeNull(),
  );

  it('gives up on an absurdly long word rather than recursing through it', () => {
    expect(parseSwedishNumberWord('fem'.repeat(10000))).toBeNull();
  });
});

describe('parseEnglishNumberWord', () => {
  it.each([['zero', 0], ['one', 1], ['five', 5], ['twelve', 12], ['nineteen', 19], ['twenty', 20], ['twenty-five', 25], ['ninety', 90], ['ninety-nine', 99], ['hundred', 100], ['Forty-Two', 42]])(
    'reads %s as %d',
    (word, value) => expect(parseEnglishNumberWord(word)).toBe(value),
  );

  it.each(['often', 'fifth', 'third', 'twenty-ten', 'five-twenty', 'millions', 'ones', 'tenth'])('does not read %j as a number', (word) => {
    expect(parseEnglishNumberWord(word)).toBeNull();
  });
});

describe('findWordNumbers', () => {
  it.each([
    // Swedish
    ['fem miljoner', '5', 0, 'mnkr'],
    ['en miljon', '1', 0, 'mnkr'],
    ['en halv miljon', '0.5', 1, 'mnkr'],
    ['en och en halv miljon kronor', '1.5', 1, 'mnkr'],
    ['två och en halv miljon', '2.5', 1, 'mnkr'],
    ['tre komma fem miljoner kronor', '3.5', 1, 'mnkr'],
    ['tre komma sjuttiofem procent', '3.75', 2, '%'],
    ['noll komma fem procent', '0.5', 1, '%'],
    ['tjugofem procent', '25', 0, '%'],
    ['hundra procent', '100', 0, '%'],
    ['en procent', '1', 0, '%'],
    ['sex procentenheter', '6', 0, 'pp'],
    ['fyrtiotvå tusen kronor', '42', 0, 'tkr'],
    ['fyrtiotvåtusen kronor', '42', 0, 'tkr'],
    ['femhundratusen kronor', '500', 0, 'tkr'],
    ['tusen kronor', '1', 0, 'tkr'],
    ['tvåhundra kronor', '200', 0, 'kr'],
    ['fem mnkr', '5', 0, 'mnkr'],
    ['tolv tkr', '12', 0, 'tkr'],
    ['fem miljoner tvåhundratusen kronor', '5.2', 3, 'mnkr'],
    ['två miljarder', '2000', -3, 'mnkr'],
    ['tre komma fem miljarder kronor', '3500', -2, 'mnkr'],
    ['tvåhundrafemtio årsarbetare', '250', 0, 'årsarbetare'],
    ['två indexenheter', '2', 0, null],
    ['fem tusen', '5000', -3, null],
    ['tvåhundra', '200', 0, null],
    ['etthundratjugo', '120', 0, null],
    // English
    ['five million', '5', 0, 'mnkr'],
    ['a million', '1', 0, 'mnkr'],
    ['half a million', '0.5', 1, 'mnkr'],
    ['a half million', '0.5', 1, 'mnkr'],
    ['two and a half million', '2.5', 1, 'mnkr'],
    ['two point five million', '2.5', 1, 'mnkr'],
    ['twenty percent', '20', 0, '%'],
    ['twenty-five per cent', '25', 0, '%'],
    ['twenty five percent', '25', 0, '%'],
    ['three percentage points', '3', 0, 'pp'],
    ['forty-two thousand kronor', '42', 0, 'tkr'],
    ['one hundred and twenty thousand kronor', '120', 0, 'tkr'],
    ['two hundred thousand SEK', '200', 0, 'tkr'],
    ['one million two hundred thousand kronor', '1.2', 3, 'mnkr'],
    ['two billion', '2000', -3, 'mnkr'],
    ['seventy million kronor', '70', 0, 'mnkr'],
    ['a hundred', '100', 0, null],
    ['three times', '3', 0, null],
  ] as const)('reads "%s" as %s (%i decimals, %s)', (text, value, decimals, unit) => {
    expect(amounts(text)).toEqual([[text, value, decimals, unit]]);
  });

  it('gives the position and the words of each amount, the amount word included', () => {
    const text = 'Kostnaden blev drygt fem miljoner kronor, och sjukfrånvaron tjugo procent.';
    expect(findWordNumbers(text)).toEqual([
      { text: 'fem miljoner kronor', start: 21, end: 40, value: '5', decimals: 0, unit: 'mnkr' },
      { text: 'tjugo procent', start: 60, end: 73, value: '20', decimals: 0, unit: '%' },
    ]);
  });

  it.each(['tre poster avviker', 'fem enheter går sämre', 'two projects are late', 'three units', 'en avvikelse mot budget', 'ett projekt', 'de tio största posterna', 'Fem största avvikelserna', 'one of the lines', 'en halv timme', 'ett halvt år', 'a percent of the lines', 'a report'])(
    'treats "%s" as a count or an article, not an amount',
    (text) => {
      expect(findWordNumbers(text)).toEqual([]);
    },
  );

  it('does not read ordinals', () => {
    expect(findWordNumbers('den tredje största posten och det femte året')).toEqual([]);
    expect(findWordNumbers('the third quarter and the fifth line')).toEqual([]);
  });

  it('does not read scale words that stand without a number', () => {
    expect(findWordNumbers('flera miljoner kronor')).toEqual([]);
    expect(findWordNumbers('millions of kronor')).toEqual([]);
    expect(findWordNumbers('hundratals miljoner')).toEqual([]);
  });

  it('leaves a scale after digits to the digits ("5 tusen kronor", "2,5 miljoner")', () => {
    expect(findWordNumbers('5 tusen kronor')).toEqual([]);
    expect(findWordNumbers('2,5 miljoner')).toEqual([]);
    expect(amounts('år 2024 tjugofem procent')).toEqual([['tjugofem procent', '25', 0, '%']]);
  });

  it('gives the first end of a range the unit and scale of the second', () => {
    expect(amounts('tre till fyra procent')).toEqual([
      ['tre', '3', 0, '%'],
      ['fyra procent', '4', 0, '%'],
    ]);
    expect(amounts('två eller tre miljarder')).toEqual([
      ['två', '2000', -3, 'mnkr'],
      ['tre miljarder', '3000', -3, 'mnkr'],
    ]);
    expect(amounts('fem till sex tusen')).toEqual([
      ['fem', '5000', -3, null],
      ['sex tusen', '6000', -3, null],
    ]);
    expect(amounts('tre till fyra poster')).toEqual([]);
  });

  it('does not join words across punctuation', () => {
    expect(amounts('fem, sex miljoner')).toEqual([['sex miljoner', '6', 0, 'mnkr']]);
    expect(amounts('tjugo. Fem miljoner')).toEqual([['Fem miljoner', '5', 0, 'mnkr']]);
  });

  it('reads amounts at either end of a text and beside punctuation', () => {
    expect(amounts('(fem miljoner)')).toEqual([['fem miljoner', '5', 0, 'mnkr']]);
    expect(amounts('Tjugofem procent.')).toEqual([['Tjugofem procent', '25', 0, '%']]);
    expect(amounts('tjugo%')).toEqual([['tjugo%', '20', 0, '%']]);
  });

  // How long it takes is `npm run bench:guard`'s figure: a wall-clock bound here fails on a
  // busy machine. A reading that backtracked without bound would not finish in the test's time.
  it('reads a long hostile text to the end, finding only the amount it holds', () => {
    const text = `${'fem'.repeat(100_000)} ${'tjugo '.repeat(10_000)}procent`;
    expect(findWordNumbers(text).map((found) => [found.text, found.value, found.unit, found.end])).toEqual([['tjugo procent', '20', '%', text.length]]);
  });
});
