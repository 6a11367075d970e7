// The web chat's JSON API: ask, see the organisations one may draft for, draft,
// edit and approve deviation explanations. Every route acts as the person of the
// session (web-caller.ts) and nothing in a request body can change who that is;
// bodies are strict, so a field such as "person" is refused rather than ignored.
// The routes only translate HTTP to the core's services; every rule lives in the core.
import express from 'express';
import { z } from 'zod';
import type { Assistant } from '../../core/access/assistant.js';
import type { PeopleStore } from '../../core/access/people-store.js';
import { visibleOrganisationIds } from '../../core/access/person.js';
import { draftIdTextSchema } from '../../core/drafting/draft-id.js';
import type { DraftService } from '../../core/drafting/draft-service.js';
import type { DraftStore } from '../../core/drafting/draft-store.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import { findOrganisation } from '../../core/figures/find-organisation.js';
import { formatPeriod, parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import { foldText, foldedWords } from '../../core/language/fold-text.js';
import { findLineItems } from '../../core/questions/find-line-item.js';
import { requirePerson } from './web-caller.js';

/** The core services the API translates to. */
export interface WebChatDependencies {
  /** Answers as the session's person; in the local trial, over the sample people. */
  readonly assistant: Assistant;
  readonly drafts: DraftService;
  readonly draftStore: DraftStore;
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

const issues = (error: z.ZodError) => error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? `okänt fält: ${issue.keys.join(', ')}` : `${issue.path.join('.') || '(body)'}: ${issue.message}`)).join('; ');

/** The API under /api/web; `signInHint` is what an anonymous caller is told. */
export function createWebChatRouter(dependencies: WebChatDependencies, signInHint: string): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '64kb' });
  const person = (request: express.Request, response: express.Response) => requirePerson(request, response, dependencies.people, signInHint);
  // A draft the person cannot see is "not found", exactly as one that does not exist.
  const visibleDraft = async (request: express.Request, response: express.Response, asker: string) => {
    const id = draftIdTextSchema.safeParse(request.params.id);
    if (!id.success) return void problem(response, 400, `Utkastets nummer "${String(request.params.id).slice(0, 20)}" är ogiltigt: ${id.error.issues[0]!.message}.`);
    const draft = await dependencies.draftStore.getDraft(id.data);
    if (!draft || !(await dependencies.assistant.authorise(asker, draft.organisationId, 'see'))) return void problem(response, 404, `Utkast ${id.data} finns inte.`);
    return draft;
  };

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

  router.post('/api/web/ask', json, async (request, response, next) => {
    try {
      const asker = await person(request, response);
      if (!asker) return;
      const parsed = askBody.safeParse(request.body);
      if (!parsed.success) return problem(response, 400, issues(parsed.error));
      const answer = await dependencies.assistant.ask({ asker: asker.email, channel: 'web', text: parsed.data.text });
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
      const organisations = await dependencies.figures.listOrganisations();
      const organisation = findOrganisation(organisations, parsed.data.organisation)[0];
      if (!organisation) return problem(response, 400, `Organisationen "${parsed.data.organisation}" finns inte.`);
      if (!(await dependencies.assistant.authorise(asker.email, organisation.id, 'see'))) return problem(response, 403, NOT_ALLOWED);
      let item = null;
      if (parsed.data.item) {
        const items = await dependencies.figures.listLineItems([organisation.id]);
        item = items.find((candidate) => foldText(candidate.name) === foldText(parsed.data.item!)) ?? findLineItems(foldedWords(parsed.data.item), items)[0]?.item ?? null;
        if (!item) return problem(response, 400, `${organisation.name} har ingen post "${parsed.data.item}".`);
      }
      const outcome = await dependencies.drafts.create({ organisation, item, period: parsePeriod(parsed.data.period), language: parsed.data.language, createdBy: asker.email });
      if ('missing' in outcome) return problem(response, 404, outcome.missing);
      response.json(outcome);
    } catch (error) {
      next(error);
    }
  });

  router.post('/api/web/drafts/:id/revise', json, async (request, response, next) => {
    try {
      const asker = await person(request, response);
      if (!asker) return;
      const draft = await visibleDraft(request, response, asker.email);
      if (!draft) return;
      const parsed = reviseBody.safeParse(request.body);
      if (!parsed.success) return problem(response, 400, issues(parsed.error));
      if (!(await dependencies.assistant.authorise(asker.email, draft.organisationId, 'manage'))) return problem(response, 403, NOT_ALLOWED);
      const outcome = await dependencies.drafts.revise(draft.id, parsed.data.text, asker.email);
      if ('missing' in outcome) return problem(response, 404, outcome.missing);
      if ('rejected' in outcome) return response.status(422).json({ error: `Sparades inte: de här siffrorna finns inte i utkastets underlag: ${outcome.rejected.join(', ')}`, rejected: outcome.rejected });
      response.json(outcome);
    } catch (error) {
      next(error);
    }
  });

  router.post('/api/web/drafts/:id/approve', json, async (request, response, next) => {
    try {
      const asker = await person(request, response);
      if (!asker) return;
      const draft = await visibleDraft(request, response, asker.email);
      if (!draft) return;
      const parsed = approveBody.safeParse(request.body ?? {});
      if (!parsed.success) return problem(response, 400, issues(parsed.error));
      if (!(await dependencies.assistant.authorise(asker.email, draft.organisationId, 'manage'))) return problem(response, 403, NOT_ALLOWED);
      if (!(await dependencies.drafts.approve(draft.id, asker.email))) return problem(response, 409, 'Utkastet är redan godkänt eller ersatt.');
      response.json({ approved: true, approvedBy: asker.email });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
