// The interval arithmetic of the import's checks: what rounding allows, and when a
// difference is a unit or sign error.
import { describe, expect, it } from 'vitest';
import { difference, differenceFormula, intervalOf, judge, percentOf, sum, sumFormula } from '../../../src/core/import/check-arithmetic.js';
import { Dec } from '../../../src/core/numbers/decimal.js';

const printed = (value: string, unit: 'tkr' | 'mnkr' | '%' = 'tkr', decimals = 0) => ({ value: new Dec(value), unit, decimals, line: 1 });
const plain = (text: string) => text.replace(/\u00A0/gu, ' ');

describe('judge', () => {
  const forecastLessBudget = difference(intervalOf(printed('-112465')), intervalOf(printed('-114196')));

  it('finds a printed figure that agrees, or differs within the rounding of the figures', () => {
    expect(judge(printed('1731'), forecastLessBudget)).toEqual({ outcome: 'agrees' });
    // Three figures each half a unit off: up to 1,5 apart.
    expect(judge(printed('1730'), forecastLessBudget)).toEqual({ outcome: 'rounding' });
    expect(judge(printed('1729'), forecastLessBudget)).toEqual({ outcome: 'warning' });
  });

  it('tells a unit error and a flipped sign from a plain disagreement', () => {
    expect(judge(printed('1731', 'mnkr'), forecastLessBudget)).toEqual({ error: 'unit', factor: new Dec(1000) });
    expect(judge(printed('1,731'.replace(',', '.'), 'tkr', 3), difference(intervalOf(printed('-112465', 'mnkr')), intervalOf(printed('-114196', 'mnkr'))))).toMatchObject({ error: 'unit' });
    expect(judge(printed('-1731'), forecastLessBudget)).toEqual({ error: 'sign' });
    expect(judge(printed('2000'), forecastLessBudget)).toEqual({ outcome: 'warning' });
  });

  it('never calls a difference around zero a sign error', () => {
    const level = difference(intervalOf(printed('-7986')), intervalOf(printed('-7986')));
    expect(judge(printed('0'), level)).toEqual({ outcome: 'agrees' });
    expect(judge(printed('-1'), level)).toEqual({ outcome: 'rounding' });
  });

  it('bounds a percentage by the corners of its operands', () => {
    const percent = percentOf(intervalOf(printed('24.5', 'mnkr', 1)), intervalOf(printed('-577.4', 'mnkr', 1)))!;
    expect(judge(printed('4.2', '%', 1), percent)).toEqual({ outcome: 'agrees' });
    expect(judge(printed('4.3', '%', 1), percent)).toEqual({ outcome: 'rounding' });
    expect(judge(printed('5.2', '%', 1), percent)).toEqual({ outcome: 'warning' });
    expect(percentOf(intervalOf(printed('1')), intervalOf(printed('0')))).toBeNull();
  });

  it('sums parts with the rounding of each', () => {
    const parts = sum([printed('-11.0', 'mnkr', 1), printed('-5.7', 'mnkr', 1), printed('-9.0', 'mnkr', 1), printed('31.9', 'mnkr', 1)].map(intervalOf));
    expect(judge(printed('6.2', 'mnkr', 1), parts)).toEqual({ outcome: 'agrees' });
  });
});

describe('formulas', () => {
  it('write the arithmetic as a reader does it', () => {
    expect(plain(differenceFormula({ value: new Dec('-112465'), decimals: 0 }, { value: new Dec('-114196'), decimals: 0 }))).toBe('114 196 − 112 465');
    expect(plain(differenceFormula({ value: new Dec('-16'), decimals: 0 }, { value: new Dec('142'), decimals: 0 }))).toBe('−16 − 142');
    expect(plain(differenceFormula({ value: new Dec('3117'), decimals: 0 }, { value: new Dec('-172'), decimals: 0 }))).toBe('3 117 + 172');
    expect(plain(sumFormula([{ value: new Dec('-11'), decimals: 1 }, { value: new Dec('31.9'), decimals: 1 }]))).toBe('−11,0 + 31,9');
  });
});
