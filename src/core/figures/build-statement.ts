// Builds an organisation's statement for one report period from stored figures:
// every line in report order with its measures and the derived deviations.
// A pure function of its inputs, so the CLI, answers and drafts see the same rows.
import type { Dec } from '../numbers/decimal.js';
import { convertUnit, isMoneyUnit, type Unit } from '../numbers/units.js';
import { changeAgainst, deviation, deviationPercent } from '../numbers/derived-measures.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from './records.js';
import { formatPeriod, samePeriod, type Period } from './period.js';
import type { Measure } from './vocabulary.js';

/** One measure of a line in the statement, converted to the line's display unit. */
export interface StatementValue {
  readonly value: Dec;
  readonly unit: Unit;
  readonly decimals: number;
  readonly figure: FigureRecord;
}

/** A derived figure with the expression that produced it. */
export interface DerivedValue {
  readonly value: Dec;
  readonly unit: Unit;
  readonly expression: string;
}

/** A line of the statement. Breakdown rows (e.g. sick leave for women) carry their group. */
export interface StatementRow {
  readonly item: LineItemRecord;
  readonly depth: number;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  readonly unit: Unit;
  readonly values: Partial<Record<Measure, StatementValue>>;
  /** Period deviation: derived from actual and budget, or as reported. */
  readonly deviation: DerivedValue | null;
  readonly deviationPercent: DerivedValue | null;
  /** Full-year forecast against full-year budget (or target), or as reported. */
  readonly forecastDeviation: DerivedValue | null;
  readonly changeAgainstPriorYear: DerivedValue | null;
  readonly changeAgainstPriorYearPercent: DerivedValue | null;
}

export interface Statement {
  readonly organisation: OrganisationRecord;
  readonly period: Period;
  readonly rows: readonly StatementRow[];
}

/** Orders items as in the report: parents before their children, siblings by sortOrder. */
export function orderItems(items: readonly LineItemRecord[]): { item: LineItemRecord; depth: number }[] {
  const children = new Map<number | null, LineItemRecord[]>();
  const ids = new Set(items.map((item) => item.id));
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  const ordered: { item: LineItemRecord; depth: number }[] = [];
  const visit = (parent: number | null, depth: number): void => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    for (const item of list) {
      ordered.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

function displayUnitFor(organisation: OrganisationRecord, figures: readonly FigureRecord[]): Unit {
  const first = figures[0];
  if (!first) return organisation.reportUnit ?? 'tkr';
  if (isMoneyUnit(first.unit) && organisation.reportUnit) return organisation.reportUnit;
  return first.unit;
}

function derived(value: Dec, unit: Unit, expression: string): DerivedValue {
  return { value, unit, expression };
}

/** The statement of `organisation` for `period`, built from its items and figures. */
export function buildStatement(input: {
  organisation: OrganisationRecord;
  items: readonly LineItemRecord[];
  figures: readonly FigureRecord[];
  period: Period;
}): Statement {
  const { organisation, period } = input;
  const inPeriod = input.figures.filter((figure) => samePeriod(figure.period, period));
  const rows: StatementRow[] = [];
  for (const { item, depth } of orderItems(input.items.filter((item) => item.organisationId === organisation.id))) {
    const own = inPeriod.filter((figure) => figure.lineItemId === item.id);
    const groups = new Map<string, FigureRecord[]>();
    for (const figure of own) {
      const key = `${figure.breakdownGroup}\u0000${figure.breakdown}`;
      groups.set(key, [...(groups.get(key) ?? []), figure]);
    }
    for (const figures of groups.values()) rows.push(buildRow(organisation, item, depth, figures));
  }
  return { organisation, period, rows };
}

function buildRow(organisation: OrganisationRecord, item: LineItemRecord, depth: number, figures: FigureRecord[]): StatementRow {
  const unit = displayUnitFor(organisation, figures);
  const values: Partial<Record<Measure, StatementValue>> = {};
  for (const figure of figures) {
    const value = isMoneyUnit(figure.unit) && isMoneyUnit(unit) ? convertUnit(figure.value, figure.unit, unit) : figure.value;
    values[figure.measure] = { value, unit, decimals: figure.decimals, figure };
  }
  const first = figures[0]!;
  const period = formatPeriod(first.period);
  const actual = values.actual?.value;
  const budget = values.budget?.value ?? values.target?.value;
  const budgetName = values.budget ? 'budget' : 'target';
  let periodDeviation: DerivedValue | null = null;
  if (actual !== undefined && budget !== undefined) {
    const expression = item.better === 'higher' ? `actual − ${budgetName}` : `${budgetName} − actual`;
    periodDeviation = derived(deviation(actual, budget, item.better), unit, `${expression} (${item.name}, ${period})`);
  } else if (values.deviation) {
    periodDeviation = derived(values.deviation.value, unit, `reported deviation (${item.name}, ${period})`);
  }
  const percent = periodDeviation && budget !== undefined && values.budget ? deviationPercent(periodDeviation.value, budget) : null;
  const forecast = values.forecast?.value;
  const fullYear = values.budget_full_year?.value ?? values.target_full_year?.value;
  let forecastDeviation: DerivedValue | null = null;
  if (forecast !== undefined && fullYear !== undefined) {
    forecastDeviation = derived(deviation(forecast, fullYear, item.better), unit, `forecast − full-year ${values.budget_full_year ? 'budget' : 'target'} (${item.name}, ${period})`);
  } else if (values.forecast_deviation) {
    forecastDeviation = derived(values.forecast_deviation.value, unit, `reported forecast deviation (${item.name}, ${period})`);
  }
  const prior = values.prior_year_actual?.value;
  const change = actual !== undefined && prior !== undefined ? changeAgainst(actual, prior) : null;
  return {
    item,
    depth,
    breakdownGroup: first.breakdownGroup,
    breakdown: first.breakdown,
    unit,
    values,
    deviation: periodDeviation,
    deviationPercent: percent === null ? null : derived(percent, '%', `deviation / |${budgetName}| × 100 (${item.name}, ${period})`),
    forecastDeviation,
    changeAgainstPriorYear: change ? derived(change.change, unit, `actual − prior-year actual (${item.name}, ${period})`) : null,
    changeAgainstPriorYearPercent:
      change && change.percent !== null ? derived(change.percent, '%', `change / |prior-year actual| × 100 (${item.name}, ${period})`) : null,
  };
}
