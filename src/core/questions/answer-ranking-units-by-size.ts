// "Vilken verksamhet har dragit mest pengar?": sub-units ranked by the size of their
// outcome (or forecast) on the line the question names, else on their result line.
import { buildStatement, type DerivedValue, type StatementRow } from '../figures/build-statement.js';
import { comparePeriods, formatPeriod, samePeriod, type Period } from '../figures/period.js';
import { isNetCost } from './is-net-cost.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { Answer } from '../answering/answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { accumulatedPeriod } from './answer-phrases.js';
import { messages } from './messages/messages.js';
import { namedLineInUnits } from './named-line-in-units.js';

/** The ranking, or null when no sub-unit has the measure. */
export async function answerUnitsBySize(context: AnswerContext, period: Period | null): Promise<Answer | null> {
  const { store, organisation, builder, reading, catalogue } = context;
  const language = reading.language;
  // "Störst budget", "by budget": the units' budgets, the year's where they have them, else the period's.
  const measures = reading.ranking.sizeOf === 'budget' && !reading.period.priorYear ? (['budget_full_year', 'budget'] as const) : ([reading.wantsForecast ? 'forecast' : 'actual'] as const);
  const reportingAll = descendantsOf(organisation, context.organisations).filter((unit) => catalogue.periodsOf(unit.id).length > 0 && (context.visible === undefined || context.visible.has(unit.id)));
  // "Top 3 clinics", "vilka nämnder kostar mest": units of that kind where the tree has any, as
  // a ranking by deviation narrows them (a department word narrows nothing, see answer-ranking).
  const wanted: readonly OrganisationRecord['kind'][] = reading.ranking.unitKinds.filter((kind) => kind !== 'department');
  const ofKind = reportingAll.filter((unit) => wanted.includes(unit.kind));
  // "Rank the förvaltningsområden": the units a word of their names says, where several of them report.
  const namedSo = reportingAll.filter((unit) => reading.ranking.unitIds.includes(unit.id));
  const units = namedSo.length > 1 ? namedSo : ofKind.length > 0 ? ofKind : reportingAll;
  if (units.length === 0) return null;
  const names = reading.contentWords.length > 0 || reading.concepts.length > 0;
  const namedLines = names ? namedLineInUnits(context.itemWords, new Map(units.map((unit) => [unit.id, catalogue.itemsOf(unit.id)]))) : new Map<number, LineItemRecord>();
  const lineIds = units.flatMap((unit) => {
    const own = catalogue.itemsOf(unit.id);
    const named = namedLines.get(unit.id);
    return named ? [named.id] : own.filter((item) => item.kind === 'result' && item.parentId === null).map((item) => item.id);
  });
  if (lineIds.length === 0) return null;
  const figures = await store.listFigures({ organisationIds: units.map((unit) => unit.id), lineItemIds: lineIds, ...(period ? { periods: [period] } : {}) });
  let entries: { unit: OrganisationRecord; row: StatementRow; at: Period }[] = [];
  let measure: (typeof measures)[number] = measures[0];
  for (const candidate of measures) {
    measure = candidate;
    entries = unitRows(units, measure);
    if (entries.length > 0) break;
  }
  function unitRows(units: readonly OrganisationRecord[], measure: (typeof measures)[number]): { unit: OrganisationRecord; row: StatementRow; at: Period }[] {
  const entries: { unit: OrganisationRecord; row: StatementRow; at: Period }[] = [];
  for (const unit of units) {
    const items = catalogue.itemsOf(unit.id);
    const ids = new Set(items.map((item) => item.id));
    const own = figures.filter((figure) => ids.has(figure.lineItemId));
    const at = period ?? [...own].sort((a, b) => comparePeriods(b.period, a.period))[0]?.period;
    if (!at) continue;
    const rows = buildStatement({ organisation: unit, items, figures: own.filter((figure) => samePeriod(figure.period, at)), period: at }).rows.filter((row) => row.breakdown === '');
    const named = namedLines.get(unit.id);
    const row = rows.find((candidate) => candidate.item.id === named?.id && candidate.values[measure]) ?? rows.find((candidate) => candidate.item.kind === 'result' && candidate.item.parentId === null && candidate.values[measure]);
    if (row) entries.push({ unit, row, at });
  }
  return entries;
  }
  if (entries.length === 0) return null;
  const say = messages(language).ranking;
  const label = (at: Period) => (measure === 'forecast' ? say.fullYearForecast() : measure === 'budget_full_year' ? say.fullYearBudget() : measure === 'budget' ? say.periodBudgetFor(accumulatedPeriod(at, language)) : say.actualFor(accumulatedPeriod(at, language)));
  // "Vilken verksamhet har ökat mest jämfört med i fjol?": the change against the same period last year.
  if (reading.period.priorYear && (measure === 'actual' || measure === 'forecast')) return rankByChange(context, entries, measure, label);
  entries.sort((a, b) => b.row.values[measure]!.value.abs().comparedTo(a.row.values[measure]!.value.abs()));
  // "Vilken nämnd investerar mest?" names neither the period nor the year: the year's forecast is shown beside the
  // outcome ranked on, so a unit that has spent little so far but will spend most by the year's end is seen as such.
  const openFrame = measure === 'actual' && !reading.period.accumulated && !reading.period.fullYear && !reading.period.periodBudget;
  const beside = (unit: OrganisationRecord, row: StatementRow) => (openFrame && row.values.forecast ? ` (${say.besideForecast(builder.fact(unit.id, row.item.name, row.values.forecast, { magnitude: true }))})` : '');
  const lines = entries.slice(0, reading.ranking.count).map(({ unit, row }, index) => `${index + 1}. ${unit.name} (${row.item.name}): ${builder.fact(unit.id, row.item.name, row.values[measure]!, { magnitude: true })}${beside(unit, row)}`);
  const at = entries[0]!.at;
  return builder.build('answered', `${say.unitsLargestFirst(organisation.name, label(at))}\n${lines.join('\n')}`);
}

/** Units ranked by how much their figure grew against the same period last year (a cost by its size), or null when none has last year's. */
function rankByChange(context: AnswerContext, entries: readonly { unit: OrganisationRecord; row: StatementRow; at: Period }[], measure: 'actual' | 'forecast', label: (at: Period) => string): Answer | null {
  const { builder, reading, organisation } = context;
  const say = messages(reading.language).ranking;
  const changes = entries
    .map((entry) => {
      const value = entry.row.values[measure];
      const prior = entry.row.values.prior_year_actual;
      if (!value || !prior) return null;
      const magnitude = entry.row.item.kind === 'cost' || isNetCost(entry.row.item.name);
      const change: DerivedValue = {
        value: magnitude ? value.value.abs().minus(prior.value.abs()) : value.value.minus(prior.value),
        unit: value.unit,
        expression: `${magnitude ? `|${measure}| − |prior_year_actual|` : `${measure} − prior_year_actual`} (${entry.unit.name}, ${entry.row.item.name}, ${formatPeriod(entry.at)})`,
      };
      return { ...entry, value, prior, change, magnitude };
    })
    .filter((entry): entry is NonNullable<typeof entry> => entry !== null)
    .sort((a, b) => b.change.value.comparedTo(a.change.value));
  if (changes.length === 0) return null;
  const lines = changes.slice(0, reading.ranking.count).map(({ unit, row, value, prior, change, magnitude }, index) => {
    const decimals = Math.max(value.decimals, prior.decimals);
    const shown = `${builder.fact(unit.id, row.item.name, value, { magnitude })}, ${say.samePeriodLastYearWords()} ${builder.fact(unit.id, row.item.name, prior, { magnitude })}`;
    return `${index + 1}. ${unit.name} (${row.item.name}): ${builder.derived(change, { decimals, signed: true })} (${shown})`;
  });
  const at = changes[0]!.at;
  return builder.build('answered', `${say.unitsLargestIncreaseFirst(at.year - 1, organisation.name, label(at))}\n${lines.join('\n')}`);
}

