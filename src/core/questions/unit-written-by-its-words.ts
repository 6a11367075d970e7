// Whether a question's word writes a unit by its own name, not by another language's word for
// it: a word of its name or alias as written or in the genitive ("etableringsenheten",
// "etableringsenhetens"), or the first word of its name joined to a word for a unit
// ("etablering|s|enhetens", "vuxenutbildnings|avdelningen"). Such a word says a unit, so a line
// the name's first word also names (Statsbidrag etablering) is no alternative to offer.
import type { OrganisationRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';
import { isNameHead } from './find-organisation-mention.js';

// A first word shorter than this joined to a kind word is too likely another word's beginning.
const MIN_FIRST_WORD = 4;

/** `rest` is a word for a unit, perhaps in the genitive ("enhetens"). */
const isUnitWord = (rest: string) => isNameHead(rest) || (rest.endsWith('s') && isNameHead(rest.slice(0, -1)));

/** Whether the folded `word` writes `organisation` by its name's or an alias's own words. */
export function unitWrittenByItsWords(word: string, organisation: OrganisationRecord): boolean {
  const names = [organisation.name, ...organisation.aliases].map((name) => foldedWords(name));
  const nameWords = names.flat();
  if (nameWords.includes(word) || (word.endsWith('s') && nameWords.includes(word.slice(0, -1)))) return true;
  return names.some(([first]) => first !== undefined && first.length >= MIN_FIRST_WORD && word.startsWith(first) && isUnitWord(word.slice(first.length)));
}
