import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { NumberFormatError, parseSwedishNumber, type NumberFormatErrorCode } from '../../../src/core/numbers/parse-swedish-number.js';

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';
const THIN_SPACE = '\u2009';
const MINUS = '\u2212';
const EN_DASH = '\u2013';

function refusal(text: string): NumberFormatError {
  try {
    parseSwedishNumber(text);
  } catch (error) {
    if (error instanceof NumberFormatError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

function expectValue(text: string, expected: string): void {
  expect(parseSwedishNumber(text).equals(new Dec(expected))).toBe(true);
}

describe('parseSwedishNumber', () => {
  describe('reads numbers exactly as the seed reports print them', () => {
    // Strings copied from test/fixtures/seeds/*.txt.
    it.each([
      ['-114 196', '-114196'], // 003: Personalkostnader
      ['1 064,1', '1064.1'], // 001: cost line, mnkr
      ['-552,9', '-552.9'], // 000: Ack resultat
      ['24,5', '24.5'], // 000: Ack avvikelse
      ['696 353', '696353'], // 000: Årsprognos
      ['-70 328', '-70328'], // 003: operating statement
      ['1 730', '1730'], // 003: deviation column
      ['2,73', '2.73'], // 000: Sjukfrånvaro
      ['-0,37', '-0.37'], // 003: sick leave change
      ['+24,5', '24.5'], // 000: "+24,5 mnkr" in the prose
    ])('reads %j as %s', (text, expected) => {
      expectValue(text, expected);
    });
  });

  it('keeps every digit, far beyond what a binary float could hold', () => {
    const value = parseSwedishNumber('12 345 678 901 234 567,891');
    expect(value.toFixed()).toBe('12345678901234567.891');
  });

  it('gives 0,1 + 0,2 exactly 0,3, unlike binary floats', () => {
    expect(parseSwedishNumber('0,1').plus(parseSwedishNumber('0,2')).equals(parseSwedishNumber('0,3'))).toBe(true);
  });

  describe('signs', () => {
    it('reads hyphen-minus, U+2212 minus sign and a leading en dash as the same negative number', () => {
      const hyphen = parseSwedishNumber('-4 519');
      expect(hyphen.equals(new Dec(-4519))).toBe(true);
      expect(parseSwedishNumber(`${MINUS}4 519`).equals(hyphen)).toBe(true);
      expect(parseSwedishNumber(`${EN_DASH}4 519`).equals(hyphen)).toBe(true);
    });

    it('reads a leading plus as a positive number', () => {
      expect(parseSwedishNumber('+6,2').equals(parseSwedishNumber('6,2'))).toBe(true);
    });

    it.each(['-0', `${MINUS}0,00`, '+0', '-0.0'])('reads %j as zero without a negative sign', (text) => {
      const value = parseSwedishNumber(text);
      expect(value.isZero()).toBe(true);
      expect(value.isNegative()).toBe(false);
    });
  });

  describe('thousands separators', () => {
    it.each([
      ['ordinary space', ' '],
      ['no-break space U+00A0', NBSP],
      ['narrow no-break space U+202F', NARROW_NBSP],
      ['thin space U+2009', THIN_SPACE],
    ])('accepts a %s between groups of three digits', (_name, separator) => {
      expectValue(`-1${separator}234${separator}567,5`, '-1234567.5');
    });

    it('accepts different separators in the same number, as copy-paste from Word and Excel mixes them', () => {
      expectValue(`1${NBSP}234 567`, '1234567');
    });

    it('ignores surrounding whitespace, including no-break spaces', () => {
      expectValue(`  ${NBSP}1 064,1\t\n`, '1064.1');
    });
  });

  describe('decimal signs', () => {
    it('reads a comma as the decimal sign', () => {
      expectValue('1,5', '1.5');
    });

    it.each([
      ['1064.1', '1064.1'],
      ['-0.5', '-0.5'],
      ['0.125', '0.125'],
      ['12345.678', '12345.678'],
    ])('reads plain notation %j with a decimal point', (text, expected) => {
      expectValue(text, expected);
    });
  });

  describe('refusals', () => {
    it.each<[string, string, NumberFormatErrorCode]>([
      ['an empty text', '', 'empty'],
      ['a text of only spaces', ` ${NBSP} `, 'empty'],
      ['letters', 'abc', 'malformed'],
      ['a number followed by a word', '12 tkr', 'malformed'],
      ['a trailing minus sign', '5-', 'malformed'],
      ['a sign with no digits', '-', 'malformed'],
      ['a doubled sign', '--5', 'malformed'],
      ['a space between the sign and the digits', '- 5', 'malformed'],
      ['a number in parentheses', '(5)', 'malformed'],
      ['a comma with no digit before it', ',5', 'malformed'],
      ['a comma with no digit after it', '5,', 'malformed'],
      ['more than one decimal comma', '1,2,3', 'malformed'],
      ['spaces among the decimals', '3,141 59', 'malformed'],
      ['a decimal point after spaced thousands', '1 064.5', 'malformed'],
      ['exponential notation', '1e5', 'malformed'],
      ['a tab between the groups', '1\t234', 'malformed'],
      ['a thousands group of two digits', '12 34', 'bad_grouping'],
      ['a thousands group of four digits', '1 2345', 'bad_grouping'],
      ['a leading group of four digits', '1234 567', 'bad_grouping'],
      ['two spaces between groups', '1  234', 'bad_grouping'],
      ['points between thousands', '1.064.000', 'ambiguous'],
      ['commas between thousands', '1,064,000', 'ambiguous'],
      ['a point followed by exactly three digits', '1.064', 'ambiguous'],
      ['both a comma and a point', '1,064.5', 'ambiguous'],
      ['both a point and a comma', '1.064,5', 'ambiguous'],
    ])('rejects %s (%j) as %s', (_description, text, code) => {
      const error = refusal(text);
      expect(error.code).toBe(code);
      expect(error.text).toBe(text);
      expect(error.message).not.toBe('');
    });

    it('is an Error named NumberFormatError', () => {
      const error = refusal('abc');
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('NumberFormatError');
    });
  });
});
