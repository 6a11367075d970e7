// The units a figure can carry and the exact conversions between money units.
// Money is stored in kr (see scaled-integer.ts); tkr and mnkr are only
// display scales of the same quantity, while the other units are quantities of
// their own that never convert into each other.
import { z } from 'zod';
import { Dec } from './decimal.js';
import { shiftDecimalPoint } from './shift-decimal-point.js';

/** The money units, smallest first; all of them convert exactly into kr. */
export const MONEY_UNITS = ['kr', 'tkr', 'mnkr'] as const;

/** Every unit a stored figure may have. */
export const UNITS = ['kr', 'tkr', 'mnkr', '%', 'st', 'index', 'årsarbetare', 'skala'] as const;

/** A unit of a stored figure. */
export type Unit = (typeof UNITS)[number];

/** A money unit: kr, tkr or mnkr. */
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Zod schema accepting exactly the names in UNITS. */
export const unitSchema = z.enum(UNITS);

/** Zod schema accepting exactly the names in MONEY_UNITS. */
export const moneyUnitSchema = z.enum(MONEY_UNITS);

/** Thrown when a conversion would turn one kind of quantity into another (money into a percentage, say). */
export class UnitConversionError extends Error {
  override readonly name = 'UnitConversionError';
  constructor(
    readonly from: Unit,
    readonly to: Unit,
  ) {
    super(`cannot convert ${from} to ${to}: only money units (${MONEY_UNITS.join(', ')}) convert into each other`);
  }
}

// Powers of ten from the unit to its base unit: 1 tkr = 10^3 kr, 1 mnkr = 10^6 kr.
const BASE_EXPONENT: Readonly<Record<Unit, number>> = {
  kr: 0,
  tkr: 3,
  mnkr: 6,
  '%': 0,
  st: 0,
  index: 0,
  årsarbetare: 0,
  skala: 0,
};

/** True exactly for kr, tkr and mnkr; narrows the type to MoneyUnit. */
export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return (MONEY_UNITS as readonly string[]).includes(unit);
}

/** The power of ten that turns a value in `unit` into its base unit (3 for tkr, 6 for mnkr, 0 otherwise). */
export function baseUnitExponent(unit: Unit): number {
  return BASE_EXPONENT[unit];
}

/** The value in its base unit (kr for money, the unit itself otherwise), exactly. */
export function toBaseUnit(value: Dec, unit: Unit): Dec {
  return shiftDecimalPoint(value, BASE_EXPONENT[unit]);
}

/** A value given in the base unit (kr for money) expressed in `unit`, exactly. */
export function fromBaseUnit(valueInBase: Dec, unit: Unit): Dec {
  return shiftDecimalPoint(valueInBase, -BASE_EXPONENT[unit]);
}

/** The value re-expressed from one unit in another, exactly; throws UnitConversionError unless both are money or the units are equal. */
export function convertUnit(value: Dec, from: Unit, to: Unit): Dec {
  // Unchanged: the value itself (decimals are immutable). A statement converts every figure it
  // shows, mostly to its own unit, and a copy through text cost a ranking of 400 units 4 ms.
  // A decimal of another clone, or a negative zero, is still copied as before.
  if (from === to && value.constructor === Dec && !value.isZero()) return value;
  if (from === to) return shiftDecimalPoint(value, 0);
  if (!isMoneyUnit(from) || !isMoneyUnit(to)) throw new UnitConversionError(from, to);
  return shiftDecimalPoint(value, BASE_EXPONENT[from] - BASE_EXPONENT[to]);
}
