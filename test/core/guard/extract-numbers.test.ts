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
      ['2 miljarder', '2000', 0, 'mnkr'],
      ['1 250 000 kronor', '1250000', 0, 'kr'],
      ['125 årsarbetare', '125', 0, 'årsarbetare'],
      ['12 st', '12', 0, 'st'],
      ['plain 1064.1', '1064.1', 1, null],
      ['index 78', '78', 0, null],
    ] as const)('reads %j as %s (%i decimals, %s)', (text, value, decimals, unit) => {
      expect(stated(text)).toEqual([[value, decimals, unit]]);
    });

    it('keeps the text and position of each number', () => {
      const [number] = extractNumbers(`Utfall ${MINUS}70${NBSP}328 tkr`);
      // The text is cleaned (NFKC) first, which turns the no-break space into a plain one.
    expect(number).toMatchObject({ text: `${MINUS}70 328`, start: 7 });
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
});
