// Which concepts (personnel, consultants, result …) a question's words name.
// Single words are matched by stem and with typo tolerance, compounds by their
// first or last part; words inside a phrase ("staff turnover") count for the
// phrase only. The words come from the lexicon.
import { isNearWord } from '../../language/edit-distance.js';
import { swedishStem } from '../../language/swedish-stem.js';
import type { Lexicon } from '../lexicon/load-lexicon.js';
import type { QuestionToken } from '../lexicon/phrase-pattern.js';

// A concept word of three letters or fewer is a clipping ("int" for intäkter) with no inflected forms: it is
// that word only, never the stem of a longer one ("inte", not, stems to "int").
const SHORT_WORD = 3;

/** Whether a folded word is one of the everyday words for a line. */
export function isConceptWord(word: string, lexicon: Lexicon): boolean {
  const stem = swedishStem(word);
  return lexicon.concepts.some((concept) => concept.words.some((conceptWord) => (conceptWord.endsWith('*') ? word.startsWith(conceptWord.slice(0, -1)) : conceptWord === word || (conceptWord.length > SHORT_WORD && swedishStem(conceptWord) === stem))) || concept.phraseWords.has(word));
}

/** The words that belong to a concept phrase ("pers.kostnader", "köp av tjänster"): they name the concept, not a line by their own letters. */
export function conceptPhraseWords(words: readonly string[], lexicon: Lexicon): Set<string> {
  const tokens: QuestionToken[] = words.map((word, index) => ({ word, sentenceStart: index === 0 }));
  const consumed = new Set<string>();
  for (const concept of lexicon.concepts) for (const match of concept.phrases.find(tokens)) for (let index = match.start; index < match.end; index += 1) consumed.add(words[index]!);
  return consumed;
}

/** Concept names the words name; a generic concept only when no specific one is. */
export function findConcepts(words: readonly string[], lexicon: Lexicon): string[] {
  const tokens: QuestionToken[] = words.map((word, index) => ({ word, sentenceStart: index === 0 }));
  const found = new Set<string>();
  const consumed = new Set<string>();
  for (const concept of lexicon.concepts) {
    for (const match of concept.phrases.find(tokens)) {
      found.add(concept.name);
      for (let index = match.start; index < match.end; index += 1) consumed.add(words[index]!);
    }
  }
  const rest = words.filter((word) => !consumed.has(word));
  // "perskostn*": a concept word written as a prefix names every word that begins so. A typo keeps the
  // first letter: "avgifterna" is no misspelt "utgifterna".
  const exact = (candidate: string, word: string) => (word.endsWith('*') ? candidate.startsWith(word.slice(0, -1)) : candidate === word || (word.length > SHORT_WORD && swedishStem(candidate) === swedishStem(word)) || (word.length >= 7 && candidate[0] === word[0] && isNearWord(candidate, word)));
  const exactlyNamed = new Set(rest.filter((candidate) => lexicon.concepts.some((concept) => concept.words.some((word) => exact(candidate, word)))));
  for (const concept of lexicon.concepts) {
    const hit = rest.some(
      (candidate) =>
        concept.words.some((word) => exact(candidate, word)) ||
        // Compounds: "investeringsprognosen" starts with, "delårsresultatet" ends with a concept word;
        // only for words no concept names outright ("personalomsättning" is turnover, not personnel).
        (!exactlyNamed.has(candidate) && concept.words.some((word) => !word.endsWith('*') && word.length >= 6 && candidate.length > word.length + 2 && (swedishStem(candidate).startsWith(word) || swedishStem(candidate).endsWith(swedishStem(word))))),
    );
    if (hit) found.add(concept.name);
  }
  const specific = [...found].filter((name) => !lexicon.concepts.find((concept) => concept.name === name)?.generic);
  return specific.length > 0 ? specific : [...found];
}
