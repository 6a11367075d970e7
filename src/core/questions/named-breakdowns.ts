// The breakdowns a question names among a line's: "kvinnor", "30-49 år", "beslutad före
// 2021". A label is named when every word of it is in the question (a longer question word
// that starts with it counts: "beslutade" names "beslutad"), or all its numbers are ("30-49
// yrs" names "30-49 år"), or a lexicon hint names it ("korttid" names "dag 1-14"). Where
// several labels are named and one's words are all in another's, the longer wins: "beslutade
// före 2021" names "beslutad före 2021", not "beslutad 2021" as well.
import type { QuestionReading } from './reading/read-question.js';

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv-SE');

const wordsOf = (label: string) => fold(label).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/** Whether the question names `label`. */
function names(reading: QuestionReading, label: string): boolean {
  const folded = fold(label);
  const words = wordsOf(label);
  const said = (word: string) => reading.words.includes(word) || (word.length >= 5 && reading.words.some((asked) => asked.startsWith(word) && asked.length - word.length <= 2));
  if (words.length > 0 && words.every(said)) return true;
  const numbers = words.filter((word) => /^\d+$/.test(word));
  return (numbers.length > 0 && numbers.every((word) => reading.words.includes(word))) || reading.breakdown.isNamedLabel(folded);
}

/** The labels among `labels` the question names; null when it names none, [] when it names one that is not among them. */
export function namedBreakdownLabels(reading: QuestionReading, labels: readonly string[]): string[] | null {
  const named = [...new Set(labels.filter((label) => label !== ''))].filter((label) => names(reading, label));
  if (named.length > 0) {
    const within = (label: string, other: string) => other !== label && wordsOf(label).length < wordsOf(other).length && wordsOf(label).every((word) => wordsOf(other).includes(word));
    return named.filter((label) => !named.some((other) => within(label, other)));
  }
  return reading.breakdown.named ? [] : null;
}
