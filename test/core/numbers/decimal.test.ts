import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';

describe('Dec', () => {
  it('rounds halves away from zero, for negatives too', () => {
    expect(new Dec('2.5').toDecimalPlaces(0).toString()).toBe('3');
    expect(new Dec('-2.5').toDecimalPlaces(0).toString()).toBe('-3');
    expect(new Dec('-0.125').toDecimalPlaces(2).toString()).toBe('-0.13');
  });

  it('keeps 40 significant digits in a division', () => {
    const third = new Dec(1).dividedBy(3);
    expect(third.precision()).toBe(40);
  });

  it('adds money exactly', () => {
    expect(new Dec('0.1').plus('0.2').equals('0.3')).toBe(true);
  });
});
