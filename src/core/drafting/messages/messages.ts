// The draft catalogue of a language.
import type { Language } from '../../answering/answer.js';
import type { DraftMessages } from './draft-messages.js';
import { en } from './en.js';
import { sv } from './sv.js';

const CATALOGUES: Readonly<Record<Language, DraftMessages>> = { sv, en };

/** The draft sentences in `language`. */
export function draftMessages(language: Language): DraftMessages {
  return CATALOGUES[language];
}
