import { describe, expect, it } from 'vitest';
import { formatEnglishAmount } from '../../src/charts/format-english-amount.js';
import { Dec } from '../../src/core/numbers/decimal.js';

describe('formatEnglishAmount', () => {
  it('writes thousands with commas, a decimal point and the unit after a no-break space', () => {
    expect(formatEnglishAmount(new Dec('24.5'), 'mnkr', { decimals: 1, signed: true })).toBe('+24.5\u00A0mnkr');
    expect(formatEnglishAmount(new Dec('-4519'), 'tkr', { decimals: 0, signed: true })).toBe('\u22124,519\u00A0tkr');
    expect(formatEnglishAmount(new Dec('1234567.891'), 'kr', { decimals: 2 })).toBe('1,234,567.89\u00A0kr');
  });

  it('rounds half away from zero and never writes −0', () => {
    expect(formatEnglishAmount(new Dec('-2.25'), 'mnkr', { decimals: 1, signed: true })).toBe('\u22122.3\u00A0mnkr');
    expect(formatEnglishAmount(new Dec('-0.04'), 'mnkr', { decimals: 1, signed: true })).toBe('0.0\u00A0mnkr');
  });

  it('rejects decimals outside 0–20', () => {
    expect(() => formatEnglishAmount(new Dec('1'), 'kr', { decimals: 21 })).toThrow(RangeError);
  });
});
