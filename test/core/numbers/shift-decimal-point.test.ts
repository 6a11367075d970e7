import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { shiftDecimalPoint } from '../../../src/core/numbers/shift-decimal-point.js';

describe('shiftDecimalPoint', () => {
  it('multiplies by a power of ten in either direction', () => {
    expect(shiftDecimalPoint(new Dec('-1.2345'), 3).equals(new Dec('-1234.5'))).toBe(true);
    expect(shiftDecimalPoint(new Dec('6200'), -6).equals(new Dec('0.0062'))).toBe(true);
  });

  it('keeps every digit even beyond the configured precision', () => {
    const digits = '123456789012345678901234567890123456789012345';
    expect(shiftDecimalPoint(new Dec(digits), -5).toFixed()).toBe(`${digits.slice(0, -5)}.${digits.slice(-5)}`);
  });

  it('returns zero unsigned', () => {
    expect(shiftDecimalPoint(new Dec('-0'), 4).isNegative()).toBe(false);
  });

  it('rejects a fractional number of places', () => {
    expect(() => shiftDecimalPoint(new Dec(1), 0.5)).toThrow(RangeError);
  });
});
