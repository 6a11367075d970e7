// Which language to answer in, for a question's text (see reading/detect-language.ts).
import type { Language } from '../answering/answer.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { detectLanguageOf } from './reading/detect-language.js';
import { tokenizeQuestion } from './reading/tokenize-question.js';

/** `en` when the question has more English-only than Swedish-only words, else `sv`. */
export function detectLanguage(question: string): Language {
  return detectLanguageOf(tokenizeQuestion(question), loadLexicon());
}
