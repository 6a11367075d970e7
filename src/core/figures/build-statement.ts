// Builds an organisation's statement for one report period from stored figures:
// every line in report order with its measures, its deviations and its change
// against last year. A deviation, difference or percentage the report prints is
// the one the row carries (marked `reported`); it is derived from the levels only
// where the report prints none (docs/decisions/0006). A pure function of its
// inputs, so the CLI, answers, drafts and digests see the same rows.
import { Dec } from '../numbers/decimal.js';
import { baseUnitExponent, convertUnit, isMoneyUnit, type Unit } from '../numbers/units.js';
import { defaultDecimals } from '../numbers/format-swedish.js';
import { changeAgainst, deviation, deviationPercent } from '../numbers/derived-measures.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from './records.js';
import { formatPeriod, samePeriod, type Period } from './period.js';
import { PERCENT_MEASURES, type ItemKind, type Measure } from './vocabulary.js';

/** One measure of a line in the statement, converted to the line's display unit. */
export interface StatementValue {
  readonly value: Dec;
  readonly unit: Unit;
  readonly decimals: number;
  readonly figure: FigureRecord;
  /** The kind of the line it belongs to, so that it can be described ("Utfall jan–aug 2024"). */
  readonly itemKind?: ItemKind;
}

/** The stored figure a deviation, difference or percentage of the statement is, when the report prints it. */
export interface ReportedValue {
  readonly organisationId: number;
  readonly itemName: string;
  readonly value: StatementValue;
}

/** A derived figure with the expression that produced it, or a printed one (then `reported` says which figure it is). */
export interface DerivedValue {
  readonly value: Dec;
  readonly unit: Unit;
  readonly expression: string;
  /** Set when the report prints this figure: answers show and cite the stored figure, not a derivation. */
  readonly reported?: ReportedValue;
}

/** A line of the statement. Breakdown rows (e.g. sick leave for women) carry their group. */
export interface StatementRow {
  readonly item: LineItemRecord;
  readonly depth: number;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  readonly unit: Unit;
  readonly values: Partial<Record<Measure, StatementValue>>;
  /** Figures about another period than the report's (an earlier year's outcome, a later target, a change since a date). */
  readonly referenced: readonly StatementValue[];
  /** Period deviation: as reported, or derived from actual and budget. */
  readonly deviation: DerivedValue | null;
  readonly deviationPercent: DerivedValue | null;
  /** Full-year forecast against full-year budget (or target): as reported, or derived. */
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

/**
 * Decimals to show a stored value with: as the report printed it in its own unit;
 * converted, the unit's usual decimals but never finer than the source was
 * (−696 353 tkr is −696,4 mnkr, 6,2 mnkr is 6 200 tkr).
 */
export function shownDecimals(statementValue: Pick<StatementValue, 'unit' | 'figure'>): number {
  const { figure, unit } = statementValue;
  if (unit === figure.unit) return Math.max(figure.decimals, 0);
  const sourcePrecision = figure.decimals + baseUnitExponent(unit) - baseUnitExponent(figure.unit);
  return Math.max(0, Math.min(defaultDecimals(unit), sourcePrecision));
}

function derived(value: Dec, unit: Unit, expression: string): DerivedValue {
  return { value, unit, expression };
}

/**
 * The statement of `organisation` for `period`, built from its items and figures. With
 * `deviationsOnly` its rows carry their values and both deviations, exactly as in the full
 * statement, and no percentages or changes against last year (null): enough to rank hundreds
 * of units by, without the two 40-digit divisions per row that a ranking never shows.
 */
export function buildStatement(input: {
  organisation: OrganisationRecord;
  items: readonly LineItemRecord[];
  figures: readonly FigureRecord[];
  period: Period;
  deviationsOnly?: boolean;
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
    for (const figures of groups.values()) rows.push(buildRow(organisation, item, depth, figures, input.deviationsOnly ?? false));
  }
  return { organisation, period, rows };
}

function buildRow(organisation: OrganisationRecord, item: LineItemRecord, depth: number, figures: FigureRecord[], deviationsOnly: boolean): StatementRow {
  const unit = displayUnitFor(organisation, figures.filter((figure) => !PERCENT_MEASURES.includes(figure.measure)));
  const values: Partial<Record<Measure, StatementValue>> = {};
  const referenced: StatementValue[] = [];
  for (const figure of figures) {
    const shownIn = PERCENT_MEASURES.includes(figure.measure) ? figure.unit : unit;
    const value = isMoneyUnit(figure.unit) && isMoneyUnit(shownIn) ? convertUnit(figure.value, figure.unit, shownIn) : figure.value;
    const statementValue: StatementValue = { value, unit: isMoneyUnit(figure.unit) ? shownIn : figure.unit, decimals: figure.decimals, figure, itemKind: item.kind };
    if (figure.reference) referenced.push(statementValue);
    else values[figure.measure] = statementValue;
  }
  const first = figures[0]!;
  const period = formatPeriod(first.period);
  const label = `${item.name}, ${period}`;
  const asReported = (measure: Measure, expression: string): DerivedValue | null => {
    const stored = values[measure];
    return stored ? { value: stored.value, unit: stored.unit, expression: `${expression} (${label})`, reported: { organisationId: organisation.id, itemName: item.name, value: stored } } : null;
  };
  const actual = values.actual?.value;
  const budget = values.budget?.value ?? values.target?.value;
  const budgetName = values.budget ? 'budget' : 'target';
  let periodDeviation = asReported('deviation', 'reported deviation');
  if (!periodDeviation && actual !== undefined && budget !== undefined) {
    const expression = item.better === 'higher' ? `actual − ${budgetName}` : `${budgetName} − actual`;
    periodDeviation = derived(deviation(actual, budget, item.better), unit, `${expression} (${label})`);
  }
  const forecast = values.forecast?.value;
  const fullYear = values.budget_full_year?.value ?? values.target_full_year?.value;
  let forecastDeviation = asReported('forecast_deviation', 'reported forecast deviation');
  if (!forecastDeviation && forecast !== undefined && fullYear !== undefined) {
    forecastDeviation = derived(deviation(forecast, fullYear, item.better), unit, `forecast − full-year ${values.budget_full_year ? 'budget' : 'target'} (${label})`);
  }
  // Field by field, in one order for both kinds of row (V8 keeps one shape; a spread is slower).
  const row = (deviationPercent: DerivedValue | null, changeAgainstPriorYear: DerivedValue | null, changeAgainstPriorYearPercent: DerivedValue | null): StatementRow => ({
    item,
    depth,
    breakdownGroup: first.breakdownGroup,
    breakdown: first.breakdown,
    unit,
    values,
    referenced,
    deviation: periodDeviation,
    deviationPercent,
    forecastDeviation,
    changeAgainstPriorYear,
    changeAgainstPriorYearPercent,
  });
  if (deviationsOnly) return row(null, null, null);
  let percent = asReported('deviation_percent', 'reported deviation in per cent');
  if (!percent && periodDeviation && budget !== undefined && values.budget) {
    const derivedPercent = deviationPercent(periodDeviation.value, budget);
    if (derivedPercent) percent = derived(derivedPercent, '%', `deviation / |${budgetName}| × 100 (${label})`);
  }
  const prior = values.prior_year_actual?.value;
  let change = asReported('prior_year_change', 'reported change against the same period last year');
  if (!change && actual !== undefined && prior !== undefined) change = derived(changeAgainst(actual, prior).change, unit, `actual − prior-year actual (${label})`);
  let changePercent = asReported('prior_year_change_percent', 'reported change against the same period last year in per cent');
  if (!changePercent && change && prior !== undefined) {
    const derivedPercent = changeAgainst(new Dec(prior).plus(change.value), prior).percent;
    if (derivedPercent) changePercent = derived(derivedPercent, '%', `change / |prior-year actual| × 100 (${label})`);
  }
  return row(percent, change, changePercent);
}
