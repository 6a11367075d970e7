// Words for key figures ("nyckeltal", "KPI", "indikator", lexicon `kpiWords`): a question with one asks
// for KPIs, and written as a compound's last part ("sjukfrånvaronyckeltalet") the first part says which.
import type { Lexicon } from './lexicon/load-lexicon.js';

// The first part of a compound must be a word of its own.
const MIN_PART = 4;

/** A folded word without the key-figure word it is or ends with: '' for the word alone, the first part of a compound; null when it has none. */
export function withoutKpiWord(word: string, lexicon: Lexicon): string | null {
  for (const kpiWord of lexicon.kpiWords) {
    if (word === kpiWord) return '';
    if (!word.endsWith(kpiWord) || word.length - kpiWord.length < MIN_PART) continue;
    const part = word.slice(0, -kpiWord.length);
    // ("försörjningsstöd|s|nyckeltalet": the link Swedish puts between the parts.)
    return part.endsWith('s') && part.length - 1 >= MIN_PART ? part.slice(0, -1) : part;
  }
  return null;
}

/** Whether any of the words asks for key figures. */
export function asksForKpis(words: readonly string[], lexicon: Lexicon): boolean {
  return words.some((word) => withoutKpiWord(word, lexicon) !== null);
}

/** The words with each key-figure word taken out, and a compound's first part left in its place. */
export function withoutKpiWords(words: readonly string[], lexicon: Lexicon): string[] {
  return words.flatMap((word) => {
    const part = withoutKpiWord(word, lexicon);
    return part === null ? [word] : part === '' ? [] : [part];
  });
}
