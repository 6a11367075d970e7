import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { fromScaledInteger, maxStoredDecimals, ScaledIntegerError, toScaledInteger } from '../../../src/core/numbers/scaled-integer.js';
import { toBaseUnit, UNITS, type Unit } from '../../../src/core/numbers/units.js';

describe('scaled integers (value_e4)', () => {
  it.each([
    ['24.5', 'mnkr', 245_000_000_000n],
    ['-4519', 'tkr', -45_190_000_000n],
    ['1234.56', 'kr', 12_345_600n],
    ['2.73', '%', 27_300n],
    ['-0.37', '%', -3_700n],
    ['12', 'st', 120_000n],
    ['3.5', 'årsarbetare', 35_000n],
  ] as const)('stores %s %s as the base-unit value × 10 000', (value, unit, scaled) => {
    expect(toScaledInteger(new Dec(value), unit)).toBe(scaled);
  });

  it('stores the same amount the same way whatever money unit it was written in', () => {
    const inMnkr = toScaledInteger(new Dec('6.2'), 'mnkr');
    expect(toScaledInteger(new Dec('6200'), 'tkr')).toBe(inMnkr);
    expect(toScaledInteger(new Dec('6200000'), 'kr')).toBe(inMnkr);
  });

  const samples = ['0', '1', '-1', '0.0001', '-552.9', '1064.1', '-114196', '696353', '2.73', '-0.37', '123456789.1234'];
  it.each(UNITS.flatMap((unit) => samples.map((value) => [value, unit] as const)))('gives back %s %s after a round trip', (value, unit) => {
    const exact = new Dec(value);
    const back = fromScaledInteger(toScaledInteger(exact, unit), unit);
    expect(back.equals(exact)).toBe(true);
  });

  it('uses the finest precision the unit allows: 1/10 000 kr written in mnkr', () => {
    const value = new Dec('0.0000000001');
    expect(toScaledInteger(value, 'mnkr')).toBe(1n);
    expect(fromScaledInteger(1n, 'mnkr').equals(value)).toBe(true);
    expect(maxStoredDecimals('mnkr')).toBe(10);
  });

  it.each<[string, Unit]>([
    ['0.00001', 'kr'],
    ['0.00000001', 'tkr'],
    ['0.00000000001', 'mnkr'],
    ['2.73001', '%'],
    ['-1.00005', 'st'],
  ])('rejects %s %s, finer than 1/10 000 of the base unit, instead of rounding it', (value, unit) => {
    let caught: unknown;
    try {
      toScaledInteger(new Dec(value), unit);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScaledIntegerError);
    expect((caught as ScaledIntegerError).code).toBe('too_precise');
    expect((caught as ScaledIntegerError).message).toContain(unit);
  });

  it('rejects values that are not finite', () => {
    expect(() => toScaledInteger(new Dec(NaN), 'kr')).toThrow(ScaledIntegerError);
    expect(() => toScaledInteger(new Dec(-Infinity), 'tkr')).toThrow(ScaledIntegerError);
  });

  it('stays exact beyond the 40 significant digits of arithmetic and beyond 2^53', () => {
    const huge = new Dec('98765432109876543210987654321098765432109.8765');
    const scaled = toScaledInteger(huge, 'kr');
    expect(scaled).toBe(987654321098765432109876543210987654321098765n);
    expect(fromScaledInteger(scaled, 'kr').equals(huge)).toBe(true);
  });

  it('reads a stored integer back in a larger money unit exactly', () => {
    const stored = toScaledInteger(new Dec('-4519'), 'tkr');
    expect(fromScaledInteger(stored, 'mnkr').equals(new Dec('-4.519'))).toBe(true);
    expect(fromScaledInteger(stored, 'kr').equals(toBaseUnit(new Dec('-4519'), 'tkr'))).toBe(true);
  });

  it('never gives back a negative zero', () => {
    expect(toScaledInteger(new Dec('-0'), 'tkr')).toBe(0n);
    expect(fromScaledInteger(0n, 'tkr').isNegative()).toBe(false);
  });
});
