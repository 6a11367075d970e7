// The entry point every channel uses. The offline engine answers first (it is the
// default, and the fallback); when a model is configured it may phrase the answer
// through lookups, under the guard. Every answer's numbers are checked before it
// leaves: an unverifiable answer is never returned as it is.
import type { FigureStore } from '../figures/figure-store.js';
import { findOrganisation } from '../figures/find-organisation.js';
import { checkAnswerNumbers } from '../guard/check-answer-numbers.js';
import { answerWithModel, type ModelAnswerDependencies } from '../llm/answer-with-model.js';
import type { Answer } from '../answering/answer.js';
import { scopeFigureStore } from '../access/scoped-figure-store.js';
import { answerQuestion, type Question } from './answer-question.js';
import { messages } from './messages/messages.js';

/** Answers questions from a store. */
export interface AskService {
  ask(question: Question): Promise<Answer>;
}

function checked(answer: Answer): Answer {
  const check = checkAnswerNumbers(answer);
  const guard = { checked: answer.guard.checked + check.checked, verified: answer.guard.verified + check.verified, rejected: [...answer.guard.rejected, ...check.rejected.map((number) => number.text)] };
  if (check.rejected.length === 0) return { ...answer, guard };
  // Numbers reach offline answers only through the answer builder, so this is a bug;
  // the user still never sees an unbacked number.
  return {
    ...answer,
    status: 'error',
    text: messages(answer.language).question.unverified(),
    facts: [],
    derivations: [],
    guard,
  };
}

/** The offline engine, and the model path when `model` is given. */
export function createAskService(fullStore: FigureStore, model?: ModelAnswerDependencies): AskService {
  return {
    async ask(question) {
      // Everything below reads through the asker's scope: figures outside it do not exist for this answer.
      const visible = question.visibleOrganisationIds;
      const store = visible ? scopeFigureStore(fullStore, visible) : fullStore;
      const offline = checked(await answerQuestion(store, question));
      if (!model || offline.status === 'error' || offline.status === 'denied') return offline;
      const organisations = await store.listOrganisations();
      const home = findOrganisation(organisations, question.homeOrganisation)[0];
      if (!home) return offline;
      const context = { store, organisations, home, language: offline.language, canSee: (id: number) => visible === undefined || visible.has(id), answered: new Map([[question.text, offline]]) };
      const answer = await answerWithModel(model, context, question, { ...offline, guard: { checked: 0, verified: 0, rejected: [] } });
      // The model's answer passed its guard; the offline one gets the same check as always.
      return answer.engine === 'llm' ? answer : { ...answer, guard: offline.guard.rejected.length === 0 ? answer.guard : offline.guard };
    },
  };
}

/** The offline engine alone. */
export function createOfflineAskService(store: FigureStore): AskService {
  return createAskService(store);
}
