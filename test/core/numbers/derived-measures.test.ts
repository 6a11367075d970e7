import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { changeAgainst, deviation, deviationPercent } from '../../../src/core/numbers/derived-measures.js';

const d = (value: string | number): Dec => new Dec(value);

describe('deviation', () => {
  it('is positive when a higher-is-better result beats its budget', () => {
    // Seed 000: Ack resultat −552,9 against Ack budget −577,4 gives +24,5.
    expect(deviation(d('-552.9'), d('-577.4'), 'higher').equals(d('24.5'))).toBe(true);
  });

  it('is negative when a higher-is-better cost line (costs negative) exceeds its budget', () => {
    // Seed 003: Personalkostnader −114 196 against budget −112 465.
    expect(deviation(d(-114196), d(-112465), 'higher').equals(d(-1731))).toBe(true);
  });

  it('is positive when a lower-is-better measure stays under its target', () => {
    // Seed 000: sick leave 2,73 % against a target of 5,2 %.
    expect(deviation(d('2.73'), d('5.2'), 'lower').equals(d('2.47'))).toBe(true);
  });

  it('is negative when a lower-is-better measure exceeds its target', () => {
    expect(deviation(d('3.4'), d('3.0'), 'lower').equals(d('-0.4'))).toBe(true);
  });

  it('turns sign between the two directions for the same figures', () => {
    const higher = deviation(d('10.24'), d('11'), 'higher');
    const lower = deviation(d('10.24'), d('11'), 'lower');
    expect(higher.equals(lower.negated())).toBe(true);
  });

  it('is an unsigned zero when outcome equals budget', () => {
    const zero = deviation(d('-577.4'), d('-577.4'), 'higher');
    expect(zero.isZero()).toBe(true);
    expect(zero.isNegative()).toBe(false);
  });
});

describe('deviationPercent', () => {
  it('relates the deviation to the size of a negative budget, keeping the deviation’s sign', () => {
    const percent = deviationPercent(d('24.5'), d('-577.4'));
    expect(percent).not.toBeNull();
    expect(percent!.isPositive()).toBe(true);
    expect(percent!.toDecimalPlaces(2).equals(d('4.24'))).toBe(true);
  });

  it('is exactly 10 for a deviation of 50 on a budget of 500', () => {
    expect(deviationPercent(d(50), d(500))!.equals(d(10))).toBe(true);
    expect(deviationPercent(d(-50), d(-500))!.equals(d(-10))).toBe(true);
  });

  it('is not rounded: a third keeps 40 significant digits', () => {
    const percent = deviationPercent(d(1), d(3))!;
    expect(percent.toFixed(10)).toBe('33.3333333333');
    expect(percent.precision()).toBe(40);
  });

  it('is null when the budget is zero', () => {
    expect(deviationPercent(d(5), d(0))).toBeNull();
  });
});

describe('changeAgainst', () => {
  it('gives the change and its percentage of a positive previous figure', () => {
    const { change, percent } = changeAgainst(d(110), d(100));
    expect(change.equals(d(10))).toBe(true);
    expect(percent!.equals(d(10))).toBe(true);
  });

  it('gives a negative percentage when a cost (negative) grows', () => {
    // Seed 003: Personalkostnader −70 328 this year against −64 523 last year.
    const { change, percent } = changeAgainst(d(-70328), d(-64523));
    expect(change.equals(d(-5805))).toBe(true);
    expect(percent!.isNegative()).toBe(true);
    expect(percent!.toDecimalPlaces(2).equals(d('-9.00'))).toBe(true);
  });

  it('has no percentage when the previous figure is zero', () => {
    const { change, percent } = changeAgainst(d(7), d(0));
    expect(change.equals(d(7))).toBe(true);
    expect(percent).toBeNull();
  });
});
