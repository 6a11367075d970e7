import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { extractNumbers, type StatedNumber } from '../../../src/core/guard/extract-numbers.js';

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';
const MINUS = '\u2212';

/** The numbers in `text` as [value, decimals, unit]. */
function stated(text: string, masked: readonly string[] = []): [string, number, StatedNumber['unit']][] {
  return extractNumbers(text, masked).map((number) => [number.value.toString(), number.decimals, number.unit]);
}

describe('extractNumbers', () => {
  describe('reads Swedish notation with its unit', () => {
    it.each([
      [`utfall 70${NBSP}328${NBSP}tkr`, '70328', 0, 'tkr'],
      ['utfall 70 328 tkr', '70328', 0, 'tkr'],
      [`utfall 70${NARROW_NBSP}328 tkr`, '70328', 0, 'tkr'],
      [`avvikelse ${MINUS}4${NBSP}519${NBSP}tkr`, '4519', 0, 'tkr'],
      ['avvikelse -4 519 tkr', '4519', 0, 'tkr'],
      [`sjukfrånvaro 2,73${NBSP}%`, '2.73', 2, '%'],
      ['sjukfrånvaro 2,73%', '2.73', 2, '%'],
      ['resultat +24,5 mnkr', '24.5', 1, 'mnkr'],
      ['resultat 24,5 mkr', '24.5', 1, 'mnkr'],
      ['ökning med 4,2 procent', '4.2', 1, '%'],
      ['0,4 procentenheter över målet', '0.4', 1, 'pp'],
      ['0,4 percentage points above target', '0.4', 1, 'pp'],
      ['drygt 5 miljoner', '5', 0, 'mnkr'],
      // Changed: a scale word leaves the last digit shown a thousand mnkr (was 0 decimals).
      ['2 miljarder', '2000', -3, 'mnkr'],
      ['1 250 000 kronor', '1250000', 0, 'kr'],
      ['125 årsarbetare', '125', 0, 'årsarbetare'],
      ['12 st', '12', 0, 'st'],
      ['plain 1064.1', '1064.1', 1, null],
      ['index 78', '78', 0, null],
    ] as const)('reads %j as %s (%i decimals, %s)', (text, value, decimals, unit) => {
      expect(stated(text)).toEqual([[value, decimals, unit]]);
    });

    it('keeps the text and position of each number as in the text given', () => {
      const [number] = extractNumbers(`Utfall ${MINUS}70${NBSP}328 tkr`);
      // Changed: the text is read cleaned (NFKC turns the no-break space into a plain
      // one), but the number is reported as written, no-break space and all.
      expect(number).toMatchObject({ text: `${MINUS}70${NBSP}328`, start: 7 });
      expect(number!.value.equals(new Dec(70328))).toBe(true);
    });

    it('reads several numbers in order', () => {
      expect(stated(`utfall 70${NBSP}328${NBSP}tkr mot budget 72${NBSP}000${NBSP}tkr, 2,3${NBSP}%`)).toEqual([
        ['70328', 0, 'tkr'],
        ['72000', 0, 'tkr'],
        ['2.3', 1, '%'],
      ]);
    });
  });

  describe('skips what is not a figure', () => {
    it.each([
      ['a year', 'Helåret 2024 blev bra'],
      ['a period', 'Rapporten 2024-08 är klar'],
      ['a span of months', 'januari–augusti 2024'],
      ['a name with a number', 'Kostnader för covid-19'],
      ['a tertial', 'Enligt T1 gick det bra'],
      ['a quarter', 'Q3-rapporten'],
      ['a code', 'HME2024 är klart'],
    ])('skips %s: %j', (_label, text) => {
      expect(extractNumbers(text)).toEqual([]);
    });

    it('skips list markers at the start of a line', () => {
      expect(stated('1. Personalkostnader 500 tkr\n2. Lokalhyror 300 tkr')).toEqual([
        ['500', 0, 'tkr'],
        ['300', 0, 'tkr'],
      ]);
    });

    it('reads a number followed by a full stop inside a sentence', () => {
      expect(stated('Det blev 5. Sedan inget mer')).toEqual([['5', 0, null]]);
    });

    it('reads a year with a money unit as an amount', () => {
      expect(stated('2024 tkr')).toEqual([['2024', 0, 'tkr']]);
    });

    it('skips masked names and quotes', () => {
      expect(stated('Kontogrupp 13 ökade med 5 tkr', ['Kontogrupp 13'])).toEqual([['5', 0, 'tkr']]);
      expect(stated('Enligt noten: ”Fler konsulter, 719 tkr över budget.” Utfall 4 519 tkr', ['Fler konsulter, 719 tkr över budget.'])).toEqual([['4519', 0, 'tkr']]);
    });

    it('masks the longest name first, so a shorter name inside it does not split it', () => {
      expect(stated('Gemensamma tjänster 2 och Gemensamma tjänster 22 HR: 7 tkr', ['Gemensamma tjänster 2', 'Gemensamma tjänster 22 HR'])).toEqual([['7', 0, 'tkr']]);
    });

    it('reads numbers hidden with a zero-width space as a reader would', () => {
      expect(stated('utfall 70\u200B328 tkr')).toEqual([['70328', 0, 'tkr']]);
    });
  });
  describe('reports each number where it stands in the text given', () => {
    it('keeps positions after characters that cleaning removes or changes', () => {
      const text = `\u200B\u200BUtfall 70\u200B328 tkr och ${'\uFF17\uFF10'} tkr, budget 72${NARROW_NBSP}000 tkr`;
      const numbers = extractNumbers(text);
      expect(numbers.map((number) => number.text)).toEqual(['70\u200B328', '\uFF17\uFF10', `72${NARROW_NBSP}000`]);
      for (const number of numbers) expect(text.slice(number.start, number.start + number.text.length)).toBe(number.text);
      expect(numbers.map((number) => number.value.toString())).toEqual(['70328', '70', '72000']);
    });

    it('keeps positions after a decomposed letter', () => {
      const text = 'Fo\u0308rvaltningen: 5 tkr';
      const [number] = extractNumbers(text);
      expect(number).toMatchObject({ text: '5', start: text.indexOf('5') });
    });

    it('gives an amount in words with its words', () => {
      const text = `Kostnaden var drygt${NBSP}fem${NBSP}miljoner kronor.`;
      const [number] = extractNumbers(text);
      expect(number).toMatchObject({ text: `fem${NBSP}miljoner kronor`, start: text.indexOf('fem'), unit: 'mnkr', approximation: 'over' });
    });

    it('returns digits and words in the order they stand', () => {
      expect(extractNumbers('tjugo procent, sedan 5 tkr och fem miljoner').map((number) => number.text)).toEqual(['tjugo procent', '5', 'fem miljoner']);
    });
  });

  describe('reads every money and percentage word', () => {
    it.each([
      ['5 kr', '5', 0, 'kr'],
      ['5 kronor', '5', 0, 'kr'],
      ['5 SEK', '5', 0, 'kr'],
      ['50:-', '50', 0, 'kr'],
      ['5 tkr', '5', 0, 'tkr'],
      ['5 tusen kronor', '5', 0, 'tkr'],
      ['5 TSEK', '5', 0, 'tkr'],
      ['5 mnkr', '5', 0, 'mnkr'],
      ['5 mkr', '5', 0, 'mnkr'],
      ['5 miljoner kronor', '5', 0, 'mnkr'],
      ['5 miljoner', '5', 0, 'mnkr'],
      ['5 MSEK', '5', 0, 'mnkr'],
      ['5 million kronor', '5', 0, 'mnkr'],
      ['5.5 million', '5.5', 1, 'mnkr'],
      ['2 billion', '2000', -3, 'mnkr'],
      ['2,5 miljarder', '2500', -2, 'mnkr'],
      ['1 miljard', '1000', -3, 'mnkr'],
      ['5 tusen', '5000', -3, null],
      ['500k', '500000', -3, null],
      ['5%', '5', 0, '%'],
      ['5 procent', '5', 0, '%'],
      ['5 percent', '5', 0, '%'],
      ['0,4 procentenheter', '0.4', 1, 'pp'],
      ['0,4 %-enheter', '0.4', 1, 'pp'],
      ['0.4 percentage points', '0.4', 1, 'pp'],
      ['0.4 pp', '0.4', 1, 'pp'],
      ['5tkr', '5', 0, 'tkr'],
      ['5mnkr', '5', 0, 'mnkr'],
      ['1,250,000 kr', '1250000', 0, 'kr'],
    ] as const)('reads %j as %s (%i decimals, %s)', (text, value, decimals, unit) => {
      expect(stated(text)).toEqual([[value, decimals, unit]]);
    });
  });

  describe('marks approximations', () => {
    it.each([
      ['drygt', 'over'], ['strax över', 'over'], ['just over', 'over'], ['över', 'over'], ['mer än', 'over'], ['more than', 'over'], ['minst', 'over'],
      ['knappt', 'under'], ['nästan', 'under'], ['strax under', 'under'], ['almost', 'under'], ['nearly', 'under'], ['just under', 'under'], ['närmare', 'under'],
      ['cirka', 'about'], ['ca', 'about'], ['ca.', 'about'], ['c:a', 'about'], ['ungefär', 'about'], ['runt', 'about'], ['omkring', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'], ['~', 'about'],
    ] as const)('"%s" before a number makes it %s', (word, approximation) => {
      expect(extractNumbers(`Kostnaden var ${word} 5 mnkr.`)[0]).toMatchObject({ approximation });
      expect(extractNumbers(`Kostnaden var ${word.toUpperCase()} fem miljoner.`)[0]).toMatchObject({ approximation });
    });

    it('leaves a number without such a word exact', () => {
      expect(extractNumbers('Kostnaden var 5 mnkr.')[0]).toMatchObject({ approximation: null });
      expect(extractNumbers('Kostnaden var fem miljoner.')[0]).toMatchObject({ approximation: null });
    });

    it('reads only whole words', () => {
      expect(extractNumbers('Africa 5 tkr')[0]).toMatchObject({ approximation: null });
      expect(extractNumbers('handsome 5 tkr')[0]).toMatchObject({ approximation: null });
      expect(extractNumbers('Grunt 5 tkr')[0]).toMatchObject({ approximation: null });
    });
  });

  describe('skips counts and ordinals', () => {
    it.each(['3 poster avviker', '5 enheter går sämre', '2 projekt är försenade', '4 lines are late', 'de 3 största posterna', '12 månader', 'i 20 fall', '12 av 14 enheter', '2 of 5 projects'])('treats %j as a count', (text) => {
      expect(extractNumbers(text)).toEqual([]);
    });

    it('reads a number above 20, or one with decimals, before a noun as a figure', () => {
      expect(stated('25 poster')).toEqual([['25', 0, null]]);
      expect(stated('2,5 poster')).toEqual([['2.5', 1, null]]);
    });

    it('reads a small number before a unit, a connective or a measure as a figure', () => {
      expect(stated('3 mnkr')).toEqual([['3', 0, 'mnkr']]);
      expect(stated('Det blev 5 och inte 6')).toEqual([['5', 0, null], ['6', 0, null]]);
      expect(stated('5 mer än budget')).toEqual([['5', 0, null]]);
      expect(stated('12 av 14 mnkr')).toEqual([['12', 0, null], ['14', 0, 'mnkr']]);
      expect(stated('12 av 30 enheter')).toEqual([['12', 0, null], ['30', 0, null]]);
      expect(stated('2 indexenheter sämre')).toEqual([['2', 0, null]]);
      expect(stated('2 index points worse')).toEqual([['2', 0, null]]);
      expect(stated('3 gånger så mycket')).toEqual([['3', 0, null]]);
      expect(stated('12 st')).toEqual([['12', 0, 'st']]);
      expect(stated('18 årsarbetare')).toEqual([['18', 0, 'årsarbetare']]);
    });

    it.each(['1:a kvartalet', 'den 2:e raden', '2nd quarter', 'the 21st line', 'the 3rd', '4th place', 'den tredje posten'])('skips the ordinal in %j', (text) => {
      expect(extractNumbers(text)).toEqual([]);
    });
  });

  describe('skips dates and times', () => {
    it.each(['den 31 augusti 2024', '31 aug', '1 januari–31 augusti', 'August 31, 2024', 'on 5 May', '2024-08-31', '31/8', '31/8/2024', '8/31', '31.8.2024', 'kl. 14:30', 'kl. 14.30', 'klockan 9', '1–31 augusti', 'vecka 35', 'v. 35–36', 'week 12', '2024/25', '2023–24'])('skips %j', (text) => {
      expect(extractNumbers(text)).toEqual([]);
    });

    it('still reads an amount beside a date', () => {
      expect(stated('Per 31 augusti 2024: 5 tkr')).toEqual([['5', 0, 'tkr']]);
      expect(stated('Utfall augusti 31 mnkr')).toEqual([['31', 0, 'mnkr']]);
    });

    it('reads a number after "may" in lower case as a figure', () => {
      expect(stated('it may 5 tkr')).toEqual([['5', 0, 'tkr']]);
    });
  });

  describe('skips list markers and identifiers', () => {
    it('skips "1)" markers at the start of a line, not in a sentence', () => {
      expect(stated('1) Personal 500 tkr\n  2) Lokaler 300 tkr')).toEqual([['500', 0, 'tkr'], ['300', 0, 'tkr']]);
      expect(stated('Utfall (5) tkr')).toEqual([['5', 0, null]]);
    });

    it('reads a number before a colon as a figure, but not a code', () => {
      expect(stated('Kontogrupp 3: 5 tkr')).toEqual([['3', 0, null], ['5', 0, 'tkr']]);
      expect(stated('5G och 3D')).toEqual([]);
    });
  });

  describe('ranges', () => {
    it('gives the first end of a range the unit of the second', () => {
      expect(stated('3–4 miljoner')).toEqual([['3', 0, 'mnkr'], ['4', 0, 'mnkr']]);
      expect(stated('mellan 4 och 5 mnkr')).toEqual([['4', 0, 'mnkr'], ['5', 0, 'mnkr']]);
      expect(stated('2-3 miljarder')).toEqual([['2000', -3, 'mnkr'], ['3000', -3, 'mnkr']]);
      expect(stated('3 till 4 procent')).toEqual([['3', 0, '%'], ['4', 0, '%']]);
    });
  });

  describe('reads amounts in words', () => {
    it.each([
      ['fem miljoner', '5', 0, 'mnkr'],
      ['en halv miljon', '0.5', 1, 'mnkr'],
      ['tre komma fem miljoner kronor', '3.5', 1, 'mnkr'],
      ['tjugofem procent', '25', 0, '%'],
      ['fyrtiotvå tusen kronor', '42', 0, 'tkr'],
      ['five million', '5', 0, 'mnkr'],
      ['half a million', '0.5', 1, 'mnkr'],
      ['twenty percent', '20', 0, '%'],
      ['two and a half million', '2.5', 1, 'mnkr'],
    ] as const)('reads %j as %s (%i decimals, %s)', (text, value, decimals, unit) => {
      expect(stated(text)).toEqual([[value, decimals, unit]]);
    });

    it.each(['två poster', 'three units', 'fem enheter'])('does not return the count in %j', (text) => {
      expect(extractNumbers(text)).toEqual([]);
    });

    it('does not read words inside masked names', () => {
      expect(stated('Projekt Fem miljoner: 3 tkr', ['Projekt Fem miljoner'])).toEqual([['3', 0, 'tkr']]);
    });
  });
});
