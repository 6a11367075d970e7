// Which language to answer in: the question's. Counts the lexicons' marker words,
// which only one of the two languages uses; a tie means Swedish, Utfall's home
// language, and Swedish letters tip it.
import type { Lexicon } from '../lexicon/load-lexicon.js';
import type { Language } from '../../answering/answer.js';
import type { Token } from './tokenize-question.js';

/**
 * `en` when the question has more English-only than Swedish-only words, else `sv`. Words at
 * `namePositions` name an organisation: a Swedish name ("områdesledningen, forecast?") says
 * nothing of the asker's language, so its letters do not tip it.
 */
export function detectLanguageOf(tokens: readonly Token[], lexicon: Lexicon, namePositions: ReadonlySet<number> = new Set()): Language {
  let english = 0;
  let swedish = 0;
  for (const token of tokens) {
    // "IT" in capitals is the abbreviation, not the English pronoun.
    if (lexicon.markers.en.has(token.word) && !token.capitals) english += 1;
    if (lexicon.markers.sv.has(token.word)) swedish += 1;
  }
  if (tokens.some((token, position) => !namePositions.has(position) && /[åäö]/i.test(token.original))) swedish += 1;
  return english > swedish ? 'en' : 'sv';
}
