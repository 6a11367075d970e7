// The lexicon's everyday words for a kind of line (personalkostnader, konsulter, hyror,
// intäkter, nettokostnad, sjukfrånvaro, årsarbetare, investeringar …, in Swedish and
// English) asked alone through the offline engine at every organisation of the sample
// data and the report fixtures that has one line of that kind: the answer is that line's
// figure. And the glossary's Swedish and English phrases that stand for the whole name of a
// line ("ticket revenue" for Biljettintäkter, "socialbidraget" for Försörjningsstöd) find that
// line wherever no other line shares its words. Data-driven over the lexicon and the store,
// so a word added to the lexicon, or a report imported, is checked without a new test.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import svFile from '../../src/core/questions/lexicon/sv.json' with { type: 'json' };
import enFile from '../../src/core/questions/lexicon/en.json' with { type: 'json' };
import { ensureStoreReady } from '../../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../../src/adapters/prisma/prisma-figure-store.js';
import { createOfflineAskService, type LocalAskService } from '../../src/core/answering/ask-service.js';
import { importReportFixtures } from '../../src/app/evaluation/import-report-fixtures.js';
import { foldText, foldedWords } from '../../src/core/language/fold-text.js';
import { swedishStem } from '../../src/core/language/swedish-stem.js';
import { loadLexicon } from '../../src/core/questions/lexicon/load-lexicon.js';
import type { LineItemRecord, OrganisationRecord } from '../../src/core/figures/records.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Target {
  readonly concept: string;
  readonly organisation: OrganisationRecord;
  readonly line: LineItemRecord;
}

let store: TestStore;
let service: LocalAskService;
let targets: Target[];
let glossTargets: { readonly phrase: string; readonly target: Target }[];

// A line of one concept only ("Kostnader och förlorade intäkter pga covid-19" is covid and income: either word is fair),
// the only such line at its organisation, with an outcome on record to answer with.
beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  await importReportFixtures(store.connection, path.join(here, '..', 'fixtures', 'reports'));
  const figures = createPrismaFigureStore(store.connection.prisma);
  service = createOfflineAskService(figures);
  const catalogue = await figures.loadCatalogue();
  const concepts = loadLexicon().concepts.filter((concept) => !concept.generic);
  targets = [];
  for (const concept of concepts) {
    for (const organisation of catalogue.organisations) {
      const lines = catalogue.lineItems.filter((line) => line.organisationId === organisation.id && concept.isLineName(foldText(line.name)) && (concept.totalKinds.length > 0 || !line.kind.startsWith('investment')));
      const [line] = lines;
      if (lines.length !== 1 || !line || concepts.filter((other) => other.isLineName(foldText(line.name))).length > 1) continue;
      const values = await figures.listFigureValues({ organisationIds: [organisation.id], lineItemIds: [line.id] });
      if (values.some((value) => value.measure === 'actual')) targets.push({ concept: concept.name, organisation, line });
    }
  }
  // A gloss whose words name the whole of one line at an organisation, where no other line has any of those words.
  glossTargets = [];
  for (const [key, gloss] of [svFile, enFile].flatMap((file) => Object.entries(file.glossary as Record<string, string[]>))) {
    const glossStems = new Set(gloss.flatMap((word) => foldedWords(word)).map(swedishStem));
    for (const organisation of catalogue.organisations) {
      const own = catalogue.lineItems.filter((line) => line.organisationId === organisation.id);
      const named = own.filter((line) => foldedWords(line.name).every((word) => glossStems.has(swedishStem(word))));
      const [line] = named;
      if (named.length !== 1 || !line || own.some((other) => other.id !== line.id && foldedWords(other.name).some((word) => glossStems.has(swedishStem(word))))) continue;
      const values = await figures.listFigureValues({ organisationIds: [organisation.id], lineItemIds: [line.id] });
      if (!values.some((value) => value.measure === 'actual')) continue;
      // Every phrase of the entry that a user writes as it stands (not a pattern).
      for (const phrase of key.split('|').filter((candidate) => !/[*_?#]/.test(candidate))) glossTargets.push({ phrase, target: { concept: 'glossary', organisation, line } });
    }
  }
}, 180_000);

afterAll(async () => {
  await store?.cleanup();
});

// As a user writes them: short abbreviations in capitals ("HME", "IT costs"), the rest as listed.
const asWritten = (word: string) => (word.length <= 3 ? word.toUpperCase() : word).replace(/\bit\b/g, 'IT');
const wordsOf = (file: { concepts: Record<string, string[]> }, concept: string) => (file.concepts[concept] ?? []).filter((word) => !/[*|?]/.test(word));

async function misses(asks: readonly { target: Target; word: string }[]): Promise<string[]> {
  const missed: string[] = [];
  for (const { target, word } of asks) {
    const answer = await service.askNamingHome({ text: `${asWritten(word)}?`, homeOrganisation: target.organisation.name });
    // A word that also names other lines or units alike ("medicin" beside Läkemedel and two Medicinkliniker) may be asked
    // back, as long as the line is one of the choices offered.
    const offered = answer.status === 'clarify' && answer.options.includes(target.line.name);
    const found = offered || (answer.status === 'answered' && answer.facts.some((fact) => fact.org === target.organisation.name && fact.item === target.line.name));
    if (!found) missed.push(`${target.concept} at ${target.organisation.name}: "${word}" gave ${answer.status} ${answer.text.slice(0, 80)}`);
  }
  return missed;
}

describe("a kind of line's everyday words", () => {
  it('find lines of most concepts at several organisations to check', () => {
    expect(new Set(targets.map((target) => target.concept)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(targets.map((target) => target.organisation.id)).size).toBeGreaterThanOrEqual(10);
  });

  it("find the line of that kind at every organisation that has one, by the concept's first Swedish and English word", async () => {
    const asks = targets.flatMap((target) => [svFile, enFile].flatMap((file) => wordsOf(file, target.concept).slice(0, 1).map((word) => ({ target, word }))));
    expect(asks.length).toBeGreaterThan(50);
    expect(await misses(asks)).toEqual([]);
  }, 120_000);

  it('find it by every word and phrase the lexicons list for the concept, Swedish and English, at the first organisation that has one', async () => {
    const once = targets.filter((target, index) => targets.findIndex((other) => other.concept === target.concept) === index);
    const asks = once.flatMap((target) => [...wordsOf(svFile, target.concept), ...wordsOf(enFile, target.concept)].map((word) => ({ target, word })));
    expect(asks.length).toBeGreaterThan(250);
    expect(await misses(asks)).toEqual([]);
  }, 120_000);
});

describe("the glossary's Swedish and English phrases for a line", () => {
  it('name whole lines at several organisations to check', () => {
    expect(glossTargets.length).toBeGreaterThan(250);
    expect(new Set(glossTargets.map(({ target }) => target.organisation.id)).size).toBeGreaterThanOrEqual(8);
  });

  it('find that line, asked alone at its organisation', async () => {
    expect(await misses(glossTargets.map(({ phrase, target }) => ({ target, word: phrase })))).toEqual([]);
  }, 120_000);
});
