// The entry point every channel uses: answer a question, then check every number
// in the text against the answer's own facts and derivations before it leaves.
// An answer with a number nothing backs is never returned as it is.
import type { FigureStore } from '../figures/figure-store.js';
import { checkAnswerNumbers } from '../guard/check-answer-numbers.js';
import type { Answer } from './answer.js';
import { answerQuestion, type Question } from './answer-question.js';

/** Answers questions from a store. */
export interface AskService {
  ask(question: Question): Promise<Answer>;
}

/** The offline engine behind the number check. */
export function createOfflineAskService(store: FigureStore): AskService {
  return {
    async ask(question) {
      const answer = await answerQuestion(store, question);
      const check = checkAnswerNumbers(answer);
      const guard = { checked: check.checked, verified: check.verified, rejected: check.rejected.map((number) => number.text) };
      if (check.rejected.length === 0) return { ...answer, guard };
      // The offline engine writes numbers only through the answer builder, so this
      // is a bug; the user still never sees an unbacked number.
      return {
        ...answer,
        status: 'error',
        text: answer.language === 'sv' ? 'Svaret kunde inte kontrolleras och visas därför inte. Felet är loggat.' : 'The answer could not be verified and is therefore not shown. The error has been logged.',
        facts: [],
        derivations: [],
        guard,
      };
    },
  };
}
