// What every channel calls to answer someone: find who is asking, narrow the
// store to what they may see, answer, and write the audit trail. Someone unknown
// gets a polite explanation and nothing else. Before any person is registered
// (a fresh installation), channels may pass the home organisation a chat user
// chose; from the first registered person on, only registered people are answered.
import type { AuditLog } from '../audit/audit-log.js';
import type { FigureStore } from '../figures/figure-store.js';
import type { Answer, Language } from '../answering/answer.js';
import { resolveNamedHome, type AskService } from '../answering/ask-service.js';
import { unknownHomeAnswer, type Question } from '../questions/answer-question.js';
import type { RateLimiter } from './rate-limiter.js';
import { ServiceBusyError, type BusyReason } from './service-busy.js';
import { detectLanguage } from '../questions/detect-language.js';
import { messages } from '../questions/messages/messages.js';
import { storableText } from '../language/fold-text.js';
import type { PeopleStore } from './people-store.js';
import { createAuthorise } from './authorise.js';
import { visibleOrganisationIds, type Person } from './person.js';

export interface AssistantQuestion {
  /** Email or chat identity ("slack:U123", "teams:<aad id>"). */
  readonly asker: string;
  /** slack | teams | web | cli */
  readonly channel: string;
  readonly text: string;
  /** Used only while no person is registered, or for the trusted CLI without --as. */
  readonly fallbackHomeOrganisation?: string | undefined;
  /** The CLI without --as: the operator on the machine sees everything. */
  readonly unrestricted?: boolean;
}

export interface Assistant {
  /** The answer; `refused` when it was not answered now (too many questions, or no room), with when to ask again. */
  ask(question: AssistantQuestion): Promise<Answer & { readonly asker: Person | null; readonly refused?: Refusal }>;
  /** Who `identifier` is, if registered. */
  whoIs(identifier: string): Promise<Person | null>;
  /**
   * Whether `identifier` may see (draft) or manage (approve, digests) an organisation.
   * Before any person is registered everyone may; after, only people whose scope and role allow it.
   */
  authorise(identifier: string, organisationId: number, action: 'see' | 'manage'): Promise<boolean>;
}

function unknownAsker(language: Language): Answer {
  return {
    status: 'denied',
    text: messages(language).question.unknownAsker(),
    facts: [],
    derivations: [],
    quotes: [],
    names: [],
    options: [],
    language,
    engine: 'offline',
    guard: { checked: 0, verified: 0, rejected: [] },
  };
}

/** A question not answered now: why, and when to ask again. */
export interface Refusal {
  readonly reason: BusyReason;
  readonly retryAfterSeconds: number;
}

// What a refused asker is told, in the question's language (the question catalogue); channels show it like any answer.
function refusedAnswer(refusal: Refusal, language: Language): Answer {
  const said = messages(language).question;
  const text: Record<BusyReason, (seconds: number) => string> = { rate_limited: said.rateLimited, overloaded: said.overloaded, store_busy: said.storeBusy };
  return { ...unknownAsker(language), status: 'error', text: text[refusal.reason](refusal.retryAfterSeconds) };
}

/**
 * The assistant over an AskService, people, the figure store (for the organisation
 * tree) and the audit log. With `rateLimit`, each asker (an email, a chat identity)
 * may ask only so fast; a question beyond that, or one the AskService
 * has no room for now (ServiceBusyError), is answered with when to ask again and
 * carries `refused`. Refusals are not written to the audit trail: a flood of them would
 * fill it, and they hold no figures.
 */
export function createAssistant(dependencies: { ask: AskService; people: PeopleStore; figures: FigureStore; audit: AuditLog; now?: () => number; rateLimit?: RateLimiter }): Assistant {
  const now = dependencies.now ?? (() => performance.now());
  const answerOrRefuse = async (question: Question): Promise<Answer | Refusal> => {
    try {
      return await dependencies.ask.ask(question);
    } catch (error) {
      if (error instanceof ServiceBusyError) return { reason: error.reason, retryAfterSeconds: error.retryAfterSeconds };
      throw error;
    }
  };
  return {
    whoIs: (identifier) => dependencies.people.findPerson(identifier),
    authorise: createAuthorise(dependencies),
    async ask(raw) {
      const started = now();
      // Chat platforms deliver whatever a client sends; what is stored and answered is well-formed text.
      const question = { ...raw, text: storableText(raw.text), asker: storableText(raw.asker) };
      // Limited by who they say they are, before anything is looked up: a flood costs the store nothing.
      const limited = dependencies.rateLimit?.take(question.asker);
      if (limited && !limited.allowed) {
        const refusal = { reason: 'rate_limited' as const, retryAfterSeconds: limited.retryAfterSeconds };
        return { ...refusedAnswer(refusal, detectLanguage(question.text)), asker: null, refused: refusal };
      }
      // Who asks, then what they may see, each once; the engine gets the records, not names to look up again.
      const person = await dependencies.people.findPerson(question.asker);
      let resolved: Question | Answer;
      if (person) {
        const organisations = await dependencies.figures.listOrganisations();
        const home = organisations.find((organisation) => organisation.id === person.homeOrganisationId);
        resolved = home ? { text: question.text, home, visibleOrganisationIds: visibleOrganisationIds(person, organisations) } : unknownHomeAnswer(question.text, String(person.homeOrganisationId));
      } else if (question.fallbackHomeOrganisation && (question.unrestricted || !(await dependencies.people.hasPeople()))) {
        // A name a chat user chose or the CLI's --org: resolved here, once.
        resolved = resolveNamedHome(await dependencies.figures.listOrganisations(), { text: question.text, homeOrganisation: question.fallbackHomeOrganisation });
      } else {
        resolved = unknownAsker(detectLanguage(question.text));
      }
      const outcome = 'status' in resolved ? resolved : await answerOrRefuse(resolved);
      if ('reason' in outcome) return { ...refusedAnswer(outcome, detectLanguage(question.text)), asker: person, refused: outcome };
      await dependencies.audit.record({ asker: question.asker, personId: person?.id ?? null, channel: question.channel, question: question.text, answer: outcome, latencyMs: now() - started });
      return { ...outcome, asker: person };
    },
  };
}
