// Reads an amount as people write it in questions and reports: a Swedish number
// followed by an optional unit word (`24,5 mnkr`, `−4 519 tkr`, `10,24%`,
// `5 procent`). The number rules are parseSwedishNumber's; this only splits off
// and resolves the unit.
import type { Dec } from './decimal.js';
import { NumberFormatError } from './number-format-error.js';
import { parseSwedishNumber } from './parse-swedish-number.js';
import { UNIT_WORDS, unitFromWord } from './unit-from-word.js';
import type { Unit } from './units.js';

/** A parsed amount: its exact value and the unit written after it (null when none was written). */
export interface ParsedAmount {
  readonly value: Dec;
  readonly unit: Unit | null;
}

// A trailing "%" or word of letters (å, ä, ö included), with or without
// whitespace (\s covers no-break and thin spaces) before it.
const TRAILING_UNIT = /^(.*?)\s*(%|\p{L}+)$/su;

/** The value and unit of an amount text; throws NumberFormatError for a bad number (its own codes) or an unknown unit word (`unknown_unit`). */
export function parseAmount(text: string): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === '') throw new NumberFormatError('empty', text, 'there is no amount, only whitespace');
  const match = TRAILING_UNIT.exec(trimmed);
  const numberText = match ? (match[1] ?? '') : trimmed;
  const unitWord = match ? (match[2] ?? '') : null;
  if (numberText.trim() === '') throw new NumberFormatError('malformed', text, 'there is no number, only a word');

  let value: Dec;
  try {
    value = parseSwedishNumber(numberText);
  } catch (error) {
    // Report the whole amount, not just its number part, as the offending text.
    if (error instanceof NumberFormatError) throw new NumberFormatError(error.code, text, error.message);
    throw error;
  }
  if (unitWord === null) return { value, unit: null };
  const unit = unitFromWord(unitWord);
  if (unit === null) {
    throw new NumberFormatError('unknown_unit', text, `"${unitWord}" is not a known unit: use one of ${[...UNIT_WORDS.keys()].join(', ')}`);
  }
  return { value, unit };
}
