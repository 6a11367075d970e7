// The breakdowns a question names among a line's: "kvinnor", "30-49 år", "beslutad före
// 2021". A label is named when every word of it is in the question (a longer question word
// that starts with it counts: "beslutade" names "beslutad"), or all its numbers are ("30-49
// yrs" names "30-49 år"), or a lexicon hint names it ("korttid" names "dag 1-14", "before
// 2021" names "beslutad före 2021"). A year is usually the report's own ("investeringar 2021"):
// a label whose only numbers are years is named by them alone only where the question also
// names its breakdown group ("2021 års ram" of an Investeringsram). Where several labels are
// named and one's words are all in another's, the one whose words the question says wins:
// "beslutade före 2021" names "beslutad före 2021", not "beslutad 2021" as well; "2021 års
// ram" names "beslutad 2021", not "beslutad före 2021", whose "före" it does not say.
import type { QuestionReading } from './reading/read-question.js';

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv-SE');

const wordsOf = (label: string) => fold(label).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

const isYear = (word: string) => /^(19|20)\d\d$/.test(word);

function said(reading: QuestionReading, word: string): boolean {
  return reading.words.includes(word) || (word.length >= 5 && reading.words.some((asked) => asked.startsWith(word) && asked.length - word.length <= 2));
}

/** How the question names `label`: by all its words (or a lexicon hint), by its numbers alone, or not. */
function naming(reading: QuestionReading, label: string, group: string): 'words' | 'numbers' | null {
  const words = wordsOf(label);
  if ((words.length > 0 && words.every((word) => said(reading, word))) || reading.breakdown.isNamedLabel(fold(label))) return 'words';
  const numbers = words.filter((word) => /^\d+$/.test(word));
  if (numbers.length === 0 || !numbers.every((word) => reading.words.includes(word))) return null;
  return numbers.every(isYear) && !namesGroup(reading, group) ? null : 'numbers';
}

/** "ram", "ramen" (the tail of the compound, in any form) or a lexicon word ("frames") for the group "Investeringsram". */
function namesGroup(reading: QuestionReading, group: string): boolean {
  const folded = fold(group);
  if (folded === '') return false;
  if (reading.breakdown.groupWords.includes(folded)) return true;
  return reading.words.some((word) => {
    const stem = word.length > 4 ? word.replace(/(arna|erna|en|et|na)$/u, '') : word;
    return word === folded || word.startsWith(folded) || (stem.length >= 3 && folded.endsWith(stem) && folded.length - stem.length >= 4);
  });
}

/**
 * The labels among `labels` the question names; null when it names none, [] when it names one that is not among them.
 * `groupOf` gives a label's breakdown group ("Investeringsram"), where the caller knows it.
 */
export function namedBreakdownLabels(reading: QuestionReading, labels: readonly string[], groupOf: (label: string) => string = () => ''): string[] | null {
  const strength = new Map<string, 'words' | 'numbers'>();
  for (const label of new Set(labels.filter((label) => label !== ''))) {
    const how = naming(reading, label, groupOf(label));
    if (how) strength.set(label, how);
  }
  const named = [...strength.keys()];
  if (named.length > 0) {
    const within = (label: string, other: string) => other !== label && wordsOf(label).length < wordsOf(other).length && wordsOf(label).every((word) => wordsOf(other).includes(word));
    // Of two labels one inside the other, the longer where the question says its words, else the shorter.
    return named.filter((label) => !named.some((other) => (within(label, other) && strength.get(other) === 'words') || (within(other, label) && strength.get(label) !== 'words')));
  }
  return reading.breakdown.named ? [] : null;
}
