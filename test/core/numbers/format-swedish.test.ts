import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { defaultDecimals, formatAmount, formatNumber, formatPercent } from '../../../src/core/numbers/format-swedish.js';
import { parseAmount } from '../../../src/core/numbers/parse-amount.js';
import { parseSwedishNumber } from '../../../src/core/numbers/parse-swedish-number.js';
import { UNITS } from '../../../src/core/numbers/units.js';

const NBSP = '\u00A0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands with no-break spaces and writes a decimal comma', () => {
    expect(formatNumber(new Dec('1234567.891'), 2)).toBe(`1${NBSP}234${NBSP}567,89`);
  });

  it('does not group numbers below a thousand', () => {
    expect(formatNumber(new Dec('999'), 0)).toBe('999');
  });

  it('writes negatives with U+2212, not a hyphen', () => {
    const text = formatNumber(new Dec('-4519'), 0);
    expect(text).toBe(`${MINUS}4${NBSP}519`);
    expect(text).not.toContain('-');
  });

  it('pads with zeros up to the requested decimals', () => {
    expect(formatNumber(new Dec('24'), 1)).toBe('24,0');
  });

  it.each([
    ['2.5', 0, '3'],
    ['-2.5', 0, `${MINUS}3`],
    ['0.125', 2, '0,13'],
    ['-0.125', 2, `${MINUS}0,13`],
    ['1064.05', 1, `1${NBSP}064,1`],
    ['-1064.05', 1, `${MINUS}1${NBSP}064,1`],
    ['2.4999', 0, '2'],
  ])('rounds %s half away from zero to %i decimals as %j', (value, decimals, expected) => {
    expect(formatNumber(new Dec(value), decimals)).toBe(expected);
  });

  it.each([
    ['-0.004', 2, '0,00'],
    ['-0.4', 0, '0'],
    ['-0', 1, '0,0'],
  ])('never prints a negative zero: %s to %i decimals is %j', (value, decimals, expected) => {
    expect(formatNumber(new Dec(value), decimals)).toBe(expected);
  });

  it('rounds a value that is not exactly representable in binary without drift', () => {
    // 1.005 is 1.00499999999999989… as a binary float, which would round down.
    expect(formatNumber(new Dec('1.005'), 2)).toBe('1,01');
  });

  it('rejects a negative or fractional number of decimals', () => {
    expect(() => formatNumber(new Dec(1), -1)).toThrow(RangeError);
    expect(() => formatNumber(new Dec(1), 1.5)).toThrow(RangeError);
  });

  it('rejects values that are not finite', () => {
    expect(() => formatNumber(new Dec(NaN), 0)).toThrow(RangeError);
    expect(() => formatNumber(new Dec(Infinity), 0)).toThrow(RangeError);
  });
});

describe('formatAmount', () => {
  it.each([
    ['70328', 'tkr', `70${NBSP}328${NBSP}tkr`],
    ['24.5', 'mnkr', `24,5${NBSP}mnkr`],
    ['2.73', '%', `2,73${NBSP}%`],
    ['-4519', 'tkr', `${MINUS}4${NBSP}519${NBSP}tkr`],
    ['1234', 'kr', `1${NBSP}234${NBSP}kr`],
    ['12', 'st', `12${NBSP}st`],
  ] as const)('writes %s %s as %j with the unit’s default decimals', (value, unit, expected) => {
    expect(formatAmount(new Dec(value), unit)).toBe(expected);
  });

  it('lets the caller choose the decimals', () => {
    expect(formatAmount(new Dec('1064.14'), 'mnkr', { decimals: 2 })).toBe(`1${NBSP}064,14${NBSP}mnkr`);
    expect(formatAmount(new Dec('-552.94'), 'tkr', { decimals: 1 })).toBe(`${MINUS}552,9${NBSP}tkr`);
  });

  it('puts a plus sign before positive deviations when signed', () => {
    expect(formatAmount(new Dec('24.5'), 'mnkr', { signed: true })).toBe(`+24,5${NBSP}mnkr`);
    expect(formatAmount(new Dec('-8.6'), 'mnkr', { signed: true })).toBe(`${MINUS}8,6${NBSP}mnkr`);
  });

  it('gives zero no sign even when signed, also when it was a small negative before rounding', () => {
    expect(formatAmount(new Dec(0), 'tkr', { signed: true })).toBe(`0${NBSP}tkr`);
    expect(formatAmount(new Dec('-0.04'), 'mnkr', { signed: true })).toBe(`0,0${NBSP}mnkr`);
  });

  it('has a default number of decimals for every unit', () => {
    for (const unit of UNITS) expect(Number.isInteger(defaultDecimals(unit))).toBe(true);
    expect(defaultDecimals('tkr')).toBe(0);
    expect(defaultDecimals('mnkr')).toBe(1);
    expect(defaultDecimals('%')).toBe(2);
  });
});

describe('formatPercent', () => {
  it('writes two decimals and a no-break space before the percent sign', () => {
    expect(formatPercent(new Dec('10.244'))).toBe(`10,24${NBSP}%`);
    expect(formatPercent(new Dec('-0.365'))).toBe(`${MINUS}0,37${NBSP}%`);
  });

  it('takes other decimals and an optional sign', () => {
    expect(formatPercent(new Dec('4.2'), 1, { signed: true })).toBe(`+4,2${NBSP}%`);
  });
});

describe('format then parse', () => {
  const values = ['0', '0.5', '-0.5', '2.73', '-0.37', '24.5', '-552.94', '1064.1', '-114196', '696353.499', '-1234567.8951', '999.995'];

  it.each(values.flatMap((value) => [0, 1, 2, 4].map((decimals) => [value, decimals] as const)))(
    'gives back %s rounded to %i decimals',
    (value, decimals) => {
      const exact = new Dec(value);
      const shown = formatNumber(exact, decimals);
      expect(parseSwedishNumber(shown).equals(exact.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP))).toBe(true);
    },
  );

  it.each(UNITS.flatMap((unit) => values.map((value) => [value, unit] as const)))('gives back the value and unit of %s %s', (value, unit) => {
    const exact = new Dec(value);
    const parsed = parseAmount(formatAmount(exact, unit, { signed: true }));
    expect(parsed.unit).toBe(unit);
    expect(parsed.value.equals(exact.toDecimalPlaces(defaultDecimals(unit), Dec.ROUND_HALF_UP))).toBe(true);
  });
});
