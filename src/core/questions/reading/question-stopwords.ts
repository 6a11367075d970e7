// Words of questions that never name a report line: function words, question
// words, and the vocabulary of budget follow-up itself (budget, utfall, prognos,
// periods), listed in the lexicons. What is left after removing them is what must
// match a line; a left-over word that matches nothing means the asker wants a line
// Utfall does not have.
import { isNearWord } from '../../language/edit-distance.js';
import { isConceptWord } from './find-concepts.js';
import { swedishStem } from '../../language/swedish-stem.js';
import type { Lexicon } from '../lexicon/load-lexicon.js';

// Compounds of the follow-up vocabulary ("periodbudgeten", "prognosavvikelsen") say nothing about the line either.
export const FOLLOW_UP_PARTS = ['budget', 'prognos', 'avvikel', 'utfall', 'forecast', 'deviation', 'malet', 'malvarde', 'malniva'] as const;

// Misspelt stopwords are asked for again and again; the answer depends on the word alone.
const misspelt = new Map<string, boolean>();

/** Whether a word of six letters or more is a stopword with a typo ("hittils", "ungefr"). */
function isMisspeltStopword(word: string, lexicon: Lexicon): boolean {
  if (word.length < 6) return false;
  const known = misspelt.get(word);
  if (known !== undefined) return known;
  // An everyday word for a line ("bidrag", not "bidrar") is never taken for a misspelt stopword.
  const near = !isConceptWord(word, lexicon) && lexicon.longStopwords.some((stopword) => isNearWord(word, stopword));
  if (misspelt.size > 50_000) misspelt.clear();
  misspelt.set(word, near);
  return near;
}

/** Whether a folded question word carries no line meaning (years count as period words). */
export function isQuestionStopword(word: string, lexicon: Lexicon): boolean {
  return lexicon.stopwordStems.has(swedishStem(word)) || /^(19|20)\d\d$/.test(word) || FOLLOW_UP_PARTS.some((part) => word.includes(part)) || isMisspeltStopword(word, lexicon);
}
