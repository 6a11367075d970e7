// A parent whose figures are all in its sub-units ("hur går det för gemensamma
// tjänster?"): each result line the sub-units share, summed, with the sum declared
// as a derivation of the sub-units' figures. Only figures every included sub-unit
// has are summed, so a total never silently leaves a part out.
import { buildStatement, type DerivedValue, type StatementRow } from '../figures/build-statement.js';
import { comparePeriods, formatPeriod, samePeriod } from '../figures/period.js';
import type { OrganisationRecord } from '../figures/records.js';
import { Dec } from '../numbers/decimal.js';
import { defaultDecimals } from '../numbers/format-swedish.js';
import type { Answer } from '../answering/answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { directionWords } from './answer-phrases.js';
import { messages } from './messages/messages.js';
import { defaultLine } from './default-line.js';
import { answerCauses } from './answer-causes.js';
import { answerOverview } from './answer-overview.js';
import { answerLine } from './answer-figure.js';

/** The sub-units that report figures nearest below `organisation` (none of their ancestors up to it do). */
function reportingUnits(context: AnswerContext, organisation: OrganisationRecord): OrganisationRecord[] {
  const { catalogue, organisations } = context;
  const reporting = (unit: OrganisationRecord) => catalogue.periodsOf(unit.id).length > 0;
  const found: OrganisationRecord[] = [];
  const visit = (parent: OrganisationRecord) => {
    for (const child of organisations.filter((candidate) => candidate.parentId === parent.id)) {
      if (reporting(child)) found.push(child);
      else visit(child);
    }
  };
  visit(organisation);
  return found;
}

/**
 * A board whose figures one administration reports ("Socialnämnden" and "Socialförvaltningen"): that
 * administration; null for any other organisation (a region's or a municipality's result is not one unit's).
 */
export function soleReportingAdministration(context: AnswerContext, organisation: OrganisationRecord): OrganisationRecord | null {
  const units = reportingUnits(context, organisation).filter((unit) => context.visible === undefined || context.visible.has(unit.id));
  const sole = units.length === 1 ? units[0]! : undefined;
  return sole && organisation.kind === 'board' && sole.parentId === organisation.id && sole.kind === 'administration' ? sole : null;
}

/** The answer for the one sub-unit that reports for the organisation: its overview, its result's causes or its result. */
async function answerForSoleUnit(context: AnswerContext, unit: OrganisationRecord): Promise<Answer> {
  const { catalogue, reading, organisation, store } = context;
  const items = catalogue.itemsOf(unit.id);
  const periods = catalogue.periodsOf(unit.id);
  const item = defaultLine(items) ?? null;
  const own = { ...context, organisation: unit, namedOrganisation: true };
  const resolved = { item, items, periods, period: null };
  let answer: Answer;
  if (reading.intent === 'causes') answer = await answerCauses(own, item, periods[periods.length - 1]!, null);
  else if (reading.asksOverview || !item) answer = await answerOverview(own, resolved);
  else answer = answerLine(own, { item, items, figures: await store.listFigures({ organisationIds: [unit.id], lineItemIds: [item.id] }), period: null });
  if (answer.status !== 'answered') return answer;
  return { ...answer, text: `${messages(reading.language).question.figuresReportedBy(organisation.name, unit.name)}\n${answer.text}` };
}

/** The roll-up answer, or no_data when the sub-units share no result line. */
export async function answerRollup(context: AnswerContext): Promise<Answer> {
  const { store, catalogue, organisation, builder, reading } = context;
  const text = messages(reading.language);
  const units = reportingUnits(context, organisation).filter((unit) => context.visible === undefined || context.visible.has(unit.id));
  // A board's one administration: that unit's figures, said to be its.
  const sole = soleReportingAdministration(context, organisation);
  if (sole) return answerForSoleUnit(context, sole);
  if (units.length < 2 || descendantsOf(organisation, context.organisations).length === 0) return builder.build('no_data', text.noFiguresInTree(organisation.name));
  // The latest report all of them have.
  const common = catalogue
    .periodsOf(units[0]!.id)
    .filter((period) => units.every((unit) => catalogue.periodsOf(unit.id).some((other) => samePeriod(other, period))))
    .sort(comparePeriods)
    .pop();
  if (!common) return builder.build('no_data', text.noFiguresInTree(organisation.name));
  const figures = await store.listFigures({ organisationIds: units.map((unit) => unit.id), periods: [common] });
  const rowsByUnit = units.map((unit) => {
    const items = catalogue.itemsOf(unit.id);
    const rows = buildStatement({ organisation: { ...unit, reportUnit: organisation.reportUnit ?? unit.reportUnit }, items, figures: figures.filter((figure) => items.some((item) => item.id === figure.lineItemId)), period: common }).rows;
    return { unit, rows: rows.filter((row) => row.breakdown === '' && row.item.kind === 'result' && row.item.parentId === null) };
  });
  const keys = [...new Set(rowsByUnit[0]!.rows.map((row) => row.item.key))].filter((key) => rowsByUnit.every(({ rows }) => rows.some((row) => row.item.key === key)));
  const lines: string[] = [];
  for (const key of keys) {
    const rows = rowsByUnit.map(({ unit, rows: own }) => ({ unit, row: own.find((row) => row.item.key === key)! }));
    const name = rows[0]!.row.item.name;
    const parts: string[] = [];
    const sum = (pick: (row: StatementRow) => DerivedValue | null | undefined, label: string): DerivedValue | null => {
      const values = rows.map(({ row }) => pick(row));
      if (values.some((value) => !value)) return null;
      const unit = values[0]!.unit;
      if (values.some((value) => value!.unit !== unit)) return null;
      return { value: values.reduce((total, value) => total.plus(value!.value), new Dec(0)), unit, expression: `${label} summed over ${rows.map(({ unit: part }) => part.name).join(' + ')} (${name}, ${formatPeriod(common)})` };
    };
    const support = (row: StatementRow, unit: OrganisationRecord) => {
      for (const value of Object.values(row.values)) if (value) builder.support(unit.id, row.item.name, value);
    };
    for (const { unit, row } of rows) support(row, unit);
    const show = (value: DerivedValue, magnitude = false) => builder.derived(value, { decimals: defaultDecimals(value.unit), magnitude });
    const actual = sum((row) => (row.values.actual ? { value: row.values.actual.value, unit: row.values.actual.unit, expression: '' } : null), 'actual');
    const budget = sum((row) => (row.values.budget ? { value: row.values.budget.value, unit: row.values.budget.unit, expression: '' } : null), 'budget');
    if (actual) parts.push(text.rollupActual(show(actual), budget ? show(budget) : null));
    const deviation = sum((row) => row.deviation, 'deviation');
    if (deviation) parts.push(text.rollupDeviation(show(deviation, true), directionWords(deviation.value, 'budget', reading.language)));
    const forecast = sum((row) => row.forecastDeviation, 'forecast deviation');
    if (forecast) parts.push(text.rollupForecastDeviation(show(forecast, true), directionWords(forecast.value, 'full_year_budget', reading.language)));
    if (parts.length > 0) lines.push(text.rollupLine(name, parts));
  }
  if (lines.length === 0) return builder.build('no_data', text.noFiguresInTree(organisation.name));
  return builder.build('answered', `${text.rollupHeading(organisation.name, units.map((unit) => unit.name), common)}\n${lines.join('\n')}`);
}
