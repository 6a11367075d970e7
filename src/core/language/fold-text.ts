// Text as the matcher compares it: invisible and bidirectional control characters
// removed, lookalike digits and letters folded (NFKC), lower case, diacritics off.
// "Förvaltningens", "forvaltningens" and "FÖRVALTNINGENS" all fold to the same word.

// Zero-width and bidirectional controls change how text looks or reads without
// being letters; left in, they split words and hide text from the matcher.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * Text as it may be stored and compared: lone UTF-16 surrogates become U+FFFD and NUL
 * characters go (databases reject both), everything else is kept as written.
 */
export function storableText(text: string): string {
  // String.prototype.toWellFormed is Node 20's, but not yet in TypeScript's ES2022 lib.
  return (text as string & { toWellFormed(): string }).toWellFormed().replace(/\u0000/g, '');
}

/** Removes invisible and bidirectional control characters and applies NFKC (full-width digits become ASCII). */
export function cleanText(text: string): string {
  return storableText(text).normalize('NFKC').replace(INVISIBLE, '');
}

/** Lower case without diacritics: the form words are compared in. */
export function foldText(text: string): string {
  return cleanText(text).normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv-SE');
}

/** The words of a text, folded; hyphenated compounds give their parts ("it-kostnaderna" → it, kostnaderna). */
export function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}
