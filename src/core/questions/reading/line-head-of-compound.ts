// A compound of a line's word and a word of follow-up itself ("bemanningsprognosen",
// "investeringsutfallet", "balanskravsresultatsprognosen") names the line by its
// first part: the question asks the line's forecast, outcome or budget. The measure
// is read from the whole word by the lexicon; this gives the line its word back.
import { FOLLOW_UP_PARTS } from './question-stopwords.js';

// Shorter first parts ("års" in "årsprognosen") say when, not which line.
const MIN_HEAD = 4;

/** The line part of a follow-up compound ("bemanning" of "bemanningsprognosen"), or null when the word is none. */
export function lineHeadOfCompound(word: string): string | null {
  const positions = FOLLOW_UP_PARTS.map((part) => word.indexOf(part)).filter((index) => index >= MIN_HEAD);
  if (positions.length === 0) return null;
  const head = word.slice(0, Math.min(...positions));
  // "prognosavvikelsen" is follow-up words only.
  if (FOLLOW_UP_PARTS.some((part) => head.includes(part))) return null;
  // The linking s of Swedish compounds ("investerings-") is not part of the word.
  return head.length > MIN_HEAD && head.endsWith('s') ? head.slice(0, -1) : head;
}
