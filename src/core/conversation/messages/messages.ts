// The conversation catalogue of a language.
import type { Language } from '../../answering/answer.js';
import type { ConversationMessages } from './conversation-messages.js';
import { en } from './en.js';
import { sv } from './sv.js';

const CATALOGUES: Readonly<Record<Language, ConversationMessages>> = { sv, en };

/** The conversation core's sentences in `language`. */
export function conversationMessages(language: Language): ConversationMessages {
  return CATALOGUES[language];
}
