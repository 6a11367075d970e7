import { describe, it, expect } from 'vitest';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { convertUnit, fromBaseUnit, isMoneyUnit, MONEY_UNITS, toBaseUnit, UnitConversionError, unitSchema, UNITS, type Unit } from '../../../src/core/numbers/units.js';

const NON_MONEY: Unit[] = UNITS.filter((unit) => !isMoneyUnit(unit));

describe('units', () => {
  it('recognises exactly kr, tkr and mnkr as money', () => {
    expect(UNITS.filter(isMoneyUnit)).toEqual([...MONEY_UNITS]);
    expect(isMoneyUnit('%')).toBe(false);
    expect(isMoneyUnit('Tkr')).toBe(false);
  });

  it('validates unit names with the zod schema', () => {
    for (const unit of UNITS) expect(unitSchema.parse(unit)).toBe(unit);
    expect(unitSchema.safeParse('mkr').success).toBe(false);
    expect(unitSchema.safeParse('TKR').success).toBe(false);
  });

  describe('toBaseUnit and fromBaseUnit', () => {
    it.each([
      ['24.5', 'mnkr', '24500000'],
      ['-4519', 'tkr', '-4519000'],
      ['-552.9', 'tkr', '-552900'],
      ['1234.56', 'kr', '1234.56'],
    ] as const)('expresses %s %s as %s kr', (value, unit, kr) => {
      expect(toBaseUnit(new Dec(value), unit).equals(new Dec(kr))).toBe(true);
      expect(fromBaseUnit(new Dec(kr), unit).equals(new Dec(value))).toBe(true);
    });

    it('leaves non-money units unchanged', () => {
      for (const unit of NON_MONEY) {
        expect(toBaseUnit(new Dec('2.73'), unit).equals(new Dec('2.73'))).toBe(true);
        expect(fromBaseUnit(new Dec('2.73'), unit).equals(new Dec('2.73'))).toBe(true);
      }
    });

    it('stays exact for values with more digits than the decimal precision', () => {
      const long = '1234567890123456789012345678901234567890.123456789';
      expect(toBaseUnit(new Dec(long), 'mnkr').toFixed()).toBe('1234567890123456789012345678901234567890123456.789');
    });
  });

  describe('convertUnit', () => {
    it('converts tkr to mnkr and back exactly', () => {
      const tkr = new Dec('-696353');
      const mnkr = convertUnit(tkr, 'tkr', 'mnkr');
      expect(mnkr.equals(new Dec('-696.353'))).toBe(true);
      expect(convertUnit(mnkr, 'mnkr', 'tkr').equals(tkr)).toBe(true);
    });

    it('converts 6,2 mnkr to 6 200 tkr', () => {
      expect(convertUnit(new Dec('6.2'), 'mnkr', 'tkr').equals(new Dec(6200))).toBe(true);
    });

    it('converts kr to mnkr without rounding', () => {
      expect(convertUnit(new Dec('1'), 'kr', 'mnkr').equals(new Dec('0.000001'))).toBe(true);
    });

    it('returns the value itself for a unit converted to the same unit', () => {
      expect(convertUnit(new Dec('2.73'), '%', '%').equals(new Dec('2.73'))).toBe(true);
    });

    it('refuses to turn money into a non-money unit or back', () => {
      expect(() => convertUnit(new Dec(1), 'tkr', '%')).toThrow(UnitConversionError);
      expect(() => convertUnit(new Dec(1), 'st', 'kr')).toThrow(UnitConversionError);
    });

    it('refuses to convert between different non-money units', () => {
      expect(() => convertUnit(new Dec(1), '%', 'index')).toThrow(UnitConversionError);
    });
  });
});
