// Issue 13's rule "no answer ever uses another tree's figure unasked", checked as a property
// over the whole store rather than by examples: every organisation of the sample data and of the
// report fixtures (82 of them, in eleven trees, several sharing names such as Kommunstyrelsen)
// asks everyday questions that name no organisation, and every figure and quote in every answer
// must belong to an organisation of the asker's own tree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStoreReady } from '../../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../../src/adapters/prisma/prisma-figure-store.js';
import { createOfflineAskService } from '../../src/core/answering/ask-service.js';
import { importReportFixtures } from '../../src/app/evaluation/import-report-fixtures.js';
import type { OrganisationRecord } from '../../src/core/figures/records.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// Questions of every kind a manager asks about "us": the result, a line, a KPI, a ranking of
// sub-units and of projects, causes, risks, a comparison with last year, "the administration".
const QUESTIONS = [
  'hur går det?', 'hur ligger vi till mot budget?', 'vad är prognosen för helåret?', 'hur mycket har vi lagt på personal?',
  'hur är sjukfrånvaron?', 'vilka investeringar går över budget?', 'vilken enhet går sämst?', 'varför avviker vi?',
  'vilka risker finns?', 'vad kostar lokalerna?', 'hur mycket har vi investerat?', 'hur ser det ut jämfört med förra året?',
  'vilka nämnder går med underskott?', 'hur går det för förvaltningen?', 'vad säger rapporten om intäkterna?',
  'how are we doing against budget?', 'what is the full-year forecast?', 'which unit has the largest deficit?',
  'how much do we spend on consultants?', 'what are the staff costs?',
];

let store: TestStore;
let organisations: OrganisationRecord[];
const answers: { asker: OrganisationRecord; question: string; status: string; organisationsUsed: string[] }[] = [];

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  await importReportFixtures(store.connection, path.join(here, '..', 'fixtures', 'reports'));
  const figures = createPrismaFigureStore(store.connection.prisma);
  const service = createOfflineAskService(figures);
  organisations = await figures.listOrganisations();
  for (const asker of organisations) {
    for (const question of QUESTIONS) {
      const answer = await service.ask({ text: question, home: asker });
      answers.push({ asker, question, status: answer.status, organisationsUsed: [...answer.facts.map((fact) => fact.org), ...answer.quotes.map((quote) => quote.org)] });
    }
  }
}, 300_000);

afterAll(async () => {
  await store?.cleanup();
});

describe('answers to questions that name no organisation', () => {
  it('use only figures and notes of the asker’s own tree, at every organisation of the store', () => {
    const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
    const rootOf = (organisation: OrganisationRecord): number => (organisation.parentId === null ? organisation.id : rootOf(byId.get(organisation.parentId)!));
    // A name may stand in several trees (Kommunstyrelsen): it is the asker's when any namesake is.
    const rootsOfName = new Map<string, Set<number>>();
    for (const organisation of organisations) rootsOfName.set(organisation.name, (rootsOfName.get(organisation.name) ?? new Set()).add(rootOf(organisation)));
    expect(new Set(organisations.map(rootOf)).size).toBeGreaterThanOrEqual(10);
    const answeredWithFigures = answers.filter((answer) => answer.organisationsUsed.length > 0);
    // The property means something only if many answers carry figures or quotes.
    expect(answeredWithFigures.length).toBeGreaterThan(answers.length / 3);
    const foreign = answeredWithFigures.flatMap((answer) => answer.organisationsUsed
      .filter((name) => !rootsOfName.get(name)?.has(rootOf(answer.asker)))
      .map((name) => `${answer.asker.name}: "${answer.question}" used ${name}`));
    expect(foreign).toEqual([]);
  });

  it('never fail: each is an answer, a no_data or a clarifying question', () => {
    expect(answers.length).toBe(organisations.length * QUESTIONS.length);
    const failed = answers.filter((answer) => !['answered', 'no_data', 'clarify'].includes(answer.status));
    expect(failed.map((answer) => `${answer.asker.name}: "${answer.question}" → ${answer.status}`)).toEqual([]);
  });
});
