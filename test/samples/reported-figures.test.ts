// Answers, drafts and digests print the report's own deviations and differences,
// for every one the sample data stores: the figure as printed (1 730 tkr, 14,3 mnkr,
// 634 tkr, 5 806 tkr), cited as the stored fact it is, never the value recomputed
// from rounded figures (1 731, 14,4, 633, 5 805). On a real store with the samples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeeklyDigest } from '../../src/core/digests/build-weekly-digest.js';
import { DIGEST_PHRASES } from '../../src/core/digests/digest-phrases.js';
import { accumulatedPeriod } from '../../src/core/questions/answer-phrases.js';
import { composeDraft } from '../../src/core/drafting/compose-draft.js';
import type { FigureStore } from '../../src/core/figures/figure-store.js';
import { formatPeriod } from '../../src/core/figures/period.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from '../../src/core/figures/records.js';
import { Dec } from '../../src/core/numbers/decimal.js';
import { formatNumber } from '../../src/core/numbers/format-swedish.js';
import { createAskService } from '../../src/core/answering/ask-service.js';
import type { Answer } from '../../src/core/answering/answer.js';
import { messages } from '../../src/core/questions/messages/messages.js';
import { ensureStoreReady } from '../../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../../src/adapters/prisma/prisma-figure-store.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const REPORTED = ['deviation', 'forecast_deviation', 'prior_year_change'] as const;

/** A stored printed deviation or difference, with its line and organisation. */
interface Printed {
  readonly figure: FigureRecord;
  readonly item: LineItemRecord;
  readonly organisation: OrganisationRecord;
  /** As the report prints it, without sign: "1 730". */
  readonly text: string;
  /** What the rounded levels give, when it differs from the printed figure ("1 731"); null otherwise. */
  readonly recomputed: string | null;
}

let store: TestStore;
let figures: FigureStore;
let printed: Printed[] = [];
let organisations: OrganisationRecord[] = [];
let items: LineItemRecord[] = [];
let all: FigureRecord[] = [];
const plain = (text: string) => text.replace(/[\u00A0\u202F]/gu, ' ');
const standalone = (text: string) => new RegExp(`(?<![\\d,])${text}(?![\\d]|,\\d)`, 'u');

function recomputed(figure: FigureRecord, item: LineItemRecord): string | null {
  const level = (measure: string) => all.find((other) => other.lineItemId === figure.lineItemId && other.measure === measure && formatPeriod(other.period) === formatPeriod(figure.period) && other.breakdown === figure.breakdown && !other.reference);
  const [a, b] = figure.measure === 'deviation' ? [level('actual'), level('budget')] : figure.measure === 'forecast_deviation' ? [level('forecast'), level('budget_full_year')] : [level('actual'), level('prior_year_actual')];
  if (!a || !b || a.unit !== figure.unit || b.unit !== figure.unit) return null;
  const difference = figure.measure !== 'prior_year_change' && item.better === 'lower' ? new Dec(b.value).minus(a.value) : new Dec(a.value).minus(b.value);
  return difference.equals(figure.value) ? null : formatNumber(difference.abs(), figure.decimals).replace(/\u00A0/gu, ' ');
}

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  figures = createPrismaFigureStore(store.connection.prisma);
  organisations = await figures.listOrganisations();
  items = await figures.listLineItems(organisations.map((organisation) => organisation.id));
  all = await figures.listFigures({ organisationIds: organisations.map((organisation) => organisation.id) });
  printed = all
    .filter((figure) => (REPORTED as readonly string[]).includes(figure.measure) && !figure.reference && figure.breakdown === '')
    .map((figure) => {
      const item = items.find((candidate) => candidate.id === figure.lineItemId)!;
      return { figure, item, organisation: organisations.find((candidate) => candidate.id === item.organisationId)!, text: formatNumber(figure.value.abs(), figure.decimals).replace(/\u00A0/gu, ' '), recomputed: recomputed(figure, item) };
    });
}, 120_000);

afterAll(async () => {
  await store?.cleanup();
});

describe("the report's own deviations", () => {
  it('are stored for the five examples of the issue, where the rounded figures give another value', () => {
    const find = (organisation: string, item: string, measure: string) => printed.find((entry) => entry.organisation.name === organisation && entry.item.name === item && entry.figure.measure === measure);
    expect([
      find('Kommunstyrelsen', 'Personalkostnader', 'forecast_deviation'),
      find('Kommunstyrelsen', 'Övriga kostnader', 'forecast_deviation'),
      find('IT-förvaltningen', 'Konsultkostnader', 'deviation'),
      find('Exploateringsverksamheten', 'Verksamhetens intäkter', 'forecast_deviation'),
      find('Kommunstyrelsen', 'Personalkostnader', 'prior_year_change'),
    ].map((entry) => [entry?.text, entry?.recomputed])).toEqual([
      ['1 730', '1 731'],
      ['3 362', '3 363'],
      ['14,3', '14,4'],
      ['634', '633'],
      ['5 806', '5 805'],
    ]);
    expect(printed.length).toBeGreaterThan(100);
  });

  it('are what answers print, and cite: every printed deviation and difference asked about its line and period', async () => {
    const ask = createAskService(figures);
    const unread: string[] = [];
    let answered = 0;
    for (const entry of printed) {
      const month = messages('sv').month(entry.figure.period);
      const question =
        entry.figure.measure === 'deviation'
          ? `Hur stor är avvikelsen mot budget för ${entry.item.name} per ${month}?`
          : entry.figure.measure === 'forecast_deviation'
            ? `Vad är prognosavvikelsen för ${entry.item.name} per ${month}?`
            : `${entry.item.name} jämfört med samma period förra året, per ${month}?`;
      const answer: Answer = await ask.askNamingHome({ text: question, homeOrganisation: entry.organisation.name });
      const text = plain(answer.text);
      const where = `${entry.organisation.name} / ${entry.item.name} / ${entry.figure.measure} ${formatPeriod(entry.figure.period)}: "${question}" → ${text}`;
      // Whatever the answer is about, it never shows the recomputed value beside the line.
      if (entry.recomputed) expect(standalone(entry.recomputed).test(text) && !standalone(entry.text).test(text), where).toBe(false);
      const aboutTheLine = answer.facts.some((fact) => fact.org === entry.organisation.name && fact.item === entry.item.name && fact.period === formatPeriod(entry.figure.period));
      if (!aboutTheLine) {
        // The question engine read another line (issue 13's reading, not this figure's): listed below.
        unread.push(where);
        continue;
      }
      answered += 1;
      // A zero deviation is written in words ("i nivå med budget", "oförändrat").
      if (entry.figure.value.isZero()) continue;
      expect(standalone(entry.text).test(text), where).toBe(true);
      expect(answer.facts.some((fact) => fact.org === entry.organisation.name && fact.item === entry.item.name && fact.measure === entry.figure.measure && fact.value === entry.figure.value.toString()), `${where}: the printed figure is cited`).toBe(true);
    }
    // Every printed figure whose line the question reaches is printed; the few the reading misses are lines named like another line or an organisation.
    expect(unread.length, unread.join('\n')).toBeLessThanOrEqual(printed.length / 20);
    expect(answered).toBeGreaterThan(printed.length * 0.95);
  });

  it('are what drafts print: every printed deviation and difference in the draft of its line', async () => {
    let drafted = 0;
    for (const entry of printed) {
      // A draft explains the deviations of money lines, not KPIs; a difference against last year is written beside the two years' figures.
      if (entry.item.kind === 'kpi') continue;
      const levels = all.filter((figure) => figure.lineItemId === entry.figure.lineItemId && formatPeriod(figure.period) === formatPeriod(entry.figure.period));
      if (entry.figure.measure === 'prior_year_change' && !(levels.some((figure) => figure.measure === 'actual') && levels.some((figure) => figure.measure === 'prior_year_actual'))) continue;
      const draft = await composeDraft(figures, { organisation: entry.organisation, period: entry.figure.period, item: entry.item, language: 'sv' });
      const where = `${entry.organisation.name} / ${entry.item.name} / ${entry.figure.measure} ${formatPeriod(entry.figure.period)}`;
      if ('missing' in draft) throw new Error(`${where}: ${draft.missing}`);
      const text = plain(draft.text);
      drafted += 1;
      const before = text.split('”')[0]!;
      if (entry.recomputed) expect(standalone(entry.recomputed).test(before), `${where}: ${text}`).toBe(false);
      if (entry.figure.value.isZero()) continue;
      expect(standalone(entry.text).test(before), `${where}: ${text}`).toBe(true);
      expect(draft.facts.some((fact) => fact.measure === entry.figure.measure && fact.item === entry.item.name), where).toBe(true);
    }
    expect(drafted).toBeGreaterThan(printed.length * 0.75);
  });

  it('are what digests print: each deviation a digest ranks is the printed one, where the report prints one', () => {
    let checked = 0;
    for (const root of organisations.filter((organisation) => organisation.parentId === null)) {
      const covered = [root, ...organisations.filter((organisation) => organisation.parentId === root.id || organisations.some((parent) => parent.id === organisation.parentId && parent.parentId === root.id))];
      const ids = new Set(covered.map((organisation) => organisation.id));
      for (const language of ['sv', 'en'] as const) {
        const digest = buildWeeklyDigest({
          week: '2026-W50',
          language,
          root,
          includeSubUnits: true,
          organisations: covered,
          items: items.filter((item) => ids.has(item.organisationId)),
          figures: all.filter((figure) => ids.has(items.find((item) => item.id === figure.lineItemId)!.organisationId)),
          notes: [],
          draftsWaiting: [],
          batchesSince: [],
          since: null,
        });
        const text = plain(digest.sections.flatMap((section) => section.lines).join('\n'));
        for (const entry of printed.filter((candidate) => ids.has(candidate.organisation.id) && candidate.figure.measure !== 'prior_year_change')) {
          // A digest line shows a period deviation after the period, a forecast deviation after the word for the forecast.
          const label = entry.figure.measure === 'deviation' ? accumulatedPeriod(entry.figure.period, language) : DIGEST_PHRASES[language].forecast;
          const line = text.split('\n').find((candidate) => candidate.startsWith(`${entry.item.name}, ${entry.organisation.name} (${label})`) || candidate.startsWith(`${entry.item.name} (${label})`));
          if (!line) continue;
          if (entry.recomputed) expect(standalone(entry.recomputed).test(line), `${root.name} ${language}: ${line}`).toBe(false);
          if (entry.figure.value.isZero()) continue;
          expect(standalone(entry.text).test(line), `${root.name} ${language}: ${line}`).toBe(true);
          expect(digest.facts.some((fact) => fact.item === entry.item.name && fact.org === entry.organisation.name && fact.measure === entry.figure.measure), `${root.name} ${language}: ${line} cites the printed figure`).toBe(true);
          checked += 1;
        }
        expect(digest.derivations.filter((derivation) => /^(actual − budget|forecast − full-year budget)/u.test(derivation.expression) && printed.some((entry) => derivation.expression.includes(`(${entry.item.name}, ${formatPeriod(entry.figure.period)})`) && ids.has(entry.organisation.id) && entry.figure.measure !== 'prior_year_change'))).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
