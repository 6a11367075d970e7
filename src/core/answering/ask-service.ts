// The engine → model → guard steps of answering, for an asker already resolved to
// records (home organisation, visible organisation ids): the offline engine answers
// first (it is the default, and the fallback); when a model is configured it may
// phrase the answer through lookups, under the guard. Every answer's numbers are
// checked before it leaves: an unverifiable answer is never returned as it is.
// Who is asking and what they may see is decided before this (access/assistant.ts).
import type { FigureStore } from '../figures/figure-store.js';
import type { OrganisationRecord } from '../figures/records.js';
import { findOrganisation } from '../figures/find-organisation.js';
import { checkAnswerNumbers } from '../guard/check-answer-numbers.js';
import { answerWithModel, type ModelAnswerDependencies } from '../llm/answer-with-model.js';
import type { Answer } from './answer.js';
import { scopeFigureStore } from '../figures/scoped-figure-store.js';
import { answerQuestion, unknownHomeAnswer, type Question } from '../questions/answer-question.js';
import { messages } from '../questions/messages/messages.js';

/** Answers questions from a store. */
export interface AskService {
  ask(question: Question): Promise<Answer>;
}

/** A question whose asker's home organisation is given by name or alias, as the CLI's --org and the evaluation sets give it. */
export interface NamedHomeQuestion {
  readonly text: string;
  /** A name, an alias or "name (tree)"; the first match is the home. */
  readonly homeOrganisation: string;
  readonly visibleOrganisationIds?: ReadonlySet<number>;
}

/** An AskService over a store of its own, which can also take the home organisation by name. */
export interface LocalAskService extends AskService {
  /** Resolves the name once, here at the edge, then answers as `ask`; an unknown name gets the engine's error answer. */
  askNamingHome(question: NamedHomeQuestion): Promise<Answer>;
}

/** `question` with its home resolved in `organisations`, or the answer that says the name is unknown. */
export function resolveNamedHome(organisations: readonly OrganisationRecord[], question: NamedHomeQuestion): Question | Answer {
  const home = findOrganisation(organisations, question.homeOrganisation)[0];
  if (!home) return unknownHomeAnswer(question.text, question.homeOrganisation);
  return { text: question.text, home, ...(question.visibleOrganisationIds ? { visibleOrganisationIds: question.visibleOrganisationIds } : {}) };
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
export function createAskService(fullStore: FigureStore, model?: ModelAnswerDependencies): LocalAskService {
  async function ask(question: Question): Promise<Answer> {
    // Everything below reads through the asker's scope: figures outside it do not exist for this answer.
    const visible = question.visibleOrganisationIds;
    const store = visible ? scopeFigureStore(fullStore, visible) : fullStore;
    const offline = checked(await answerQuestion(store, question));
    if (!model || offline.status === 'error' || offline.status === 'denied') return offline;
    // The tools read the whole tree (names, not figures); the home is the store's own record of it.
    const organisations = await store.listOrganisations();
    const home = organisations.find((organisation) => organisation.id === question.home.id);
    if (!home) return offline;
    const context = { store, organisations, home, language: offline.language, canSee: (id: number) => visible === undefined || visible.has(id), answered: new Map([[question.text, offline]]) };
    const answer = await answerWithModel(model, context, question, { ...offline, guard: { checked: 0, verified: 0, rejected: [] } });
    // The model's answer passed its guard; the offline one gets the same check as always.
    return answer.engine === 'llm' ? answer : { ...answer, guard: offline.guard.rejected.length === 0 ? answer.guard : offline.guard };
  }
  return {
    ask,
    async askNamingHome(question) {
      const resolved = resolveNamedHome(await fullStore.listOrganisations(), question);
      return 'status' in resolved ? resolved : ask(resolved);
    },
  };
}

/** The offline engine alone. */
export function createOfflineAskService(store: FigureStore): LocalAskService {
  return createAskService(store);
}
