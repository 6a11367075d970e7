// The web chat's JSON API: ask, see the organisations one may draft for, draft,
// edit and approve deviation explanations. Every route acts as the person of the
// session (web-caller.ts) and nothing in a request body can change who that is;
// bodies are strict, so a field such as "person" is refused rather than ignored.
// The routes only translate HTTP to turns of the conversation core and its replies to
// JSON; every rule lives in the core.
import express from 'express';
import { z } from 'zod';
import type { Assistant } from '../../core/access/assistant.js';
import type { PeopleStore } from '../../core/access/people-store.js';
import { visibleOrganisationIds } from '../../core/access/person.js';
import { draftIdTextSchema } from '../../core/drafting/draft-id.js';
import type { DraftService } from '../../core/drafting/draft-service.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import { formatPeriod, periodTextSchema } from '../../core/figures/period.js';
import type { Person } from '../../core/access/person.js';
import { createConversation } from '../../core/conversation/create-conversation.js';
import type { ProblemCode, Reply } from '../../core/conversation/reply.js';
import type { Turn, TurnRequest } from '../../core/conversation/turn.js';
import { requirePerson } from './web-caller.js';
import { webIdentities } from './web-identities.js';

/** The core services the API translates to. */
export interface WebChatDependencies {
  /** Answers as the session's person; in the local trial, over the sample people. */
  readonly assistant: Assistant;
  /** Drafts, with their permission checks. */
  readonly drafts: DraftService;
  readonly figures: FigureStore;
  /** Whom a session may be: registered people, or the local trial's sample people. */
  readonly people: PeopleStore;
}

const askBody = z.strictObject({ text: z.string().trim().min(1, 'skriv en fråga').max(2000, 'frågan är för lång (högst 2 000 tecken)') });
const draftBody = z.strictObject({ organisation: z.string().min(1).max(200), period: periodTextSchema, item: z.string().max(200).optional(), language: z.enum(['sv', 'en']).default('sv') });
const reviseBody = z.strictObject({ text: z.string().trim().min(1).max(20_000) });
const approveBody = z.strictObject({});
const NOT_ALLOWED = 'Du har inte behörighet för det här.';

function problem(response: express.Response, status: number, message: string): void {
  response.status(status).json({ error: message });
}

// Each problem the conversation core reports as its HTTP status.
const STATUS_OF: Readonly<Record<ProblemCode, number>> = { usage: 400, bad_period: 400, unknown_organisation: 400, unknown_item: 400, no_draft: 404, nothing_to_draft: 404, not_open: 409, rejected_numbers: 422, unavailable: 404 };

/** A reply that is not the route's success, as a JSON error with its status (a choice: 409 with the options). */
function sendReply(response: express.Response, reply: Reply): void {
  switch (reply.kind) {
    case 'denied':
      return problem(response, 403, reply.text);
    case 'error':
      return void response.status(STATUS_OF[reply.problem]).json({ error: reply.text, ...(reply.rejected ? { rejected: reply.rejected } : {}) });
    case 'clarify':
      return void response.status(409).json({ error: reply.text, options: reply.options.map((option) => option.label) });
    case 'notice':
      return void response.json({ notice: reply.text });
    default:
      return problem(response, 500, 'Oväntat svar.');
  }
}

const issues = (error: z.ZodError) => error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? `okänt fält: ${issue.keys.join(', ')}` : `${issue.path.join('.') || '(body)'}: ${issue.message}`)).join('; ');

/** The API under /api/web; `signInHint` is what an anonymous caller is told. */
export function createWebChatRouter(dependencies: WebChatDependencies, signInHint: string): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '64kb' });
  const person = (request: express.Request, response: express.Response) => requirePerson(request, response, dependencies.people, signInHint);
  const conversation = createConversation({ ...dependencies, identities: webIdentities });

  router.get('/api/web/organisations', async (request, response, next) => {
    try {
      const asker = await person(request, response);
      if (!asker) return;
      // From the catalogue, read once per store version: one query per organisation was 444 queries on a large store.
      const catalogue = await dependencies.figures.loadCatalogue();
      const visible = visibleOrganisationIds(asker, catalogue.organisations);
      const shown = catalogue.organisations.filter((organisation) => visible.has(organisation.id));
      const names = new Map(shown.map((organisation) => [organisation.id, organisation.name]));
      const withReports = shown.map((organisation) => ({
        name: organisation.name,
        kind: organisation.kind,
        parent: organisation.parentId === null ? null : (names.get(organisation.parentId) ?? null),
        reports: (catalogue.reportPeriods.get(organisation.id) ?? []).map(formatPeriod),
      }));
      response.json({ organisations: withReports });
    } catch (error) {
      next(error);
    }
  });

  // Registered people, for admins only: nobody else may list who uses Utfall.
  router.get('/api/web/people', async (request, response, next) => {
    try {
      const asker = await person(request, response);
      if (!asker) return;
      if (asker.role !== 'admin') return problem(response, 403, NOT_ALLOWED);
      const organisations = await dependencies.figures.listOrganisations();
      const people = await dependencies.people.listPeople();
      response.json({ people: people.map((entry) => ({ email: entry.email, name: entry.name, role: entry.role, home: organisations.find((organisation) => organisation.id === entry.homeOrganisationId)?.name })) });
    } catch (error) {
      next(error);
    }
  });

  // A turn of the conversation core as the session's person.
  const turnOf = (asker: Person, what: TurnRequest, language?: 'sv' | 'en'): Turn => ({ who: { platform: 'web', id: asker.email, displayName: asker.name }, where: { markup: 'plain' }, what, language });

  router.post('/api/web/ask', json, async (request, response, next) => {
    try {
      const asker = await person(request, response);
      if (!asker) return;
      const parsed = askBody.safeParse(request.body);
      if (!parsed.success) return problem(response, 400, issues(parsed.error));
      // The question box asks questions only: drafts have their own form here.
      const reply = await conversation.handle(turnOf(asker, { kind: 'question', text: parsed.data.text }));
      if (reply.kind !== 'answer') return sendReply(response, reply);
      const { answer } = reply;
      // Not answered now: too many questions from this person (429) or for the server (503), and when to ask again.
      if (answer.refused) return void response.status(answer.refused.reason === 'rate_limited' ? 429 : 503).set('Retry-After', String(answer.refused.retryAfterSeconds)).json({ error: answer.text, retryAfterSeconds: answer.refused.retryAfterSeconds });
      // The answer contract, without the registered person behind it.
      response.json({ ...answer, asker: undefined });
    } catch (error) {
      next(error);
    }
  });

  router.post('/api/web/drafts', json, async (request, response, next) => {
    try {
      const asker = await person(request, response);
      if (!asker) return;
      const parsed = draftBody.safeParse(request.body);
      if (!parsed.success) return problem(response, 400, issues(parsed.error));
      const { organisation, period, item, language } = parsed.data;
      const reply = await conversation.handle(turnOf(asker, { kind: 'draft', organisation, period, item, language }, language));
      if (reply.kind === 'draft') return void response.json({ draft: reply.draft, guard: reply.guard });
      sendReply(response, reply);
    } catch (error) {
      next(error);
    }
  });

  // A button on the draft: the path names the draft, the body what to do with it.
  const draftAction = (action: 'revise' | 'approve', body: z.ZodType<{ text?: string }>) =>
    router.post(`/api/web/drafts/:id/${action}`, json, async (request, response, next) => {
      try {
        const asker = await person(request, response);
        if (!asker) return;
        const id = draftIdTextSchema.safeParse(request.params.id);
        if (!id.success) return void problem(response, 400, `Utkastets nummer "${String(request.params.id).slice(0, 20)}" är ogiltigt: ${id.error.issues[0]!.message}.`);
        const parsed = body.safeParse(request.body ?? {});
        if (!parsed.success) return problem(response, 400, issues(parsed.error));
        const what: TurnRequest = action === 'revise' ? { kind: 'revise', draftId: id.data, text: parsed.data.text ?? '' } : { kind: 'approve', draftId: id.data };
        const reply = await conversation.handle(turnOf(asker, what));
        if (reply.kind === 'draft') return void response.json(action === 'approve' ? { approved: true, approvedBy: reply.draft.approvedBy } : { draft: reply.draft });
        // A draft the person may not even see is "not found", exactly as one that does not exist.
        if (reply.kind === 'denied' && reply.hidden) return problem(response, 404, `Utkast ${id.data} finns inte.`);
        sendReply(response, reply);
      } catch (error) {
        next(error);
      }
    });
  draftAction('revise', reviseBody);
  draftAction('approve', approveBody);
  return router;
}
