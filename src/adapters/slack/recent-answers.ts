// The facts behind recently shown answers, so that "Visa underlag" shows exactly the
// facts of the answer on screen. Memory only: after a restart, or on another
// instance, the button asks the question again instead.
import { randomBytes } from 'node:crypto';
import type { Answer } from '../../core/answering/answer.js';

/** What "Visa underlag" needs of an answer. */
export type AnswerFacts = Pick<Answer, 'facts' | 'derivations' | 'language'>;

/** A bounded memory of answers' facts, by key. */
export interface RecentAnswers {
  /** Keeps the facts of an answer given to `askerId`; returns the key a button carries. */
  remember(answer: AnswerFacts, askerId: string): string;
  /** The facts, only for the person they were given to: anyone else clicking asks anew, within their own scope. */
  recall(key: string, askerId: string): AnswerFacts | undefined;
}

/** At most `capacity` answers, the oldest forgotten first. */
export function createRecentAnswers(capacity = 1000): RecentAnswers {
  const answers = new Map<string, AnswerFacts & { readonly askerId: string }>();
  return {
    remember(answer, askerId) {
      const key = randomBytes(8).toString('hex');
      answers.set(key, { facts: answer.facts, derivations: answer.derivations, language: answer.language, askerId });
      // A Map iterates in insertion order, so the first key is the oldest.
      while (answers.size > capacity) answers.delete(answers.keys().next().value!);
      return key;
    },
    recall(key, askerId) {
      const remembered = answers.get(key);
      return remembered?.askerId === askerId ? remembered : undefined;
    },
  };
}
