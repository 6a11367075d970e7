// The local web chat: a page and a small JSON API on the same server. A person
// picks a name and a home organisation, asks questions, sees the facts behind an
// answer, and drafts, edits and approves deviation explanations. The routes only
// translate HTTP to the core's services; every rule lives in the core.
import express from 'express';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DraftService } from '../../core/drafting/draft-service.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import { findOrganisation } from '../../core/figures/find-organisation.js';
import { formatPeriod, parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import { foldText, foldedWords } from '../../core/language/fold-text.js';
import type { Assistant } from '../../core/access/assistant.js';
import type { PeopleStore } from '../../core/access/people-store.js';
import type { DraftStore } from '../../core/drafting/draft-store.js';
import { findLineItems } from '../../core/questions/find-line-item.js';

const PUBLIC = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

export interface WebChatDependencies {
  readonly assistant: Assistant;
  readonly drafts: DraftService;
  readonly draftStore: DraftStore;
  readonly figures: FigureStore;
  readonly people: PeopleStore;
}

// Who is asking: a registered person (by email), or, before anyone is registered, a name.
const who = { name: z.string().trim().min(1, 'skriv ditt namn').max(120), person: z.email().optional() };
const askBody = z.object({ ...who, homeOrganisation: z.string().min(1).max(200).optional(), text: z.string().trim().min(1, 'skriv en fråga').max(2000, 'frågan är för lång (högst 2 000 tecken)') });
const draftBody = z.object({ ...who, organisation: z.string().min(1).max(200), period: periodTextSchema, item: z.string().max(200).optional(), language: z.enum(['sv', 'en']).default('sv') });
const reviseBody = z.object({ ...who, text: z.string().trim().min(1).max(20_000) });
const approveBody = z.object(who);
const askerOf = (body: { name: string; person?: string | undefined }) => body.person ?? `web:${body.name}`;
const NOT_ALLOWED = 'Du har inte behörighet för det här.';

function problem(response: express.Response, status: number, message: string): void {
  response.status(status).json({ error: message });
}

/** The web chat's routes: `/`, `/web/*` and `/api/web/*`. */
export function createWebChatRouter(dependencies: WebChatDependencies): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '64kb' });
  router.get('/', (_request, response) => response.sendFile(path.join(PUBLIC, 'index.html')));
  router.use('/web', express.static(PUBLIC, { index: false, maxAge: '5m' }));

  router.get('/api/web/organisations', async (_request, response, next) => {
    try {
      // From the catalogue, read once per store version: one query per organisation was 444 queries on a large store.
      const catalogue = await dependencies.figures.loadCatalogue();
      const names = new Map(catalogue.organisations.map((organisation) => [organisation.id, organisation.name]));
      const withReports = catalogue.organisations.map((organisation) => ({
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

  router.get('/api/web/people', async (_request, response, next) => {
    try {
      const organisations = await dependencies.figures.listOrganisations();
      const people = await dependencies.people.listPeople();
      response.json({ people: people.map((person) => ({ email: person.email, name: person.name, role: person.role, home: organisations.find((organisation) => organisation.id === person.homeOrganisationId)?.name })) });
    } catch (error) {
      next(error);
    }
  });

  router.post('/api/web/ask', json, async (request, response, next) => {
    const parsed = askBody.safeParse(request.body);
    if (!parsed.success) return problem(response, 400, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    try {
      const answer = await dependencies.assistant.ask({ asker: askerOf(parsed.data), channel: 'web', text: parsed.data.text, fallbackHomeOrganisation: parsed.data.homeOrganisation });
      // Not answered now: too many questions from this person (429) or for the server (503), and when to ask again.
      if (answer.refused) return void response.status(answer.refused.reason === 'rate_limited' ? 429 : 503).set('Retry-After', String(answer.refused.retryAfterSeconds)).json({ error: answer.text, retryAfterSeconds: answer.refused.retryAfterSeconds });
      // The answer contract, without the registered person behind it.
      response.json({ ...answer, asker: undefined });
    } catch (error) {
      next(error);
    }
  });

  router.post('/api/web/drafts', json, async (request, response, next) => {
    const parsed = draftBody.safeParse(request.body);
    if (!parsed.success) return problem(response, 400, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    try {
      const organisations = await dependencies.figures.listOrganisations();
      const organisation = findOrganisation(organisations, parsed.data.organisation)[0];
      if (!organisation) return problem(response, 400, `Organisationen "${parsed.data.organisation}" finns inte.`);
      if (!(await dependencies.assistant.authorise(askerOf(parsed.data), organisation.id, 'see'))) return problem(response, 403, NOT_ALLOWED);
      let item = null;
      if (parsed.data.item) {
        const items = await dependencies.figures.listLineItems([organisation.id]);
        item = items.find((candidate) => foldText(candidate.name) === foldText(parsed.data.item!)) ?? findLineItems(foldedWords(parsed.data.item), items)[0]?.item ?? null;
        if (!item) return problem(response, 400, `${organisation.name} har ingen post "${parsed.data.item}".`);
      }
      const outcome = await dependencies.drafts.create({ organisation, item, period: parsePeriod(parsed.data.period), language: parsed.data.language, createdBy: askerOf(parsed.data) });
      if ('missing' in outcome) return problem(response, 404, outcome.missing);
      response.json(outcome);
    } catch (error) {
      next(error);
    }
  });

  router.post('/api/web/drafts/:id/revise', json, async (request, response, next) => {
    const parsed = reviseBody.safeParse(request.body);
    if (!parsed.success) return problem(response, 400, parsed.error.issues.map((issue) => issue.message).join('; '));
    try {
      const draft = await dependencies.draftStore.getDraft(Number(request.params.id));
      if (!draft) return problem(response, 404, `Utkast ${request.params.id} finns inte.`);
      if (!(await dependencies.assistant.authorise(askerOf(parsed.data), draft.organisationId, 'manage'))) return problem(response, 403, NOT_ALLOWED);
      const outcome = await dependencies.drafts.revise(draft.id, parsed.data.text, askerOf(parsed.data));
      if ('missing' in outcome) return problem(response, 404, outcome.missing);
      if ('rejected' in outcome) return response.status(422).json({ error: `Sparades inte: de här siffrorna finns inte i utkastets underlag: ${outcome.rejected.join(', ')}`, rejected: outcome.rejected });
      response.json(outcome);
    } catch (error) {
      next(error);
    }
  });

  router.post('/api/web/drafts/:id/approve', json, async (request, response, next) => {
    const parsed = approveBody.safeParse(request.body);
    if (!parsed.success) return problem(response, 400, parsed.error.issues.map((issue) => issue.message).join('; '));
    try {
      const draft = await dependencies.draftStore.getDraft(Number(request.params.id));
      if (!draft) return problem(response, 404, `Utkast ${request.params.id} finns inte.`);
      if (!(await dependencies.assistant.authorise(askerOf(parsed.data), draft.organisationId, 'manage'))) return problem(response, 403, NOT_ALLOWED);
      if (!(await dependencies.drafts.approve(draft.id, askerOf(parsed.data)))) return problem(response, 409, 'Utkastet är redan godkänt eller ersatt.');
      response.json({ approved: true });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
