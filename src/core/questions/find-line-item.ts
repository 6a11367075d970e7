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

/** A line and how well the question's words cover it (0–1). */
export interface LineItemMatch {
  readonly item: LineItemRecord;
  readonly score: number;
}

// Words in line names that say little about which line it is.
const NAME_STOPWORDS = new Set(['och', 'av', 'for', 'i', 'pa', 'till', 'med', 'inklusive', 'varav', 'samt', 'totalt', 'summa', 'verksamhetens', 'pga', 'fran', 'via', 'beslut', 'fore']);

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

/** Concepts the question's words name. */
export function conceptsIn(questionWords: readonly string[], foldedQuestion: string): string[] {
  const found: string[] = [];
  for (const concept of ITEM_CONCEPTS) {
    const hit = concept.words.some((word) =>
      word.includes(' ') || word.includes('-')
        ? new RegExp(`\\b${word.replace(/-/g, '[- ]?')}\\b`).test(foldedQuestion)
        : questionWords.some((candidate) => candidate === word || swedishStem(candidate) === swedishStem(word) || (word.length >= 7 && isNearWord(candidate, word))),
    );
    if (hit) found.push(concept.name);
  }
  return found;
}

/** Lines of `items` the question names, best first; words already used for an organisation are left out. */
export function findLineItems(questionWords: readonly string[], foldedQuestion: string, items: readonly LineItemRecord[]): LineItemMatch[] {
  const concepts = new Set(conceptsIn(questionWords, foldedQuestion));
  const matches: LineItemMatch[] = [];
  for (const item of items) {
    const words = nameWords(item.name);
    if (words.length === 0) continue;
    const covered = words.reduce((sum, word) => sum + Math.max(0, ...questionWords.map((candidate) => wordMatch(candidate, word))), 0);
    let score = covered / words.length;
    const foldedName = foldText(item.name);
    for (const concept of ITEM_CONCEPTS) {
      if (concepts.has(concept.name) && concept.items.test(foldedName)) score = Math.max(score, 0.9 + (covered / words.length) * 0.05);
    }
    if (score >= 0.5) matches.push({ item, score });
  }
  // Among equals, the shorter name is the more general line the question means
  // ("Tomtförsäljningar" rather than "Tomtförsäljningar bostadsmark").
  return matches.sort((a, b) => b.score - a.score || a.item.name.length - b.item.name.length);
}
