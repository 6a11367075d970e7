// Which report line a question is about. A line's own words are matched with
// inflection and typo tolerance and as parts of compounds ("personal" in
// "personalkostnader"); everyday words reach lines through concepts
// (item-concepts.ts). The best-covered line wins; equally good different lines
// make the answer a clarifying question.
import type { LineItemRecord } from '../figures/records.js';
import { foldText } from '../language/fold-text.js';
import { isNearWord } from '../language/edit-distance.js';
import { swedishStem } from '../language/swedish-stem.js';
import { ITEM_CONCEPTS } from './item-concepts.js';

/** A line, how well the question's words cover it (0–1), and which of its words they matched. */
export interface LineItemMatch {
  readonly item: LineItemRecord;
  readonly score: number;
  /** How many of the line's words the question matched. */
  readonly matched: number;
  readonly matchedWords: readonly string[];
}

// Words in line names that say little about which line it is.
const NAME_STOPWORDS = new Set(['och', 'av', 'for', 'i', 'pa', 'till', 'med', 'inklusive', 'varav', 'samt', 'totalt', 'totala', 'total', 'summa', 'verksamhetens', 'verksamhet', 'verksamheter', 'verksamheten', 'pga', 'fran', 'via']);

/** How well one question word stands for one word of a line name: 1 the same word, less for a part of a compound, 0 none. */
function wordMatch(questionWord: string, nameWord: string): number {
  if (questionWord === nameWord) return 1;
  const question = swedishStem(questionWord);
  const name = swedishStem(nameWord);
  if (question === name) return 1;
  if (name.length >= 4 && question.length >= 4 && isNearWord(question, name)) return 1;
  // Compounds: "personal" is the first part of "personalkostnad"; "hyror" the last of "lokalhyror".
  if (question.length >= 5 && name.length > question.length && (name.startsWith(question) || name.endsWith(question))) return 0.8;
  // The name word is only a part of the question's word ("kostnader" in "personalkostnaderna"): the question means something narrower.
  return name.length >= 5 && question.length > name.length && (question.startsWith(name) || question.endsWith(name)) ? 0.55 : 0;
}

function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !NAME_STOPWORDS.has(word));
}

/** Whether a folded word is one of the everyday words for a line. */
export function isConceptWord(word: string): boolean {
  return ITEM_CONCEPTS.some((concept) => concept.words.some((conceptWord) => conceptWord === word || swedishStem(conceptWord) === swedishStem(word)));
}

/** Concepts the question's words name. Words inside a phrase ("staff turnover") count for the phrase only. */
export function conceptsIn(questionWords: readonly string[], foldedQuestion: string): string[] {
  const found = new Set<string>();
  const consumed = new Set<string>();
  for (const concept of ITEM_CONCEPTS) {
    for (const phrase of concept.words.filter((word) => word.includes(' ') || word.includes('-'))) {
      if (new RegExp(`\\b${phrase.replace(/-/g, '[- ]?')}\\b`).test(foldedQuestion)) {
        found.add(concept.name);
        for (const part of phrase.split(/[- ]/)) consumed.add(part);
      }
    }
  }
  const words = questionWords.filter((word) => !consumed.has(word));
  const exact = (candidate: string, word: string) => candidate === word || swedishStem(candidate) === swedishStem(word) || (word.length >= 7 && isNearWord(candidate, word));
  const single = ITEM_CONCEPTS.map((concept) => ({ concept, words: concept.words.filter((word) => !word.includes(' ') && !word.includes('-')) }));
  const exactlyNamed = new Set(words.filter((candidate) => single.some(({ words: conceptWords }) => conceptWords.some((word) => exact(candidate, word)))));
  for (const { concept, words: conceptWords } of single) {
    const hit = words.some(
      (candidate) =>
        conceptWords.some((word) => exact(candidate, word)) ||
        // Compounds: "investeringsprognosen" starts with, "delårsresultatet" ends with a concept word;
        // only for words no concept names outright ("personalomsättning" is turnover, not personnel).
        (!exactlyNamed.has(candidate) && conceptWords.some((word) => word.length >= 6 && candidate.length > word.length + 2 && (swedishStem(candidate).startsWith(word) || swedishStem(candidate).endsWith(swedishStem(word))))),
    );
    if (hit) found.add(concept.name);
  }
  const specific = [...found].filter((name) => !ITEM_CONCEPTS.find((concept) => concept.name === name)?.generic);
  return specific.length > 0 ? specific : [...found];
}

/** Lines of `items` the question names, best first; words already used for an organisation are left out.
 *  `qualifiers` are the first parts of hyphenated words ("IT" in "IT-kostnaderna"): lines without them rank lower.
 *  `conceptWords` (default: the same words) are read for everyday words, which may include compounds of the follow-up vocabulary. */
export function findLineItems(
  questionWords: readonly string[],
  foldedQuestion: string,
  items: readonly LineItemRecord[],
  qualifiers: readonly string[] = [],
  conceptWords: readonly string[] = questionWords,
): LineItemMatch[] {
  const concepts = new Set(conceptsIn(conceptWords, foldedQuestion));
  const wordsByItem = new Map(items.map((item) => [item.id, nameWords(item.name)]));
  // How many lines each word appears in: a word only one line has names that line.
  const frequency = new Map<string, number>();
  for (const words of wordsByItem.values()) for (const word of new Set(words.map(swedishStem))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const qualifying = qualifiers.filter((qualifier) => [...wordsByItem.values()].some((words) => words.some((word) => word === qualifier || word.startsWith(qualifier))));
  const matches: LineItemMatch[] = [];
  for (const item of items) {
    const words = wordsByItem.get(item.id)!;
    if (words.length === 0) continue;
    let covered = 0;
    let unique = false;
    const matchedWords: string[] = [];
    for (const word of words) {
      const best = Math.max(0, ...questionWords.map((candidate) => wordMatch(candidate, word)));
      covered += best;
      if (best > 0) matchedWords.push(swedishStem(word));
      if (best === 1 && word.length >= 5 && frequency.get(swedishStem(word)) === 1) unique = true;
    }
    const coverage = covered / words.length;
    let score = coverage;
    if (unique) score = Math.max(score, 0.97 + coverage * 0.03);
    const foldedName = foldText(item.name);
    for (const concept of ITEM_CONCEPTS) {
      if (!concepts.has(concept.name)) continue;
      // A kind-wide concept (investments) takes in the totals, and any line of the kind the question also names.
      const byKind = concept.totalKinds?.includes(item.kind) === true && (item.parentId === null || covered > 0);
      if (byKind || concept.items.test(foldedName)) score = Math.max(score, 0.9 + coverage * 0.05);
    }
    if (qualifying.length > 0 && !qualifying.every((qualifier) => words.some((word) => word === qualifier || word.startsWith(qualifier)))) score *= 0.8;
    if (score >= 0.5) matches.push({ item, score, matched: matchedWords.length, matchedWords });
  }
  // Among equals, the line more of whose words the question uses wins, then the
  // shorter name: the more general line ("Tomtförsäljningar", not "… bostadsmark").
  return matches.sort((a, b) => b.score - a.score || b.matched - a.matched || a.item.name.length - b.item.name.length);
}
