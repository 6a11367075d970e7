// Words of questions that never name a report line: function words, question
// words, and the vocabulary of budget follow-up itself (budget, utfall, prognos,
// periods), listed in the lexicons. What is left after removing them is what must
// match a line; a left-over word that matches nothing means the asker wants a line
// Utfall does not have.
import { swedishStem } from '../../language/swedish-stem.js';
import type { Lexicon } from '../lexicon/load-lexicon.js';

// Compounds of the follow-up vocabulary ("periodbudgeten", "prognosavvikelsen") say nothing about the line either.
export const FOLLOW_UP_PARTS = ['budget', 'prognos', 'avvikel', 'utfall', 'forecast', 'deviation'] as const;

/** Whether a folded question word carries no line meaning (years count as period words). */
export function isQuestionStopword(word: string, lexicon: Lexicon): boolean {
  return lexicon.stopwordStems.has(swedishStem(word)) || /^(19|20)\d\d$/.test(word) || FOLLOW_UP_PARTS.some((part) => word.includes(part));
}
