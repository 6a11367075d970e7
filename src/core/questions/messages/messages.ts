// The message catalogue of a language.
import type { Language } from '../../answering/answer.js';
import { en } from './en.js';
import type { MessageCatalogue } from './message-catalogue.js';
import { sv } from './sv.js';

const CATALOGUES: Readonly<Record<Language, MessageCatalogue>> = { sv, en };

/** The answer sentences in `language`. */
export function messages(language: Language): MessageCatalogue {
  return CATALOGUES[language];
}
