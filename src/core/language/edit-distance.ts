// Typo tolerance: how many edits a word of a given length may have and still count
// as the same word, counting insertions, deletions, substitutions and swaps of
// neighbours (the optimal-string-alignment distance). Levenshtein distance, from
// fastest-levenshtein, decides almost every pair at once: it is never below the
// alignment distance and at most twice it, so only pairs in between (a swap, as in
// "personalkostander") need the alignment computed here. The packages that compute the
// alignment distance were measured and are no better (docs/decisions/0014-stemmer-and-edit-distance.md).
import { distance } from 'fastest-levenshtein';

/** Edits needed to turn `a` into `b`; stops early and returns `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Edits tolerated in a word of this length: none up to 4 letters (too many short words
 * collide), 1 up to 9 ("bemanning" and "bevakning" are two apart and different words), then 2.
 */
export function toleratedEdits(length: number): number {
  if (length <= 4) return 0;
  return length <= 9 ? 1 : 2;
}

/** Whether `word` is `target` with at most the tolerated number of typos. */
export function isNearWord(word: string, target: string): boolean {
  const limit = toleratedEdits(Math.min(word.length, target.length));
  if (Math.abs(word.length - target.length) > limit) return false;
  const levenshtein = distance(word, target);
  if (levenshtein <= limit) return true;
  return levenshtein <= 2 * limit && editDistance(word, target, limit) <= limit;
}
