// Collects the rows of a figures file and checks every arithmetic relation they
// allow: a printed deviation against actual − budget and forecast − budget, a
// difference against last year against the two years, percentages and shares
// against their parts, a forecast change against the two forecasts, and a total
// line against its parts (its child lines, or the same line in its sub-units).
// Rows are kept compactly (figure-index.ts), since files run to millions of rows.
import type { Dec } from '../numbers/decimal.js';
import type { Unit } from '../numbers/units.js';
import { parsePeriod, type Period } from '../figures/period.js';
import type { CheckOutcome, CheckRelation } from '../figures/records.js';
import type { Better, Measure } from '../figures/vocabulary.js';
import type { FigureRow } from './figure-row-schema.js';
import type { ItemDefinition } from './figure-import-checker.js';
import type { ImportProblem } from './import-problem.js';
import {
  difference,
  differenceFormula,
  formulaNumber,
  inUnit,
  intervalOf,
  judge,
  percentFormula,
  percentOf,
  printedIn,
  sum,
  sumFormula,
  type Interval,
  type Operand,
} from './check-arithmetic.js';
import { FigureIndex, type Entry, type GroupView } from './figure-index.js';

/** One check of a printed figure, as the import records it with its batch. */
export interface ImportCheck {
  readonly organisation: string;
  readonly item: string;
  readonly period: Period;
  readonly measure: Measure;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  readonly reference: Period | null;
  readonly relation: CheckRelation;
  readonly outcome: CheckOutcome;
  /** The printed value and what the relation gives, in `unit`. */
  readonly reported: Dec;
  readonly computed: Dec;
  readonly unit: Unit;
  readonly decimals: number;
  readonly formula: string;
  readonly lines: readonly number[];
}

/** Everything the checks found: the checks to record, warnings to show, and errors that reject the file. */
export interface RelationFindings {
  readonly checks: readonly ImportCheck[];
  readonly warnings: readonly ImportProblem[];
  readonly problems: readonly ImportProblem[];
}

/** Measures a total line is checked for against its parts. */
const TOTAL_MEASURES: readonly Measure[] = ['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual', 'prior_year_full_year', 'deviation', 'forecast_deviation', 'prior_year_change'];

const RELATION_WORDS: Readonly<Record<CheckRelation, string>> = {
  deviation: 'deviation',
  forecast_deviation: 'forecast deviation',
  prior_year_change: 'change against last year',
  deviation_percent: 'deviation in per cent',
  prior_year_change_percent: 'change against last year in per cent',
  share: 'share',
  forecast_change: 'forecast change',
  total: 'total',
};

/** Feed every accepted row with `add`; `evaluate` once the file is read. */
export class FigureRelations {
  private readonly index = new FigureIndex();

  add(row: FigureRow): void {
    this.index.add(row);
  }

  /** Checks every relation the rows allow. `parents` maps each organisation to its parent's name (null at the top). */
  evaluate(items: ReadonlyMap<string, ItemDefinition>, parents: ReadonlyMap<string, string | null>): RelationFindings {
    const findings = new FindingList();
    for (const group of this.index.groups()) {
      const definition = items.get(`${group.organisation}\u0000${group.item}`);
      if (definition) this.checkGroup(group, definition.better, definition.parentItem, findings);
    }
    for (const definition of items.values()) if (definition.totalOf !== '') this.checkTotal(definition, items, parents, findings);
    return findings.result();
  }

  private checkGroup(group: GroupView, better: Better, parentItem: string, findings: FindingList): void {
    const get = (measure: Measure) => group.get(measure);
    const actual = get('actual');
    const plan = get('budget') ?? get('target');
    const deviation = get('deviation');
    const ordered = (outcome: Entry, planned: Entry) => (better === 'higher' ? [outcome, planned] : [planned, outcome]) as [Entry, Entry];
    if (deviation && actual && plan) findings.difference(group, 'deviation', 'deviation', deviation, ...ordered(actual, plan));
    const forecastDeviation = get('forecast_deviation');
    const forecast = get('forecast');
    const fullYear = get('budget_full_year') ?? get('target_full_year');
    if (forecastDeviation && forecast && fullYear) findings.difference(group, 'forecast_deviation', 'forecast_deviation', forecastDeviation, ...ordered(forecast, fullYear));
    const prior = get('prior_year_actual');
    const change = get('prior_year_change');
    if (change && actual && prior) findings.difference(group, 'prior_year_change', 'prior_year_change', change, actual, prior);
    const budget = get('budget');
    const deviationPercent = get('deviation_percent');
    if (deviationPercent && budget && (deviation || actual)) {
      const [outcome, planned] = ordered(actual ?? budget, budget);
      const x = deviation ? intervalOf(deviation) : difference(intervalOf(outcome), intervalOf(planned));
      const text = deviation ? number(deviation) : `(${differenceFormula(printedIn(outcome, budget.unit), printedIn(planned, budget.unit))})`;
      findings.percent(group, 'deviation_percent', 'deviation_percent', deviationPercent, x, text, budget, deviation ? [deviation, budget] : [actual!, budget]);
    }
    const changePercent = get('prior_year_change_percent');
    if (changePercent && prior && (change || actual)) {
      const x = change ? intervalOf(change) : difference(intervalOf(actual!), intervalOf(prior));
      const text = change ? number(change) : `(${differenceFormula(printedIn(actual!, prior.unit), printedIn(prior, prior.unit))})`;
      findings.percent(group, 'prior_year_change_percent', 'prior_year_change_percent', changePercent, x, text, prior, change ? [change, prior] : [actual!, prior]);
    }
    const share = get('share');
    const whole = parentItem ? this.index.group(group.organisation, group.period, parentItem, group.breakdownGroup, group.breakdown)?.get('actual') : undefined;
    if (share && actual && whole) findings.percent(group, 'share', 'share', share, intervalOf(actual), number(actual), whole, [actual, whole]);
    const referenced = group.referenced();
    for (const [measure, reference, forecastChange] of referenced) {
      if (measure !== 'forecast_change' || !forecast) continue;
      // The earlier forecast is stored on its own report's period, or on this one with the same reference.
      const earlier = this.index.group(group.organisation, reference, group.item, group.breakdownGroup, group.breakdown)?.get('forecast') ?? referenced.find(([other, at]) => other === 'forecast' && at === reference)?.[2];
      if (earlier) findings.difference(group, 'forecast_change', 'forecast_change', forecastChange, forecast, earlier, parsePeriod(reference));
    }
  }

  private checkTotal(definition: ItemDefinition, items: ReadonlyMap<string, ItemDefinition>, parents: ReadonlyMap<string, string | null>, findings: FindingList): void {
    const children = [...items.values()].filter((candidate) => candidate.organisation === definition.organisation && candidate.parentItem === definition.name);
    const groups = this.index.groupsOf(definition.organisation, definition.name);
    for (const group of groups) {
      for (const measure of TOTAL_MEASURES) {
        const total = group.get(measure);
        if (!total) continue;
        const parts =
          definition.totalOf === 'sub-units'
            ? this.partsInSubUnits(definition.organisation, group, measure, parents)
            : children.map((child) => this.index.group(group.organisation, group.period, child.name, group.breakdownGroup, group.breakdown)?.get(measure));
        if (parts.length > 0 && parts.every((part) => part !== undefined)) findings.total(group, measure, total, parts as Entry[]);
        // A total's breakdown (the components of a deviation, an outcome by when its frame was decided) adds up to it too.
        if (definition.totalOf !== 'lines' || group.breakdownGroup !== '') continue;
        const breakdowns = groups.filter((other) => other.period === group.period && other.breakdownGroup !== '');
        for (const breakdownGroup of new Set(breakdowns.map((other) => other.breakdownGroup))) {
          const shares = breakdowns.filter((other) => other.breakdownGroup === breakdownGroup).map((other) => other.get(measure));
          if (shares.length > 1 && shares.every((share) => share !== undefined)) findings.total(group, measure, total, shares as Entry[]);
        }
      }
    }
  }

  /** The same line in the organisation's sub-units; a sub-unit without it stands for its own sub-units. */
  private partsInSubUnits(organisation: string, group: GroupView, measure: Measure, parents: ReadonlyMap<string, string | null>): (Entry | undefined)[] {
    const parts: Entry[] = [];
    const visit = (parent: string): void => {
      for (const [unit, unitParent] of parents) {
        if (unitParent !== parent) continue;
        const own = this.index.group(unit, group.period, group.item, group.breakdownGroup, group.breakdown)?.get(measure);
        if (own) parts.push(own);
        else visit(unit);
      }
    };
    visit(organisation);
    return parts;
  }
}

function number(entry: Operand): string {
  return formulaNumber(entry.value, entry.decimals);
}

function lineList(lines: readonly number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}

class FindingList {
  private readonly checks: ImportCheck[] = [];
  private readonly warnings: ImportProblem[] = [];
  private readonly problems: ImportProblem[] = [];

  result(): RelationFindings {
    const byLine = (a: ImportProblem, b: ImportProblem) => (a.line ?? 0) - (b.line ?? 0);
    return { checks: this.checks, warnings: this.warnings.sort(byLine), problems: this.problems.sort(byLine) };
  }

  difference(group: GroupView, measure: Measure, relation: CheckRelation, reported: Entry, a: Entry, b: Entry, reference: Period | null = null): void {
    const formula = differenceFormula(printedIn(a, reported.unit), printedIn(b, reported.unit));
    this.record(group, measure, relation, reported, difference(intervalOf(a), intervalOf(b)), formula, [a, b], reference);
  }

  percent(group: GroupView, measure: Measure, relation: CheckRelation, reported: Entry, x: Interval, xText: string, whole: Entry, operands: readonly Entry[]): void {
    const interval = percentOf(x, intervalOf(whole));
    if (interval) this.record(group, measure, relation, reported, interval, percentFormula(xText, whole), operands, null);
  }

  total(group: GroupView, measure: Measure, total: Entry, parts: readonly Entry[]): void {
    const formula = sumFormula(parts.map((part) => printedIn(part, total.unit)));
    this.record(group, measure, 'total', total, sum(parts.map(intervalOf)), formula, parts, null);
  }

  private record(group: GroupView, measure: Measure, relation: CheckRelation, reported: Entry, interval: Interval, formula: string, operands: readonly Entry[], reference: Period | null): void {
    const judgement = judge(reported, interval);
    const computed = inUnit(interval.centre, reported.unit);
    const lines = [reported.line, ...new Set(operands.map((operand) => operand.line))];
    const shown = (value: Dec) => `${formulaNumber(value, reported.decimals)} ${reported.unit}`;
    // What the lines give, with the precision they have in the printed figure's unit (1,731 mnkr from tkr lines).
    const operandDecimals = Math.max(reported.decimals, ...operands.map((operand) => printedIn(operand, reported.unit).decimals));
    const given = `${formulaNumber(computed, Math.min(operandDecimals, 6))} ${reported.unit}`;
    const what = `${group.organisation} / ${group.item}${group.breakdown ? ` (${group.breakdown})` : ''} ${group.period}: the printed ${RELATION_WORDS[relation]} ${shown(reported.value)}`;
    const others = lineList(lines.slice(1));
    if ('error' in judgement && !reported.flagged) {
      const reason =
        judgement.error === 'unit'
          ? `${what} is ${formulaNumber(judgement.factor, judgement.factor.lessThan(1) ? 6 : 0)} times what ${others} give (${formula} = ${given}): a unit error (tkr written as mnkr, or the reverse) in one of these lines`
          : `${what} has the opposite sign of what ${others} give (${formula} = ${given}): a flipped sign (a deviation is positive when the outcome is better than budget; costs are negative)`;
      this.problems.push({ line: reported.line, column: 'value', reason });
      return;
    }
    const outcome: CheckOutcome = 'error' in judgement ? 'warning' : judgement.outcome;
    if (outcome === 'warning') {
      const apart = computed.minus(reported.value).abs();
      this.warnings.push({ line: reported.line, column: 'value', reason: `${what} disagrees with ${others}: ${formula} = ${shown(computed)}, ${shown(apart)} apart, more than the rounding of the figures allows${reported.flagged ? ' (the row is flagged as a contradiction in the report)' : ''}` });
    }
    this.checks.push({
      organisation: group.organisation,
      item: group.item,
      period: parsePeriod(group.period),
      measure,
      breakdownGroup: group.breakdownGroup,
      breakdown: group.breakdown,
      reference,
      relation,
      outcome,
      reported: reported.value,
      computed,
      unit: reported.unit,
      decimals: reported.decimals,
      formula,
      lines,
    });
  }
}
