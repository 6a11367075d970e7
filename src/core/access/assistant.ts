// What every channel calls to answer someone: find who is asking, narrow the
// store to what they may see, answer, and write the audit trail. Someone unknown
// gets a polite explanation and nothing else. Before any person is registered
// (a fresh installation), channels may pass the home organisation a chat user
// chose; from the first registered person on, only registered people are answered.
import type { AuditLog } from '../audit/audit-log.js';
import type { FigureStore } from '../figures/figure-store.js';
import type { Answer, Language } from '../questions/answer.js';
import type { AskService } from '../questions/ask-service.js';
import { detectLanguage } from '../questions/detect-language.js';
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
  ask(question: AssistantQuestion): Promise<Answer & { readonly asker: Person | null }>;
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
    text:
      language === 'sv'
        ? 'Hej! Jag känner inte igen dig ännu, så jag kan inte visa några siffror. Be din controller eller Utfalls administratör att lägga upp dig, så svarar jag på frågor om din organisation.'
        : "Hello! I don't recognise you yet, so I can't show any figures. Ask your controller or Utfall's administrator to add you, and I will answer questions about your organisation.",
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

/** The assistant over an AskService, people, the figure store (for the organisation tree) and the audit log. */
export function createAssistant(dependencies: { ask: AskService; people: PeopleStore; figures: FigureStore; audit: AuditLog; now?: () => number }): Assistant {
  const now = dependencies.now ?? (() => performance.now());
  return {
    whoIs: (identifier) => dependencies.people.findPerson(identifier),
    authorise: createAuthorise(dependencies),
    async ask(raw) {
      const started = now();
      // Chat platforms deliver whatever a client sends; what is stored and answered is well-formed text.
      const question = { ...raw, text: storableText(raw.text), asker: storableText(raw.asker) };
      const person = await dependencies.people.findPerson(question.asker);
      const organisations = await dependencies.figures.listOrganisations();
      let answer: Answer;
      if (person) {
        const home = organisations.find((organisation) => organisation.id === person.homeOrganisationId)!;
        answer = await dependencies.ask.ask({ text: question.text, homeOrganisation: home.name, visibleOrganisationIds: visibleOrganisationIds(person, organisations) });
      } else if (question.fallbackHomeOrganisation && (question.unrestricted || (await dependencies.people.listPeople()).length === 0)) {
        answer = await dependencies.ask.ask({ text: question.text, homeOrganisation: question.fallbackHomeOrganisation });
      } else {
        answer = unknownAsker(detectLanguage(question.text));
      }
      await dependencies.audit.record({ asker: question.asker, personId: person?.id ?? null, channel: question.channel, question: question.text, answer, latencyMs: now() - started });
      return { ...answer, asker: person };
    },
  };
}
