// Drafting deviation explanations on a real store with the sample data: the
// offline template's content and order, the missing-cause marker, storage with
// evidence, revision under the guard, approval, and the model path's guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftService, OPERATOR_MAY_DO_EVERYTHING, type DraftService } from '../../src/core/drafting/draft-service.js';
import { MISSING_CAUSE } from '../../src/core/drafting/compose-draft.js';
import { guardModelText } from '../../src/core/guard/guard-model-text.js';
import { findOrganisation } from '../../src/core/figures/find-organisation.js';
import type { FigureStore } from '../../src/core/figures/figure-store.js';
import type { DraftStore } from '../../src/core/drafting/draft-store.js';
import { MODEL_TOOLS } from '../../src/core/llm/tools/tool-registry.js';
import { createOpenAiChatModel } from '../../src/adapters/openai/openai-chat-model.js';
import { loadPrompts } from '../../src/adapters/files/load-prompts.js';
import { ensureStoreReady } from '../../src/app/services/ensure-store-ready.js';
import { createPrismaDraftStore } from '../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../src/adapters/prisma/prisma-figure-store.js';
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
  drafts = createDraftService(figures, draftStore, undefined, OPERATOR_MAY_DO_EVERYTHING);
  server = await startFakeOpenAiServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.cleanup();
});

describe('offline drafts', () => {
  it('writes outcome, period deviation, forecast, prior-year change and the causes, in that order', async () => {
    const outcome = await drafts.create({ organisation: await organisation('Kommunstyrelsen'), item: await line('Kommunstyrelsen', 'Personalkostnader'), period: AUGUST, language: 'sv', createdBy: 'controller@example.se' });
    if (!('draft' in outcome)) throw new Error(JSON.stringify(outcome));
    const text = spaced(outcome.draft.text);
    const order = ['70 328 tkr', 'positiv avvikelse mot periodbudget om 5 484 tkr', 'Helårsprognosen uppgår till 112 465 tkr', 'överskott mot budget om 1 730 tkr', 'ökat med 5 806 tkr', 'Enligt Delårsbokslut augusti 2024'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0), text).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain(MISSING_CAUSE.sv);
    expect(outcome.guard).toMatchObject({ rejected: [] });
    expect(outcome.guard.checked).toBeGreaterThan(0);
    expect(outcome.draft).toMatchObject({ status: 'draft', engine: 'offline', createdBy: 'controller@example.se' });
    // The deviations and the difference are the report's own figures, cited as such.
    expect(outcome.draft.evidence.facts.map((fact) => fact.measure)).toEqual(expect.arrayContaining(['actual', 'deviation', 'forecast', 'forecast_deviation', 'prior_year_change']));
    expect(outcome.draft.evidence.derivations).toEqual([]);
  });

  it('follows the report for a whole organisation: the result, the forecast and its components, then the lines, each paragraph naming its line', async () => {
    const owner = await organisation('Regionkontoret');
    const outcome = await drafts.create({ organisation: owner, item: null, period: { year: 2024, month: 10 }, language: 'sv', createdBy: 'c' });
    if (!('draft' in outcome)) throw new Error(JSON.stringify(outcome));
    const [result, forecast] = spaced(outcome.draft.text).split('\n\n');
    expect(result).toMatch(/^Resultat redovisas för januari–oktober 2024 till en nettokostnad om 552,9 mnkr, vilket motsvarar en positiv avvikelse mot periodbudget om 24,5 mnkr \(4,2 %\)\./u);
    expect(forecast).toMatch(/^Helårsprognosen för resultat uppgår till en nettokostnad om 696,4 mnkr, vilket innebär ett överskott mot budget om 6,2 mnkr\./u);
    for (const component of ['FVIS −11,0 mnkr', 'TESSA −5,7 mnkr', 'Bevakningskostnader −9,0 mnkr', 'Övriga avvikelser +31,9 mnkr']) expect(forecast).toContain(component);
    expect(guardModelText(outcome.draft.text, outcome.draft.evidence).rejected).toEqual([]);
  });

  it('puts the result first and every line in a paragraph of its own, naming it', async () => {
    const owner = await organisation('Kommunstyrelsen');
    const outcome = await drafts.create({ organisation: owner, item: null, period: AUGUST, language: 'sv', createdBy: 'c' });
    if (!('draft' in outcome)) throw new Error(JSON.stringify(outcome));
    const paragraphs = spaced(outcome.draft.text).split('\n\n');
    expect(paragraphs[0]).toMatch(/^Årets resultat redovisas för januari–augusti 2024 till 9 902 tkr, vilket motsvarar en positiv avvikelse mot periodbudget om 9 584 tkr\./u);
    expect(paragraphs[1]).toMatch(/^Helårsprognosen för årets resultat uppgår till 0 tkr, vilket innebär en prognos i nivå med budget\. Avvikelserna mot helårsbudgeten finns främst inom Verksamhetens intäkter \+6 293 tkr, Köp av tjänster −4 519 tkr, Övriga kostnader −3 362 tkr och Personalkostnader \+1 730 tkr\./u);
    const items = (await figures.listLineItems([owner.id])).map((item) => item.name);
    for (const paragraph of paragraphs.slice(2)) expect(items.some((name) => paragraph.startsWith(`${name} `)), paragraph).toBe(true);
  });

  it('writes costs the same way throughout a draft: as sizes, never with a minus sign', async () => {
    for (const name of ['Kommunstyrelsen', 'Exploateringsverksamheten', 'IT-förvaltningen', 'Regionkontoret']) {
      const owner = await organisation(name);
      const period = (await figures.listReportPeriods(owner.id)).at(-1)!;
      const outcome = await drafts.create({ organisation: owner, item: null, period, language: 'sv', createdBy: 'c' });
      if (!('draft' in outcome)) throw new Error(JSON.stringify(outcome));
      // Signs belong to deviations ("Köp av tjänster −4 519 tkr" among the drivers); an amount is never written with one.
      const levels = outcome.draft.evidence.facts.filter((fact) => ['actual', 'budget', 'forecast', 'budget_full_year', 'prior_year_actual'].includes(fact.measure));
      expect(levels.length, name).toBeGreaterThan(0);
      for (const fact of levels) expect(spaced(outcome.draft.text), `${name}: ${fact.item} ${fact.measure}`).not.toContain(`−${spaced(fact.shown!).replace('−', '')}`);
    }
  });

  it('quotes each cause once, and never a figure that differs by one from the figure the paragraph shows', async () => {
    // Amounts: a number standing on its own, followed by its unit.
    const numberIn = /(?<![\d,])\d{1,3}(?: \d{3})*(?:,\d+)?(?= ?(?:tkr|mnkr|%))/gu;
    let checked = 0;
    for (const owner of await figures.listOrganisations()) {
      for (const period of await figures.listReportPeriods(owner.id)) {
        const outcome = await drafts.create({ organisation: owner, item: null, period, language: 'sv', createdBy: 'c' });
        if (!('draft' in outcome)) continue;
        const quoted = outcome.draft.evidence.quotes.map((quote) => quote.text);
        expect(new Set(quoted).size, `${owner.name}: ${quoted.join(' | ')}`).toBe(quoted.length);
        for (const paragraph of spaced(outcome.draft.text).split('\n\n')) {
          const [own = '', ...quotes] = paragraph.split('”');
          const shown = [...own.matchAll(numberIn)].map((match) => match[0]);
          for (const number of quotes.join(' ').match(numberIn) ?? []) {
            for (const figure of shown) {
              const decimals = (figure.split(',')[1] ?? '').length;
              if (decimals !== (number.split(',')[1] ?? '').length) continue;
              const difference = Math.abs(Number(figure.replace(/ /gu, '').replace(',', '.')) - Number(number.replace(/ /gu, '').replace(',', '.')));
              expect(Math.abs(difference - 10 ** -decimals) < 1e-9, `${owner.name}: "${figure}" beside the quoted "${number}"`).toBe(false);
              checked += 1;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('asks the responsible manager for a cause where none is recorded', async () => {
    const outcome = await drafts.create({ organisation: await organisation('Kommunstyrelsen'), item: await line('Kommunstyrelsen', 'Försäkringspremier'), period: AUGUST, language: 'sv', createdBy: 'c' });
    if ('refused' in outcome) throw new Error(JSON.stringify(outcome));
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
          if (!('draft' in outcome)) continue;
          expect(outcome.guard.rejected, `${owner.name} ${period.year}-${period.month} ${language}: ${outcome.draft.text}`).toEqual([]);
        }
      }
    }
  });

  it('stores a reworded revision and refuses one that brings in a number without facts', async () => {
    const outcome = await drafts.create({ organisation: await organisation('Kommunstyrelsen'), item: await line('Kommunstyrelsen', 'Personalkostnader'), period: AUGUST, language: 'sv', createdBy: 'c' });
    if (!('draft' in outcome)) throw new Error(JSON.stringify(outcome));
    const refused = await drafts.revise(outcome.draft.id, 'Personalkostnaderna uppgår till 80 000 tkr.', 'controller');
    expect(refused).toEqual({ rejected: ['80 000 (not_in_lookups)'] });
    expect((await draftStore.getDraft(outcome.draft.id))!.status).toBe('draft');
    const revised = await drafts.revise(outcome.draft.id, 'Personalkostnaderna uppgår till 70 328 tkr, 5 484 tkr bättre än periodbudgeten, främst på grund av vakanser.', 'controller');
    if (!('draft' in revised)) throw new Error(JSON.stringify(revised));
    expect(revised.draft).toMatchObject({ engine: 'person', status: 'draft', revisesId: outcome.draft.id, createdBy: 'controller' });
    expect((await draftStore.getDraft(outcome.draft.id))!.status).toBe('replaced');
    expect(await drafts.approve(revised.draft.id, 'chef@example.se')).toMatchObject({ draft: { id: revised.draft.id, status: 'approved' } });
    expect(await drafts.approve(revised.draft.id, 'chef@example.se')).toEqual({ refused: 'not_open', draftId: revised.draft.id });
    expect(await draftStore.getDraft(revised.draft.id)).toMatchObject({ status: 'approved', approvedBy: 'chef@example.se' });
  });

  it('quotes a note recorded afterwards instead of the missing-cause marker', async () => {
    const owner = await organisation('Exploateringsverksamheten');
    const item = await line('Exploateringsverksamheten', 'Personalkostnader');
    const before = await drafts.create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
    if (!('draft' in before)) throw new Error(JSON.stringify(before));
    if (before.draft.evidence.missingCauses.length > 0) {
      await draftStore.addNote({ organisationId: owner.id, lineItemId: item.id, period: AUGUST, text: 'En tjänst har varit vakant under våren.', author: 'enhetschef@example.se', source: 'cli' });
      const after = await drafts.create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
      if (!('draft' in after)) throw new Error(JSON.stringify(after));
      expect(after.draft.text).toContain('”En tjänst har varit vakant under våren.”');
      expect(after.draft.text).not.toContain(MISSING_CAUSE.sv);
    }
  });
});

describe('drafts phrased by the model', () => {
  function modelDrafts() {
    const model = createOpenAiChatModel({ model: 'fake-model', baseURL: server.baseURL, apiKey: 'test', timeoutMs: 2000, maxRetries: 0 });
    return createDraftService(figures, draftStore, { model, prompts: loadPrompts(), tools: MODEL_TOOLS, toolMode: 'native', log: { info: () => {}, warn: () => {} } }, OPERATOR_MAY_DO_EVERYTHING);
  }

  it('keeps a fluent draft that passes the guard, and replaces one that does not', async () => {
    const owner = await organisation('Kommunstyrelsen');
    const item = await line('Kommunstyrelsen', 'Personalkostnader');
    const good = 'Personalkostnaderna uppgår under perioden till 70 328 tkr, en positiv avvikelse mot periodbudget om 5 484 tkr. Helårsprognosen pekar mot ett överskott om 1 730 tkr.';
    server.script([{ kind: 'message', content: good }]);
    const kept = await modelDrafts().create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
    if (!('draft' in kept)) throw new Error(JSON.stringify(kept));
    expect(kept.draft).toMatchObject({ engine: 'llm', text: good });
    expect(server.requests.at(-1)!.body.messages[0].content).toContain('Personalkostnaderna redovisas under perioden till 70 328 tkr');

    const wrong = good.replace('5 484', '6 484');
    server.script([{ kind: 'message', content: wrong }, { kind: 'message', content: wrong }]);
    const replaced = await modelDrafts().create({ organisation: owner, item, period: AUGUST, language: 'sv', createdBy: 'c' });
    if (!('draft' in replaced)) throw new Error(JSON.stringify(replaced));
    expect(replaced.draft.engine).toBe('offline');
    expect(guardModelText(replaced.draft.text, replaced.draft.evidence).rejected).toEqual([]);
  });
});
