import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { parseAmount } from '../../../src/core/numbers/parse-amount.js';
import { NumberFormatError, type NumberFormatErrorCode } from '../../../src/core/numbers/number-format-error.js';
import type { Unit } from '../../../src/core/numbers/units.js';

function refusalCode(text: string): NumberFormatErrorCode {
  try {
    parseAmount(text);
  } catch (error) {
    if (error instanceof NumberFormatError) {
      expect(error.text).toBe(text);
      return error.code;
    }
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseAmount', () => {
  it.each<[string, string, Unit]>([
    // As written in the seed reports (test/fixtures/seeds/*.txt).
    ['24,5 mnkr', '24.5', 'mnkr'],
    ['+24,5 mnkr', '24.5', 'mnkr'],
    ['-8,6 mnkr', '-8.6', 'mnkr'],
    ['6 200 tkr', '6200', 'tkr'],
    ['-696 353 tkr', '-696353', 'tkr'],
    ['-552,9 tkr', '-552.9', 'tkr'],
    ['2,73 %', '2.73', '%'],
    ['10,24 %', '10.24', '%'],
    ['-0,37 %', '-0.37', '%'],
    ['+4,2%', '4.2', '%'],
    ['5 procent', '5', '%'],
    // Other ways of writing units.
    ['10,24%', '10.24', '%'],
    ['-4 519 tkr', '-4519', 'tkr'],
    ['\u22124\u00A0519\u00A0tkr', '-4519', 'tkr'],
    ['1 234 kr', '1234', 'kr'],
    ['3 mkr', '3', 'mnkr'],
    ['3 Mkr', '3', 'mnkr'],
    ['3 MNKR', '3', 'mnkr'],
    ['12 st', '12', 'st'],
    ['3,5 årsarbetare', '3.5', 'årsarbetare'],
    ['78 index', '78', 'index'],
    ['3,9 skala', '3.9', 'skala'],
    ['5tkr', '5', 'tkr'],
  ])('reads %j as %s %s', (text, value, unit) => {
    const amount = parseAmount(text);
    expect(amount.value.equals(new Dec(value))).toBe(true);
    expect(amount.unit).toBe(unit);
  });

  it('gives a null unit when no unit is written', () => {
    const amount = parseAmount(' -114 196 ');
    expect(amount.value.equals(new Dec(-114196))).toBe(true);
    expect(amount.unit).toBeNull();
  });

  it('rejects an unknown unit word instead of guessing its scale', () => {
    expect(refusalCode('5 mdkr')).toBe('unknown_unit');
    expect(refusalCode('5 äpplen')).toBe('unknown_unit');
  });

  it('rejects a unit with no number', () => {
    expect(refusalCode('tkr')).toBe('malformed');
  });

  it('rejects an empty amount', () => {
    expect(refusalCode('  ')).toBe('empty');
  });

  it('keeps the number rule that failed, reporting the whole amount text', () => {
    expect(refusalCode('12 34 tkr')).toBe('bad_grouping');
    expect(refusalCode('1.064 tkr')).toBe('ambiguous');
    expect(refusalCode('5- tkr')).toBe('malformed');
  });
});
