// Rankings: the lines, sub-units or investment projects with the largest
// deviations, positive or negative. Period deviations against budget are used
// where the report has them, else deviations of the full-year forecast.
import { buildStatement, type DerivedValue, type StatementRow, type StatementValue } from '../figures/build-statement.js';
import { readDeviationRows, type DeviationRow } from '../figures/read-deviation-rows.js';
import { comparePeriods, samePeriod, type Period } from '../figures/period.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { Dec } from '../numbers/decimal.js';
import type { Answer } from '../answering/answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { accumulatedPeriod, monthName } from './answer-phrases.js';
import { messages } from './messages/messages.js';
import { deviationText } from './answer-figure.js';
import { namedLineInUnits } from './named-line-in-units.js';
import { defaultLine } from './default-line.js';
import { answerFromNotes } from './answer-notes.js';
import { answerBehind } from './answer-ranking-behind.js';
import { answerUnitsBySize } from './answer-ranking-units-by-size.js';
import { isNetCost } from './is-net-cost.js';
import { namedBreakdownLabels } from './named-breakdowns.js';
import { findConcepts } from './reading/find-concepts.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { residualLineGroup } from './residual-line-group.js';

interface Entry {
  readonly organisation: OrganisationRecord;
  readonly row: StatementRow;
  readonly value: DerivedValue;
  /** What the entry is ranked by: value.value. */
  readonly size: Dec;
  /** The deviation of the other kind (the year's beside the period's, or the other way round), where there is one. */
  readonly otherSize: Dec | null;
  readonly kind: 'period' | 'forecast';
  readonly period: Period;
  /** Ranked on values read without provenance: the row is read again before it is shown. */
  readonly valuesOnly?: boolean;
  /** For a change since an earlier report: that report's row. */
  readonly previous?: { readonly row: StatementRow; readonly period: Period; readonly measure: 'deviation' | 'forecast' };
}

function entryOf(organisation: OrganisationRecord, row: StatementRow, period: Period, prefer: 'period' | 'forecast'): Entry | null {
  const order = prefer === 'forecast' ? (['forecast', 'period'] as const) : (['period', 'forecast'] as const);
  for (const kind of order) {
    const value = kind === 'period' ? row.deviation : row.forecastDeviation;
    if (value) return { organisation, row, value, size: value.value, otherSize: (kind === 'period' ? row.forecastDeviation : row.deviation)?.value ?? null, kind, period };
  }
  return null;
}

/**
 * entryOf for a row ranked on values only. Its statement row, and so the value's text, is
 * built the first time either is read: of hundreds of units ranked only the few shown are.
 */
function valuesOnlyEntryOf(organisation: OrganisationRecord, line: DeviationRow, period: Period, prefer: 'period' | 'forecast'): Entry | null {
  const order = prefer === 'forecast' ? (['forecast', 'period'] as const) : (['period', 'forecast'] as const);
  for (const kind of order) {
    const size = kind === 'period' ? line.deviation : line.forecastDeviation;
    if (size)
      return {
        organisation,
        kind,
        period,
        size,
        otherSize: (kind === 'period' ? line.forecastDeviation : line.deviation) ?? null,
        valuesOnly: true,
        get row() {
          return line.row();
        },
        get value() {
          const row = line.row();
          return (kind === 'period' ? row.deviation : row.forecastDeviation)!;
        },
      };
  }
  return null;
}

/**
 * Whether the words ask for neither the period nor the year ("vilka poster går över budget?"): then an
 * entry shows both of its deviations, and either of them may put it in the list.
 */
function asksNoFrame(reading: AnswerContext['reading']): boolean {
  return !reading.wantsForecast && !reading.wantsFullYearBudget && !reading.period.accumulated && !reading.period.fullYear && !reading.period.periodBudget;
}

/** The deviations an entry may be listed for: the one it is ranked on, and in an open frame the other kind too. */
function listedValues(entry: Entry, openFrame: boolean): Dec[] {
  if (!openFrame || entry.previous || entry.otherSize === null) return [entry.size];
  return [entry.size, entry.otherSize];
}

function sortEntries(all: Entry[], direction: AnswerContext['reading']['ranking']['direction'], orderOnly = false, openFrame = false): Entry[] {
  // One ranking compares like with like: period deviations, or forecast deviations where most lines have only those.
  const periodCount = all.filter((entry) => entry.kind === 'period').length;
  const entries = all.filter((entry) => entry.kind === (periodCount * 2 >= all.length ? 'period' : 'forecast'));
  // "Bäst först" orders; "vilka går med överskott" leaves the others out. Where the words name no frame, a line
  // under budget for the period but over it for the year (or the other way round) is over budget all the same:
  // it is listed (ranked on the deviation it is ranked on) with both of its deviations shown.
  const listed = (entry: Entry, test: (value: Dec) => boolean) => listedValues(entry, openFrame).some(test);
  const filtered = orderOnly ? entries : direction === 'worse' ? entries.filter((entry) => listed(entry, (value) => value.isNegative())) : direction === 'better' ? entries.filter((entry) => listed(entry, (value) => value.isPositive())) : entries.filter((entry) => listed(entry, (value) => !value.isZero()));
  if (direction === 'worse') return filtered.sort((a, b) => a.size.comparedTo(b.size));
  if (direction === 'better') return filtered.sort((a, b) => b.size.comparedTo(a.size));
  // Each magnitude once, not twice per comparison (400 units make some 3 500 comparisons).
  const magnitudes = new Map(filtered.map((entry) => [entry, entry.size.abs()]));
  return filtered.sort((a, b) => magnitudes.get(b)!.comparedTo(magnitudes.get(a)!));
}

// Deviations only: a ranking of deviations or of their change shows no percentage of a
// deviation and no change against last year, so its rows need not divide for them.
function statementRows(organisation: OrganisationRecord, items: readonly LineItemRecord[], figures: readonly FigureRecord[], period: Period): StatementRow[] {
  return buildStatement({ organisation, items, figures: figures.filter((figure) => samePeriod(figure.period, period)), period, deviationsOnly: true }).rows.filter((row) => row.breakdown === '');
}

function latest(figures: readonly FigureRecord[]): Period | null {
  return [...figures].sort((a, b) => comparePeriods(b.period, a.period))[0]?.period ?? null;
}

/** Answers "which lines / units / projects deviate most", or which are largest. */
export async function answerRanking(context: AnswerContext, period: Period | null, named: LineItemRecord | null): Promise<Answer> {
  const { reading, organisation } = context;
  const { dimension } = reading.ranking;
  let item = named ? residualLineGroup(named, context.catalogue.itemsOf(context.organisation.id), reading.words) : named;
  if (reading.ranking.behind && dimension === 'projects') {
    const behind = await answerBehind(context, period);
    if (behind) return behind;
  }
  // "Vilken verksamhet har ökat mest jämfört med i fjol?": ranked by the change against last year.
  const byChange = reading.period.priorYear;
  // "… sedan april": the change since an earlier report, never a ranking by size.
  const sinceReport = reading.period.previousReport;
  if ((reading.ranking.by === 'size' || byChange) && dimension === 'units' && !sinceReport) {
    const sized = await answerUnitsBySize(context, period);
    if (sized) return sized;
  }
  if ((reading.ranking.by === 'size' || byChange || item?.kind === 'kpi') && !sinceReport) {
    const sized = await answerBySize(context, period, item);
    if (sized) return sized;
  }
  // Asked for the change against last year where no line has last year's figure: deviations from the
  // budget would answer another question under the same heading.
  if (byChange && !sinceReport && item?.kind !== 'kpi') {
    const at = period ?? context.catalogue.periodsOf(organisation.id).at(-1);
    const say = messages(reading.language).ranking;
    if (at) return context.builder.build('no_data', say.noPriorYear(at.year - 1, say.dimension(dimension), organisation.name));
  }
  // Asked by budget where no budget amounts are stored: deviations are not what was asked.
  if (reading.ranking.sizeOf === 'budget' && !byChange && !sinceReport && item?.kind !== 'kpi') return context.builder.build('no_data', messages(reading.language).ranking.noBudgets(messages(reading.language).ranking.dimension(dimension), organisation.name));
  // A line without sub-lines (e.g. the result the question mentions) does not group a ranking.
  const itemId = item?.id;
  if (itemId !== undefined && !context.catalogue.itemsOf(organisation.id).some((candidate) => candidate.parentId === itemId)) item = null;
  let first = await rankDeviations(context, period, item, dimension);
  // A line found by a kind word alone ("vilken kostnadspost …" finding Övriga kostnader) whose
  // sub-lines have no deviations does not narrow the ranking: the lines of that kind are ranked.
  if (first.length === 0 && item !== null && reading.contentWords.length === 0) {
    item = null;
    first = await rankDeviations(context, period, null, dimension);
  }
  // "Vad drar ner prognosen mest?" says nothing of what to rank: the lines and the sub-units are both candidates.
  // Lines named ("the biggest negative items") where the organisation's own lines give no ranking
  // (one line or none: a municipality whose report puts its detail in the committees' results):
  // its sub-units' result lines are lines of its statement too, and join them.
  if (dimension === 'items' && item === null && (!reading.ranking.dimensionNamed || first.length < 2)) {
    const units = await rankDeviations(context, period, null, 'units');
    if (units.length > 0) return renderDeviations(context, await withProvenance(context, sortEntries([...first, ...units], reading.ranking.direction, reading.ranking.orderOnly, asksNoFrame(reading))), 'mixed');
  }
  if (first.length > 0 || dimension !== 'units') return renderDeviations(context, await withProvenance(context, first), dimension);
  // Sub-units without figures of their own ("vilka nämnder har underskott?"): the report's words may name them.
  const units = descendantsOf(organisation, context.organisations);
  if (units.length > 0 && units.every((unit) => context.catalogue.periodsOf(unit.id).length === 0)) {
    const periods = context.catalogue.periodsOf(organisation.id);
    const fromNotes = await answerFromNotes(context, { item: null, items: context.catalogue.itemsOf(organisation.id), periods, period }, null, units.flatMap((unit) => unit.name.split(/[\s–-]+/)).filter((word) => word.length >= 5).map((word) => word.toLocaleLowerCase('sv-SE')));
    if (fromNotes.status === 'answered') return fromNotes;
  }
  // "Which part …" may mean lines when there are no sub-units to rank.
  return renderDeviations(context, await withProvenance(context, await rankDeviations(context, period, item, 'items')), 'items');
}

async function rankDeviations(context: AnswerContext, period: Period | null, item: LineItemRecord | null, dimension: AnswerContext['reading']['ranking']['dimension']): Promise<Entry[]> {
  const { reading, organisation, store, builder } = context;
  const { direction } = reading.ranking;
  // "Sämst mot helårsbudgeten", "off the full-year budget": a deviation from the year's budget is the forecast's.
  const prefer = reading.wantsForecast || reading.wantsFullYearBudget ? 'forecast' : 'period';
  const entries: Entry[] = [];
  if (dimension === 'units' && reading.period.previousReport) return rankUnitChanges(context);
  if (dimension === 'units') {
    const { catalogue } = context;
    // Only the figures each unit is ranked on are read: its named line (or its result lines,
    // or all its lines when it has no result line) at the period asked or its latest.
    const names = reading.contentWords.length > 0 || reading.concepts.length > 0;
    const reportingAll = descendantsOf(organisation, context.organisations).filter((unit) => catalogue.periodsOf(unit.id).length > 0);
    // "Vilken nämnd …", "which programmes …": units of that kind, where the tree has any. A department
    // word narrows nothing: reports call a part avdelning, enhet or område whatever kind it is stored as
    // (narrowing to the stored department kinds cost a holdout question of probe5).
    const wanted: readonly OrganisationRecord['kind'][] = reading.ranking.unitKinds.filter((kind) => kind !== 'department');
    const ofKind = reportingAll.filter((unit) => wanted.includes(unit.kind));
    // "Vilken station …": the units whose names the word heads, where several of them report.
    const namedSo = reportingAll.filter((unit) => reading.ranking.unitIds.includes(unit.id));
    const reporting = namedSo.length > 1 ? namedSo : ofKind.length > 0 ? ofKind : reportingAll;
    const namedLines = names ? namedLineInUnits(context.itemWords, new Map(reporting.map((unit) => [unit.id, catalogue.itemsOf(unit.id)]))) : new Map<number, LineItemRecord>();
    const plans = reporting
      .map((unit) => {
        const own = catalogue.itemsOf(unit.id);
        const periods = catalogue.periodsOf(unit.id);
        const at = period && periods.some((candidate) => samePeriod(candidate, period)) ? period : periods[periods.length - 1]!;
        const named = namedLines.get(unit.id);
        const results = own.filter((candidate) => candidate.kind === 'result' && candidate.parentId === null);
        const lines = named ? [named] : results.length > 0 ? results : own;
        return { unit, own, at, named, lines };
      });
    builder.knowNames(plans.flatMap((plan) => plan.lines.map((line) => line.name)));
    // Values only, gathered per row by the store: hundreds of units are ranked, the few shown are read with their provenance later (withProvenance).
    const statements = await readDeviationRows(store, plans.map((plan) => ({ organisation: plan.unit, lines: plan.lines, period: plan.at })));
    const candidates: { unit: OrganisationRecord; row: DeviationRow; at: Period }[] = [];
    const deviates = (candidate: DeviationRow) => candidate.deviation !== null || candidate.forecastDeviation !== null;
    for (const [index, { unit, own, at, named }] of plans.entries()) {
      // The statement of the ranked lines alone: a unit's other lines play no part in its rank.
      const rows = statements[index]!;
      // The line the question names in each unit, or the unit's result line.
      const bottom = defaultLine(own);
      const row = rows.find((candidate) => candidate.item.id === named?.id) ?? rows.find((candidate) => candidate.item.id === bottom?.id && deviates(candidate)) ?? rows.find((candidate) => candidate.item.kind === 'result' && deviates(candidate)) ?? rows.find(deviates);
      if (row) candidates.push({ unit, row, at });
    }
    // Units are compared on the deviation most of them report, so a unit that also has the
    // other kind (a programme with both) is not left out for having one the others lack.
    const periodCount = candidates.filter((candidate) => candidate.row.deviation !== null).length;
    const forecastCount = candidates.filter((candidate) => candidate.row.forecastDeviation !== null).length;
    // "… against the period budget", "hittills": the period's deviations, where units have them.
    const kind = reading.period.accumulated && periodCount > 0 && prefer === 'period' ? 'period' : forecastCount > periodCount || (forecastCount === periodCount && prefer === 'forecast') ? 'forecast' : 'period';
    for (const { unit, row, at } of candidates) {
      const entry = valuesOnlyEntryOf(unit, row, at, kind);
      if (entry) entries.push(entry);
    }
  } else {
    // Only the report ranked is read: the one asked for, else the latest.
    const at0 = period ?? context.catalogue.periodsOf(organisation.id).at(-1) ?? null;
    const items = context.catalogue.itemsOf(organisation.id);
    const figures = await store.listFigures({ organisationIds: [organisation.id], ...(at0 ? { periods: [at0] } : {}) });
    builder.knowNames(items.map((item) => item.name));
    const at = period ?? latest(figures);
    if (at) {
      const kinds = dimension === 'projects' ? ['investment'] : ['income', 'cost'];
      const within = (candidate: LineItemRecord): boolean => {
        for (let parent = items.find((other) => other.id === candidate.parentId); parent; parent = items.find((other) => other.id === parent!.parentId)) if (parent.id === item?.id) return true;
        return false;
      };
      const rows = statementRows(organisation, items, figures, at);
      for (const row of rows) {
        // Projects are the investment lines, under the named total if there is one; other rankings rank a total's sub-lines.
        if (dimension === 'projects' ? !kinds.includes(row.item.kind) || (item !== null && !within(row.item)) : item ? row.item.parentId !== item.id : !kinds.includes(row.item.kind)) continue;
        const entry = entryOf(organisation, row, at, dimension === 'projects' ? 'forecast' : prefer);
        if (entry) entries.push(entry);
      }
      // A ranking of lines ranks the leaves of one level: a total ("Summa kostnader", a net cost
      // over its incomes and costs) is never ranked against its own parts. Where a line's sub-lines
      // are ranked on the same kind of deviation, the line is not. (Investment categories are
      // "types" of investment in their own right: a projects ranking keeps them.)
      if (item === null && dimension !== 'projects') return sortEntries(leavesOf(entries), direction, reading.ranking.orderOnly, asksNoFrame(reading));
    }
  }
  return sortEntries(entries, direction, reading.ranking.orderOnly, asksNoFrame(reading));
}

/**
 * The entries that are not a total of other entries: the kind of deviation ranked is chosen as
 * sortEntries chooses it, and a line with a sub-line ranked on that kind is left out.
 */
function leavesOf(entries: readonly Entry[]): Entry[] {
  const periodCount = entries.filter((entry) => entry.kind === 'period').length;
  const kind = periodCount * 2 >= entries.length ? 'period' : 'forecast';
  const ranked = entries.filter((entry) => entry.kind === kind);
  const childCount = new Map<number, number>();
  for (const entry of ranked) if (entry.row.item.parentId !== null) childCount.set(entry.row.item.parentId, (childCount.get(entry.row.item.parentId) ?? 0) + 1);
  // A line with one sub-line ("Inhyrd personal", varav "Hyrläkare") is not broken down: the sub-line is a
  // part said apart, so the line is ranked among its peers and the part is not ranked beside them.
  const varavParents = new Set([...childCount].filter(([, count]) => count === 1).map(([id]) => id));
  const ids = new Set(ranked.map((entry) => entry.row.item.id));
  return ranked.filter((entry) => {
    const parentId = entry.row.item.parentId;
    if (parentId !== null && varavParents.has(parentId) && ids.has(parentId)) return false;
    return !childCount.has(entry.row.item.id) || varavParents.has(entry.row.item.id);
  });
}

/** The entries that will be shown, with rows read again with their provenance where they were ranked on values only. */
async function withProvenance(context: AnswerContext, sorted: readonly Entry[]): Promise<Entry[]> {
  const shown = sorted.slice(0, context.reading.ranking.count);
  const slim = shown.filter((entry) => entry.valuesOnly);
  if (slim.length === 0) return shown;
  const figures = await context.store.listFigures({ organisationIds: slim.map((entry) => entry.organisation.id), lineItemIds: slim.map((entry) => entry.row.item.id), periods: [...new Map(slim.map((entry) => [`${entry.period.year}-${entry.period.month}`, entry.period])).values()] });
  return shown.map((entry) => {
    if (!entry.valuesOnly) return entry;
    const own = figures.filter((figure) => figure.lineItemId === entry.row.item.id && samePeriod(figure.period, entry.period));
    const row = statementRows(entry.organisation, [entry.row.item], own, entry.period)[0];
    const full = row ? entryOf(entry.organisation, row, entry.period, entry.kind) : null;
    return full ?? entry;
  });
}

function renderDeviations(context: AnswerContext, sorted: readonly Entry[], dimension: AnswerContext['reading']['ranking']['dimension'] | 'mixed'): Answer {
  const { reading, organisation, builder } = context;
  const language = reading.language;
  const { direction, count } = reading.ranking;
  const ranked = sorted.slice(0, count);
  const say = messages(language).ranking;
  if (ranked.length === 0) {
    // No projects at all is not the same as projects on plan: "no deviations" would read as the latter.
    const noProjects = dimension === 'projects' && ![organisation, ...descendantsOf(organisation, context.organisations)].some((unit) => context.catalogue.itemsOf(unit.id).some((line) => line.kind === 'investment'));
    return builder.build('no_data', noProjects ? say.noProjects(organisation.name) : say.noDeviations(direction, say.dimension(dimension), organisation.name));
  }
  // "Vilket kontoslag drar mest över?" says neither "hittills" nor "prognos": an entry shows the year's
  // deviation beside the period's (or the other way round) where the report has both, so a line that
  // runs over now and one that will by the year's end are both seen for what they are.
  const openFrame = asksNoFrame(reading);
  const lines = ranked.map((entry, index) => {
    const subject = dimension === 'units' || (dimension === 'mixed' && entry.organisation.id !== organisation.id) ? `${entry.organisation.name} (${entry.row.item.name})` : entry.row.item.name;
    const scoped = { ...context, organisation: entry.organisation };
    if (entry.previous) return `${index + 1}. ${subject}: ${changeText(scoped, entry, entry.previous)}`;
    const reported = entry.kind === 'period' ? entry.row.values.deviation : entry.row.values.forecast_deviation;
    const measured = entry.row.values.actual || entry.row.values.forecast ? undefined : reported;
    const against = entry.kind === 'period' ? 'budget' : 'full_year_budget';
    const inputs = entry.kind === 'period' ? [entry.row.values.actual, entry.row.values.budget] : [entry.row.values.forecast, entry.row.values.budget_full_year];
    for (const input of inputs) if (input && !measured) builder.support(entry.organisation.id, entry.row.item.name, input);
    const when = entry.kind === 'period' ? accumulatedPeriod(entry.period, language) : say.forecastAsOf(monthName(entry.period, language));
    return `${index + 1}. ${subject}: ${deviationText(scoped, entry.row.item.name, entry.value, against, { reported: measured, inputs })} (${when})${openFrame ? otherFrameText(scoped, entry) : ''}`;
  });
  const since = ranked[0]?.previous;
  const ordered = reading.ranking.orderOnly && direction !== 'any' && !since;
  const heading = ordered
    ? say.deviationsInOrder(dimension, organisation.name, direction)
    : since
    ? say.largestChangesSince(direction, monthName(since.period, language), dimension, organisation.name)
    : say.largestDeviations(direction, dimension, organisation.name);
  return builder.build('answered', `${heading}\n${lines.join('\n')}`);
}

/** "; 26,3 mnkr sämre än helårsbudgeten (prognos per augusti 2026)": the entry's other kind of deviation, or "" where it has none. */
function otherFrameText(context: AnswerContext, entry: Entry): string {
  if (entry.previous) return '';
  const { row } = entry;
  const language = context.reading.language;
  const kind = entry.kind === 'period' ? 'forecast' : 'period';
  const value = kind === 'period' ? row.deviation : row.forecastDeviation;
  // A deviation of nothing adds nothing to a list of deviations (and reads as the wrong direction in it).
  if (!value || value.value.isZero()) return '';
  const reported = kind === 'period' ? row.values.deviation : row.values.forecast_deviation;
  const inputs = kind === 'period' ? [row.values.actual, row.values.budget] : [row.values.forecast, row.values.budget_full_year];
  const measured = row.values.actual || row.values.forecast ? undefined : reported;
  for (const input of inputs) if (input && !measured) context.builder.support(entry.organisation.id, row.item.name, input);
  const when = kind === 'period' ? accumulatedPeriod(entry.period, language) : messages(language).ranking.forecastAsOf(monthName(entry.period, language));
  return `; ${deviationText(context, row.item.name, value, kind === 'period' ? 'budget' : 'full_year_budget', { reported: measured, inputs })} (${when})`;
}

// Ranking by size: the largest lines under a total, the largest investment
// projects, or a KPI's breakdown (which age group has the highest sick leave).
async function answerBySize(context: AnswerContext, period: Period | null, item: LineItemRecord | null): Promise<Answer | null> {
  const { reading, organisation, store, builder } = context;
  const language = reading.language;
  const say = messages(language).ranking;
  // Only the report ranked is read: the one asked for, else the latest.
  const at0 = period ?? context.catalogue.periodsOf(organisation.id).at(-1) ?? null;
  const items = context.catalogue.itemsOf(organisation.id);
  const figures = await store.listFigures({ organisationIds: [organisation.id], ...(at0 ? { periods: [at0] } : {}) });
  builder.knowNames(items.map((candidate) => candidate.name));
  const relevant = figures.filter((figure) => (item ? figure.lineItemId === item.id || items.find((candidate) => candidate.id === figure.lineItemId)?.parentId === item.id : true));
  // "Störst budget", "by budget": the budget amounts, the year's where the lines have them (an investment's budget is its year's), else the period's.
  const budgetMeasure = relevant.filter((figure) => figure.measure === 'budget_full_year').length >= relevant.filter((figure) => figure.measure === 'budget').length ? 'budget_full_year' : 'budget';
  const measure = reading.ranking.sizeOf === 'budget' && !reading.period.priorYear ? budgetMeasure : reading.wantsForecast ? 'forecast' : 'actual';
  const at = period ?? latest(relevant.filter((figure) => figure.measure === measure)) ?? latest(relevant);
  if (!at) return null;
  const all = buildStatement({ organisation, items, figures: figures.filter((figure) => samePeriod(figure.period, at)), period: at }).rows;
  let rows: StatementRow[];
  let label: (row: StatementRow) => string;
  if (item?.kind === 'kpi') {
    const groups = [...new Set(all.filter((row) => row.item.id === item.id && row.breakdownGroup !== '').map((row) => row.breakdownGroup))];
    // The group a question names: a word that starts with it ("åldersgrupp" → Ålder), or its English name.
    const foldGroup = (group: string) => group.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv-SE');
    const named = groups.find((group) => reading.words.some((word) => word.startsWith(foldGroup(group)))) ?? groups.find((group) => reading.breakdown.groupWords.includes(foldGroup(group)));
    rows = all.filter((row) => row.item.id === item.id && row.breakdownGroup !== '' && (named === undefined || row.breakdownGroup === named));
    label = (row) => row.breakdown;
  } else {
    // "Which cost type …": costs only; "vilka intäkter …": incomes only; else both.
    const says = (concept: string) => reading.conceptWords.some((word) => findConcepts([word], loadLexicon()).includes(concept));
    const named = says('costs') && !says('income') ? ['cost'] : says('income') && !says('costs') ? ['income'] : ['cost', 'income'];
    const kinds = reading.ranking.dimension === 'projects' ? ['investment'] : item ? null : named;
    const within = all.filter((row) => (item ? row.item.parentId === item.id : kinds!.includes(row.item.kind)));
    // "Av investeringarna beslutade före 2021, vilken …": the lines' breakdown the question names, else the lines themselves.
    const breakdowns = namedBreakdownLabels(reading, within.map((row) => row.breakdown), (label) => within.find((row) => row.breakdown === label)?.breakdownGroup ?? '');
    const candidates = within.filter((row) => (breakdowns && breakdowns.length > 0 ? breakdowns.includes(row.breakdown) : row.breakdown === ''));
    // A total is never ranked against its own parts: where a line's sub-lines are ranked, the line
    // is not. Parts that cannot be ranked on what is asked (a part the report names with its
    // outcome only, asked about the change against last year) leave their total in the ranking.
    const rankable = (row: StatementRow) => row.values[measure] !== undefined && (!reading.period.priorYear || row.values.prior_year_actual !== undefined);
    // One level is ranked: the parts of a plain line (Övriga kostnader's Försäkringspremier) are its
    // detail, never ranked beside the lines at its own level; a sum line's parts are that level.
    const ids = new Set(candidates.map((row) => row.item.id));
    const sumLines = new Set(candidates.filter((row) => row.item.totalOf === 'lines').map((row) => row.item.id));
    const level = candidates.filter((row) => row.item.parentId === null || !ids.has(row.item.parentId) || sumLines.has(row.item.parentId));
    const totals = new Set(level.filter(rankable).map((row) => row.item.parentId).filter((id): id is number => id !== null));
    // (Investment categories are "types" of investment in their own right: they stay.)
    rows = reading.ranking.dimension === 'projects' ? candidates : level.filter((row) => !totals.has(row.item.id));
    label = (row) => (row.breakdown ? `${row.item.name} (${row.breakdown})` : row.item.name);
  }
  const byChange = reading.period.priorYear;
  const entries = rows
    .map((row) => {
      const value = row.values[measure];
      const prior = row.values.prior_year_actual;
      if (!value) return null;
      // A cost grows when its size does, whatever the sign convention of the report.
      if (byChange) return prior ? { row, value, prior, size: printedGrowth(row) ?? (row.item.kind === 'cost' ? value.value.abs().minus(prior.value.abs()) : value.value.minus(prior.value)) } : null;
      return { row, value, prior: undefined, size: value.value.abs() };
    })
    .filter((entry): entry is NonNullable<typeof entry> => entry !== null)
    .sort((a, b) => (reading.ranking.direction === 'better' && byChange ? a.size.comparedTo(b.size) : b.size.comparedTo(a.size)));
  if (entries.length === 0) return null;
  const lines = entries.slice(0, reading.ranking.count).map((entry, index) => {
    const shown = builder.fact(organisation.id, entry.row.item.name, entry.value, { magnitude: entry.row.item.kind === 'cost' });
    const magnitude = entry.row.item.kind === 'cost';
    const change = entry.prior ? changeAgainstPrior(entry.row, entry.size, at) : '';
    const prior = entry.prior ? say.samePeriodLastYear(at.year - 1, builder.fact(organisation.id, entry.row.item.name, entry.prior, { magnitude }), change) : '';
    return `${index + 1}. ${label(entry.row)}: ${shown}${prior}`;
  });
  /**
   * The growth the report prints (its change against last year; for a cost kept negative,
   * the change of its size), where both years have the same sign; null where it prints none.
   */
  function printedGrowth(row: StatementRow): Dec | null {
    const change = row.changeAgainstPriorYear;
    const { actual, prior_year_actual: prior } = row.values;
    if (!change?.reported || !actual || !prior || actual.value.isNegative() !== prior.value.isNegative()) return null;
    return row.item.kind === 'cost' && actual.value.isNegative() ? change.value.negated() : change.value;
  }
  /** ", +5 806 tkr": the change itself, as the report prints it, else a derivation of the two figures shown. */
  function changeAgainstPrior(row: StatementRow, size: Dec, when: Period): string {
    const printed = row.changeAgainstPriorYear;
    if (printed?.reported && printedGrowth(row)) {
      const shown = builder.derived(printed, { decimals: 0, magnitude: true });
      return `, ${size.isZero() ? '' : size.isNegative() ? '−' : '+'}${shown}`;
    }
    const decimals = Math.max(row.values[measure]?.decimals ?? 0, row.values.prior_year_actual?.decimals ?? 0);
    const expression = row.item.kind === 'cost' ? '|actual| − |prior_year_actual|' : 'actual − prior_year_actual';
    const shown = builder.derived({ value: size, unit: row.unit, expression: `${expression} (${row.item.name}${row.breakdown ? ` – ${row.breakdown}` : ''}, ${formatPeriodText(when)})` }, { decimals, signed: true });
    return `, ${shown}`;
  }
  const what = item ? item.name : say.dimension(reading.ranking.dimension === 'projects' ? 'projects' : 'items');
  const measureLabel = measure === 'forecast' ? say.fullYearForecast() : measure === 'budget_full_year' ? say.fullYearBudget() : measure === 'budget' ? say.periodBudgetFor(accumulatedPeriod(at, language)) : say.actualFor(accumulatedPeriod(at, language));
  const heading = byChange ? say.largestIncreaseFirst(at.year - 1, what, organisation.name, measureLabel) : say.largestFirst(what, organisation.name, measureLabel);
  return builder.build('answered', `${heading}\n${lines.join('\n')}`);
}

// "Vilket område har tappat mest sedan augusti?", "which committee's forecast got worse
// since the August report?": each sub-unit's bottom line now against the earlier report —
// its deviation, or its full-year forecast when the question is about the forecast —
// ranked by the change.
async function rankUnitChanges(context: AnswerContext): Promise<Entry[]> {
  const { reading, organisation, store } = context;
  const units = descendantsOf(organisation, context.organisations);
  if (units.length === 0) return [];
  const lines = units.map((unit) => ({ unit, own: context.catalogue.itemsOf(unit.id), line: defaultLine(context.catalogue.itemsOf(unit.id)) })).filter((entry) => entry.line !== undefined);
  // Only each unit's bottom line is read.
  const figures = lines.length ? await store.listFigures({ organisationIds: lines.map((entry) => entry.unit.id), lineItemIds: lines.map((entry) => entry.line!.id) }) : [];
  const measure: ChangeMeasure = reading.wantsForecast ? 'forecast' : 'deviation';
  const entries: Entry[] = [];
  for (const { unit, own, line } of lines) {
    const ownFigures = figures.filter((figure) => figure.lineItemId === line!.id);
    const periods = [...new Map(ownFigures.map((figure) => [`${figure.period.year}-${figure.period.month}`, figure.period])).values()].sort(comparePeriods);
    const current = periods[periods.length - 1];
    const earlier = [...periods].reverse().find((period) => comparePeriods(period, current!) < 0 && (reading.period.comparedMonth === null || period.month === reading.period.comparedMonth));
    if (!current || !earlier) continue;
    const row = statementRows(unit, own, ownFigures, current).find((candidate) => candidate.item.id === line!.id);
    const old = statementRows(unit, own, ownFigures, earlier).find((candidate) => candidate.item.id === line!.id);
    if (!row || !old) continue;
    const change = changeOf(row, old, measure);
    if (!change) continue;
    entries.push({ organisation: unit, row, size: change, otherSize: null, value: { value: change, unit: row.unit, expression: `${measure === 'forecast' ? (isCostLike(row) ? '|forecast| before − |forecast| now' : 'forecast now − forecast before') : 'deviation now − deviation before'} (${unit.name}, ${row.item.name}, ${formatPeriodText(earlier)}→${formatPeriodText(current)})` }, kind: 'period', period: current, previous: { row: old, period: earlier, measure } });
  }
  return sortEntries(entries, reading.ranking.direction === 'any' && reading.ranking.changeWorse ? 'worse' : reading.ranking.direction);
}

type ChangeMeasure = 'deviation' | 'forecast';

/** A cost, or a net cost filed as a result: a larger one is worse. */
function isCostLike(row: StatementRow): boolean {
  return row.item.kind === 'cost' || (row.item.kind === 'result' && isNetCost(row.item.name));
}

/** How much better (positive) or worse the row is than the earlier one, on the measure; null when either lacks it. */
function changeOf(row: StatementRow, old: StatementRow, measure: ChangeMeasure): Dec | null {
  if (measure === 'deviation') return row.deviation && old.deviation ? row.deviation.value.minus(old.deviation.value) : null;
  const now = row.values.forecast;
  const before = old.values.forecast;
  if (!now || !before) return null;
  return isCostLike(row) ? before.value.abs().minus(now.value.abs()) : now.value.minus(before.value);
}

function formatPeriodText(period: Period): string {
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}

/** "+1,2 mnkr per september 2024 mot +7,3 mnkr per augusti 2024, en försämring med 6,1 mnkr". */
function changeText(context: AnswerContext, entry: Entry, previous: NonNullable<Entry['previous']>): string {
  const { builder, reading } = context;
  const language = reading.language;
  const show = (row: StatementRow): string => {
    if (previous.measure === 'forecast') return builder.fact(entry.organisation.id, row.item.name, row.values.forecast!, { magnitude: isCostLike(row) });
    const reported: StatementValue | undefined = row.values.deviation;
    if (reported) return builder.fact(entry.organisation.id, row.item.name, reported, { signed: true });
    for (const input of [row.values.actual, row.values.budget]) if (input) builder.support(entry.organisation.id, row.item.name, input);
    return builder.derived(row.deviation!, { decimals: row.unit === 'mnkr' ? 1 : 0, signed: true });
  };
  const decimals = entry.value.unit === 'mnkr' ? 1 : 0;
  const better = entry.value.value.isPositive();
  const say = messages(language);
  const moved = entry.value.value.isZero() ? say.unchanged() : say.ranking.changeBy(better, builder.derived(entry.value, { decimals, magnitude: true }));
  return say.ranking.changeSince(previous.measure === 'forecast' ? 'forecast' : 'deviation', show(entry.row), monthName(entry.period, language), show(previous.row), monthName(previous.period, language), moved);
}
