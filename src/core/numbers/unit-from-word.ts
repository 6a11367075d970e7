// The unit words people actually write next to figures, mapped to stored units.
// Kept as an explicit list: guessing at a unit (is "mdkr" tkr or mnkr?) could
// misstate an amount a thousandfold, so an unlisted word is refused upstream.
import type { Unit } from './units.js';

/** Accepted unit words in lower case (including every canonical unit name) and the unit each means. */
export const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['kr', 'kr'],
  ['kronor', 'kr'],
  ['sek', 'kr'],
  ['tkr', 'tkr'],
  ['ksek', 'tkr'],
  ['mnkr', 'mnkr'],
  // "mkr"/"Mkr" is the common Swedish abbreviation for miljoner kronor.
  ['mkr', 'mnkr'],
  ['msek', 'mnkr'],
  ['%', '%'],
  ['procent', '%'],
  ['st', 'st'],
  ['stycken', 'st'],
  ['index', 'index'],
  ['årsarbetare', 'årsarbetare'],
  ['skala', 'skala'],
]);

/** The unit a written unit word stands for (case-insensitive, surrounding whitespace ignored), or null for a word not in UNIT_WORDS. */
export function unitFromWord(word: string): Unit | null {
  return UNIT_WORDS.get(word.trim().toLowerCase()) ?? null;
}
