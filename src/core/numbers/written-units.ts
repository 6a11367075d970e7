// The names reports write units by, and the unit Utfall keeps each as. "mkr",
// "Mkr" and "MSEK" are mnkr, "TSEK" is tkr, "SEK" is kr: the same quantity under
// another name. "mdkr" (miljarder kronor) is a scale Utfall has no unit for, so its
// value is shifted exactly into mnkr. The written name is stored beside the figure.
import { UNITS, type Unit } from './units.js';

/** Each accepted written name: Utfall's unit and the power of ten from the written unit to it. */
const WRITTEN_UNITS: Readonly<Record<string, { unit: Unit; shift: number }>> = {
  sek: { unit: 'kr', shift: 0 },
  tsek: { unit: 'tkr', shift: 0 },
  mkr: { unit: 'mnkr', shift: 0 },
  msek: { unit: 'mnkr', shift: 0 },
  mdkr: { unit: 'mnkr', shift: 3 },
};

/** The written units accepted besides UNITS, as the import format lists them. */
export const WRITTEN_UNIT_NAMES = ['mkr', 'Mkr', 'MSEK', 'TSEK', 'SEK', 'mdkr'] as const;

/** How a written unit is read: Utfall's unit and the shift of the decimal point into it; null when not a unit. */
export function readWrittenUnit(written: string): { unit: Unit; shift: number } | null {
  const text = written.trim();
  if ((UNITS as readonly string[]).includes(text)) return { unit: text as Unit, shift: 0 };
  const lower = text.toLowerCase();
  if ((UNITS as readonly string[]).includes(lower)) return { unit: lower as Unit, shift: 0 };
  return WRITTEN_UNITS[lower] ?? null;
}

/** The money unit a written organisation unit means (tkr, mnkr, kr), or null. */
export function writtenMoneyUnit(written: string): Unit | null {
  const read = readWrittenUnit(written);
  return read && read.shift === 0 ? read.unit : null;
}
