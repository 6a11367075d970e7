// Every number the four seed reports print is accounted for: the sample data is
// imported into a real store, each seed text (test/fixtures/seeds/) is read, every
// run of digits in it is found, and each must be covered either by a stored figure
// from that report (its value as printed, in its unit or an exact conversion, in
// the section the figure names or one inside it, with the unit word the text puts
// after it) or by an entry of the reviewed list in seed-number-exclusions.ts
// (section numbers, years, dates, names with digits; restatements and
// approximations of a stored figure, which are checked against it; misprints
// recorded as flagged notes). The reverse holds too: every stored figure from a
// report is printed in its section, and every exclusion is used.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/numbers/decimal.js';
import { formatPeriod } from '../../src/core/figures/period.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from '../../src/core/figures/records.js';
import { convertUnit, isMoneyUnit, type Unit } from '../../src/core/numbers/units.js';
import { parseSwedishNumber } from '../../src/core/numbers/parse-swedish-number.js';
import { ensureStoreReady } from '../../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../../src/adapters/prisma/prisma-figure-store.js';
import { createTestStore, type TestStore } from '../support/test-store.js';
import { SEED_OUTLINES } from './seed-outlines.js';
import { SEED_NUMBER_EXCLUSIONS, type FigureReference, type NumberExclusion } from './seed-number-exclusions.js';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const SEED_FILES = Object.keys(SEED_OUTLINES);

/** A stored figure with the names it is known by. */
interface Stored {
  readonly organisation: string;
  readonly item: string;
  readonly figure: FigureRecord;
}

/** A place in a seed text: start and end offsets in the whitespace-collapsed text. */
interface Span {
  readonly start: number;
  readonly end: number;
}

const normalise = (text: string): string => text.replace(/\s+/gu, ' ');
const seedText = new Map(SEED_FILES.map((file) => [file, normalise(readFileSync(new URL(file, SEEDS), 'utf8'))] as const));

/** Every section of a seed with where it starts and ends; a section ends where the next one not inside it starts. */
function sectionSpans(file: string): Map<string, Span> {
  const text = seedText.get(file)!;
  const outline = SEED_OUTLINES[file]!;
  const starts: number[] = [];
  let from = 0;
  for (const [path, anchor] of outline) {
    const at = text.indexOf(anchor, from);
    if (at < 0) throw new Error(`${file}: the section "${path}" starts with "${anchor}", which is not in the text after offset ${from}`);
    starts.push(at);
    from = at + 1;
  }
  const spans = new Map<string, Span>();
  outline.forEach(([path], index) => {
    const next = outline.findIndex(([other], later) => later > index && !other.startsWith(`${path} > `));
    spans.set(path, { start: index === 0 ? 0 : starts[index]!, end: next < 0 ? text.length : starts[next]! });
  });
  return spans;
}

/** The headings of a seed's outline that begin with a section number. */
function numberedHeadings(file: string): string[] {
  return [...new Set(SEED_OUTLINES[file]!.flatMap(([path]) => path.split(' > ')).filter((heading) => /^\d+(?:\.\d+)* \p{L}/u.test(heading)))];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A value as the reports print it: space between thousands, decimal comma, no sign. */
function printed(value: Dec, decimals: number): string {
  const [whole = '0', fraction] = value.abs().toFixed(decimals).split('.');
  return `${whole.replace(/\B(?=(\d{3})+$)/gu, ' ')}${fraction ? `,${fraction}` : ''}`;
}

function decimalsOf(value: Dec): number {
  return Math.max(0, value.decimalPlaces());
}

/** The ways a report may print a figure: in its unit with as many decimals as it has or more, and exactly converted into the other money units. */
function printedForms(figure: FigureRecord): { text: string; unit: Unit }[] {
  const units: Unit[] = isMoneyUnit(figure.unit) ? ['kr', 'tkr', 'mnkr'] : [figure.unit];
  const forms: { text: string; unit: Unit }[] = [];
  for (const unit of units) {
    const value = convertUnit(figure.value, figure.unit, unit);
    const stored = unit === figure.unit ? figure.decimals : 0;
    for (let decimals = decimalsOf(value); decimals <= Math.max(decimalsOf(value), stored); decimals += 1) forms.push({ text: printed(value, decimals), unit });
  }
  return forms;
}

/** The unit words a report writes after a figure in each unit. */
const UNIT_WORDS: Readonly<Record<Unit, readonly string[]>> = {
  kr: ['kr', 'kronor'],
  tkr: ['tkr'],
  mnkr: ['mnkr', 'mkr', 'miljoner kronor'],
  '%': ['%', 'procent'],
  st: ['st', 'anställda'],
  index: [],
  årsarbetare: ['årsarbetare'],
  skala: [],
};
const ALL_UNIT_WORDS = [...new Set(Object.values(UNIT_WORDS).flat())].sort((a, b) => b.length - a.length);
const UNIT_AFTER = new RegExp(`^ ?(${ALL_UNIT_WORDS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

/** The unit word right after offset `end`, if any. */
function unitWordAfter(text: string, end: number): string | null {
  return UNIT_AFTER.exec(text.slice(end, end + 20))?.[1] ?? null;
}

/** Occurrences of a printed number standing on its own (not part of a longer run of digits). */
function occurrences(text: string, form: string, within: Span): Span[] {
  const pattern = new RegExp(`(?<![\\d,])${escapeRegExp(form)}(?!\\d|,\\d)`, 'gu');
  const found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start >= within.start && start + form.length <= within.end) found.push({ start, end: start + form.length });
  }
  return found;
}

let store: TestStore;
const storedBySeed = new Map<string, Stored[]>();
let organisations: OrganisationRecord[] = [];
let items: LineItemRecord[] = [];

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figureStore = createPrismaFigureStore(store.connection.prisma);
  organisations = await figureStore.listOrganisations();
  items = await figureStore.listLineItems(organisations.map((organisation) => organisation.id));
  const itemById = new Map(items.map((item) => [item.id, item]));
  const organisationById = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  for (const figure of await figureStore.listFigures({ organisationIds: organisations.map((organisation) => organisation.id) })) {
    const item = itemById.get(figure.lineItemId)!;
    const list = storedBySeed.get(figure.source) ?? [];
    list.push({ organisation: organisationById.get(item.organisationId)!.name, item: item.name, figure });
    storedBySeed.set(figure.source, list);
  }
}, 120_000);

afterAll(async () => {
  await store?.cleanup();
});

function describeStored(stored: Stored): string {
  const { figure } = stored;
  return `${stored.organisation} / ${stored.item} / ${figure.measure} ${formatPeriod(figure.period)}${figure.breakdown ? ` (${figure.breakdown})` : ''}${figure.reference ? ` @${formatPeriod(figure.reference)}` : ''} = ${figure.value.toString()} ${figure.unit} [${figure.section}]`;
}

function findStored(file: string, reference: FigureReference): Stored | undefined {
  return storedBySeed.get(file)!.find(
    ({ organisation, item, figure }) =>
      organisation === reference.organisation &&
      item === reference.item &&
      figure.measure === reference.measure &&
      (reference.period === undefined || formatPeriod(figure.period) === reference.period) &&
      figure.breakdown === (reference.breakdown ?? '') &&
      (figure.reference ? formatPeriod(figure.reference) : '') === (reference.reference ?? ''),
  );
}

/** The spans a stored figure covers: its printed forms in its section, with a unit word after them only if it is the figure's (or the figure is flagged). */
function coveredByFigure(file: string, stored: Stored, spans: Map<string, Span>): Span[] {
  const text = seedText.get(file)!;
  const section = spans.get(stored.figure.section);
  if (!section) return [];
  return printedForms(stored.figure).flatMap(({ text: form, unit }) =>
    occurrences(text, form, section).filter((occurrence) => {
      const word = unitWordAfter(text, occurrence.end);
      return word === null || UNIT_WORDS[unit].includes(word) || (stored.figure.flag ?? '') !== '';
    }),
  );
}

/** The spans an exclusion covers within its section (the whole report when it names none). */
function coveredByExclusion(file: string, exclusion: NumberExclusion, spans: Map<string, Span>): Span[] {
  const text = seedText.get(file)!;
  const within = exclusion.section ? spans.get(exclusion.section) : { start: 0, end: text.length };
  if (!within) throw new Error(`${file}: exclusion "${String(exclusion.text)}" names the unknown section "${exclusion.section}"`);
  const pattern = typeof exclusion.text === 'string' ? new RegExp(`(?<![\\d,])${escapeRegExp(exclusion.text)}(?!\\d|,\\d)`, 'gu') : new RegExp(exclusion.text.source, exclusion.text.flags.includes('g') ? exclusion.text.flags : `${exclusion.text.flags}g`);
  return [...text.matchAll(pattern)].filter((match) => match.index >= within.start && match.index < within.end).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

describe.each(SEED_FILES)('every number of the seed report %s', (file) => {
  const exclusions = SEED_NUMBER_EXCLUSIONS.filter((exclusion) => exclusion.seed === file || exclusion.seed === '*');

  it('is a stored figure from the report in its section, or on the reviewed exclusion list', () => {
    const text = seedText.get(file)!;
    const spans = sectionSpans(file);
    const covered = new Uint8Array(text.length);
    const mark = (span: Span) => covered.fill(1, span.start, span.end);
    for (const stored of storedBySeed.get(file) ?? []) coveredByFigure(file, stored, spans).forEach(mark);
    for (const exclusion of exclusions) coveredByExclusion(file, exclusion, spans).forEach(mark);
    // Numbered headings ("2.1 Personalomsättning", also in the table of contents) are section numbers.
    for (const heading of numberedHeadings(file)) for (const match of text.matchAll(new RegExp(`(?<![\\d,])${escapeRegExp(heading)}`, 'gu'))) mark({ start: match.index, end: match.index + heading.length });
    const numbers = [...text.matchAll(/\d+/gu)];
    const missing = numbers.filter((match) => covered.subarray(match.index, match.index + match[0].length).includes(0));
    const context = (index: number) => `…${text.slice(Math.max(0, index - 40), index)}[${text.slice(index, index + 12)}]${text.slice(index + 12, index + 30)}…`;
    expect(missing.map((match) => context(match.index)), `${missing.length} of ${numbers.length} numbers of ${file} are neither stored nor excluded`).toEqual([]);
    expect(numbers.length).toBeGreaterThan(50);
  });

  it('prints every stored figure from the report in the section the figure names', () => {
    const spans = sectionSpans(file);
    const stored = storedBySeed.get(file) ?? [];
    expect(stored.length).toBeGreaterThan(10);
    // Derived by the transcriber (a period budget from an outcome and its deviation), so not printed: the remark says so.
    const printedOnes = stored.filter(({ figure }) => !/\bderived = /u.test(figure.remark));
    const unplaced = printedOnes.filter((candidate) => coveredByFigure(file, candidate, spans).length === 0).map(describeStored);
    expect(unplaced).toEqual([]);
  });

  it('uses every exclusion, and checks each restatement, approximation and misprint against the figure it names', () => {
    const spans = sectionSpans(file);
    const text = seedText.get(file)!;
    for (const exclusion of exclusions.filter((candidate) => candidate.seed === file)) {
      const found = coveredByExclusion(file, exclusion, spans);
      expect(found.length, `exclusion "${String(exclusion.text)}" (${exclusion.reason}) matches nothing`).toBeGreaterThan(0);
      expect(exclusion.reason.length, `exclusion "${String(exclusion.text)}" needs a reason`).toBeGreaterThan(10);
      if (!exclusion.figure) continue;
      const stored = findStored(file, exclusion.figure);
      expect(stored, `exclusion "${String(exclusion.text)}" names ${JSON.stringify(exclusion.figure)}, which is not stored`).toBeDefined();
      const numberMatch = /\d{1,3}(?: \d{3})*(?:,\d+)?/u.exec(text.slice(found[0]!.start, found[0]!.end))!;
      const printedNumber = numberMatch[0];
      const value = parseSwedishNumber(printedNumber);
      const figure = stored!.figure;
      const unitWord = unitWordAfter(text, found[0]!.start + numberMatch.index + printedNumber.length);
      const unit = (Object.entries(UNIT_WORDS).find(([, words]) => unitWord !== null && words.includes(unitWord))?.[0] as Unit | undefined) ?? figure.unit;
      if (exclusion.kind === 'restatement') {
        const inFigureUnit = isMoneyUnit(unit) && isMoneyUnit(figure.unit) ? convertUnit(value, unit, figure.unit) : value;
        expect(inFigureUnit.equals(figure.value.abs()), `"${printedNumber}" restates ${describeStored(stored!)}`).toBe(true);
      } else if (exclusion.kind === 'approximation') {
        // "ca 1 700" is rounded to hundreds, so it lies within 50 of the figure.
        const zeros = /0*$/u.exec(printedNumber.replace(/ /gu, '').split(',')[0]!)![0].length;
        const inFigureUnit = (amount: Dec) => (isMoneyUnit(unit) && isMoneyUnit(figure.unit) ? convertUnit(amount, unit, figure.unit) : amount);
        const halfStep = inFigureUnit(new Dec(10).pow(zeros).dividedBy(2));
        expect(inFigureUnit(value).minus(figure.value.abs()).abs().lessThanOrEqualTo(halfStep), `"${printedNumber}" approximates ${describeStored(stored!)}`).toBe(true);
      } else if (exclusion.kind === 'flagged') {
        expect(figure.flag ?? '', `"${printedNumber}" must be named in the flag of ${describeStored(stored!)}`).toContain(printedNumber);
      }
    }
  });
});
