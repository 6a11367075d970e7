// Drafting deviation explanations on a real store with the sample data: the
// offline template's content and order, the missing-cause marker, storage with
// evidence, revision under the guard, approval, and the model path's guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftService, type DraftService } from '../../src/core/drafting/draft-service.js';
import { MISSING_CAUSE } from '../../src/core/drafting/compose-draft.js';
import { guardModelText } from '../../src/core/guard/guard-model-text.js';
import { findOrganisation } from '../../src/core/figures/find-organisation.js';
import type { FigureStore } from '../../src/core/figures/figure-store.js';
import type { DraftStore } from '../../src/core/drafting/draft-store.js';
import { MODEL_TOOLS } from '../../src/core/llm/tools/tool-registry.js';
import { createOpenAiChatModel } from '../../src/llm/openai-chat-model.js';
import { loadPrompts } from '../../src/prompts/load-prompts.js';
import { ensureStoreReady } from '../../src/store/ensure-store-ready.js';
import { createPrismaDraftStore } from '../../src/store/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../src/store/prisma-figure-store.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

let store: TestStore;
let figures: FigureStore;
let draftStore: DraftStore;
let drafts: DraftService;
let server: FakeOpenAiServer;
const AUGUST = { year: 2024, month: 8 };
const spaced = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

async function organisation(name: string) {
  return findOrganisation(await figures.listOrganisations(), name)[0]!;
}
async function line(organisationName: string, name: string) {
  const owner = await organisation(organisationName);
  return (await figures.listLineItems([owner.id])).find((item) => item.name === name)!;
}

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  figures = createPrismaFigureStore(store.connection.prisma);
  draftStore = createPrismaDraftStore(store.connection.prisma);
  drafts = createDraftService(figures, draftStore);
  server = await startFakeOpenAiServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.cleanup();
});

describe('offline drafts', () => {
  it('writes outcome, period deviation, forecast, prior-year change and the causes, in that order', async () => {
    const outcome = await drafts.create({ organisation: await organisation('Kommunstyrelsen'), item: await line('Kommunstyrelsen', 'Personalkostnader'), period: AUGUST, language: 'sv', createdBy: 'controller@example.se' });
    if ('missing' in outcome) throw new Error(outcome.missing);
    const text = spaced(outcome.draft.text);
    const order = ['70 328 tkr', 'positiv avvikelse mot periodbudget om 5 484 tkr', 'Helårsprognosen uppgår till 112 465 tkr', 'överskott mot budget om 1 731 tkr', 'ökat med 5 805 tkr', 'Enligt Delårsbokslut augusti 2024'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0), text).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain(MISSING_CAUSE.sv);
    expect(outcome.guard).toMatchObject({ rejected: [] });
    expect(outcome.guard.checked).toBeGreaterThan(0);
    expect(outcome.draft).toMatchObject({ status: 'draft', engine: 'offline', createdBy: 'controller@example.se' });
    expect(outcome.draft.evidence.facts.map((fact) => fact.measure)).toEqual(expect.arrayContaining(['actual', 'budget', 'forecast', 'budget_full_year', 'prior_year_actual']));
  });

  it('asks the responsible manager for a cause where none is recorded', async () => {
    const outcome = await drafts.create({ organisation: await organisation('Kommunstyrelsen'), item: await line('Kommunstyrelsen', 'Försäkringspremier'), period: AUGUST, language: 'sv', createdBy: 'c' });
    if ('missing' in outcome) {
      // A line without a deviation has nothing to explain; the message says so.
      expect(outcome.missing).toMatch(/inga avvikelser/);
      return;
    }
    expect(outcome.draft.text).toContain(MISSING_CAUSE.sv);
    expect(outcome.draft.evidence.missingCauses).toEqual(['Försäkringspremier']);
  });

  it('drafts every organisation and report of the sample data with no unverified number', async () => {
    for (const owner of await figures.listOrganisations()) {
      for (const period of await figures.listReportPeriods(owner.id)) {
        for (const language of ['sv', 'en'] as const) {
          const outcome = await drafts.create({ organisation: owner, item: null, period, language, createdBy: 'eval' });
          if ('missing' in outcome) continue;
          expect(outcome.guard.rejected, `${owner.name} ${period.year}-${period.month} ${language}: ${outcome.draft.text}`).toEqual([]);
        }
      }
    }
  });

  it('stores a reworded revision and refuses one that brings in a number without facts', async () => {
    const outcome = await drafts.create({ organisation: await organisation('Kommunstyrelsen'), item: await line('Kommunstyrelsen', 'Personalkostnader'), period: AUGUST, language: 'sv', createdBy: 'c' });
    if ('missing' in outcome) throw new Error(outcome.missing);
    const refused = await drafts.revise(outcome.draft.id, 'Personalkostnaderna uppgår till 80 000 tkr.', 'controller');
    expect(refused).toEqual({ rejected: ['80 000 (not_in_lookups)'] });
    expect((await draftStore.getDraft(outcome.draft.id))!.status).toBe('draft');
    const revised = await drafts.revise(outcome.draft.id, 'Personalkostnaderna uppgår till 70 328 tkr, 5 484 tkr bättre än periodbudgeten, främst på grund av vakanser.', 'controller');
    if (!('draft' in revised)) throw new Error(JSON.stringify(revised));
    expect(revised.draft).toMatchObject({ engine: 'person', status: 'draft', revisesId: outcome.draft.id, createdBy: 'controller' });
    expect((await draftStore.getDraft(outcome.draft.id))!.status).toBe('replaced');
    expect(await drafts.approve(revised.draft.id, 'chef@example.se')).toBe(true);
    expect(await drafts.approve(revised.draft.id, 'chef@example.se')).toBe(false);
    expect(await draftStore.getDraft(revised.draft.id)).toMatchObject({ status: 'approved', approvedBy: 'chef@example.se' });
  });

  it('quotes a note recorded afterwards instead of the missing-cause marker', async () => {
    const owner = await organisation('Exploateringsverksamheten');
    const item = await line('Exploateringsverksamheten', 'Personalkostnader');
    const before = await drafts.create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
    if ('missing' in before) throw new Error(before.missing);
    if (before.draft.evidence.missingCauses.length > 0) {
      await draftStore.addNote({ organisationId: owner.id, lineItemId: item.id, period: AUGUST, text: 'En tjänst har varit vakant under våren.', author: 'enhetschef@example.se', source: 'cli' });
      const after = await drafts.create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
      if ('missing' in after) throw new Error(after.missing);
      expect(after.draft.text).toContain('”En tjänst har varit vakant under våren.”');
      expect(after.draft.text).not.toContain(MISSING_CAUSE.sv);
    }
  });
});

describe('drafts phrased by the model', () => {
  function modelDrafts() {
    const model = createOpenAiChatModel({ model: 'fake-model', baseURL: server.baseURL, apiKey: 'test', timeoutMs: 2000, maxRetries: 0 });
    return createDraftService(figures, draftStore, { model, prompts: loadPrompts(), tools: MODEL_TOOLS, toolMode: 'native', log: { info: () => {}, warn: () => {} } });
  }

  it('keeps a fluent draft that passes the guard, and replaces one that does not', async () => {
    const owner = await organisation('Kommunstyrelsen');
    const item = await line('Kommunstyrelsen', 'Personalkostnader');
    const good = 'Personalkostnaderna uppgår under perioden till 70 328 tkr, en positiv avvikelse mot periodbudget om 5 484 tkr. Helårsprognosen pekar mot ett överskott om 1 731 tkr.';
    server.script([{ kind: 'message', content: good }]);
    const kept = await modelDrafts().create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
    if ('missing' in kept) throw new Error(kept.missing);
    expect(kept.draft).toMatchObject({ engine: 'llm', text: good });
    expect(server.requests.at(-1)!.body.messages[0].content).toContain('Personalkostnaderna redovisas under perioden till 70 328 tkr');

    const wrong = good.replace('5 484', '6 484');
    server.script([{ kind: 'message', content: wrong }, { kind: 'message', content: wrong }]);
    const replaced = await modelDrafts().create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
    if ('missing' in replaced) throw new Error(replaced.missing);
    expect(replaced.draft.engine).toBe('offline');
    expect(guardModelText(replaced.draft.text, replaced.draft.evidence).rejected).toEqual([]);
  });
});
