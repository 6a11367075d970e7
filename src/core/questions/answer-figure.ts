// Answers about one line: its outcome against budget, its full-year forecast,
// the change against the previous year or report, and a KPI against its target.
// Every figure in the text goes through the AnswerBuilder, so it is in the facts.
import { buildStatement, type DerivedValue, type StatementRow, type StatementValue } from '../figures/build-statement.js';
import { comparePeriods, formatPeriod, samePeriod, type Period } from '../figures/period.js';
import type { FigureRecord, LineItemRecord } from '../figures/records.js';
import type { Measure } from '../figures/vocabulary.js';
import { Dec } from '../numbers/decimal.js';
import { deviation, deviationPercent } from '../numbers/derived-measures.js';
import { defaultDecimals } from '../numbers/format-swedish.js';
import type { Answer } from '../answering/answer.js';
import type { AnswerContext } from './answer-context.js';
import { accumulatedPeriod, directionWords, monthName, surplusWord } from './answer-phrases.js';
import { messages } from './messages/messages.js';
import { measureName, noMeasure } from './measure-names.js';
import { isNetCost } from './is-net-cost.js';
import { namedBreakdownLabels } from './named-breakdowns.js';
import { foldedWords } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';

type Mode = 'budget' | 'forecast' | 'full_year_budget' | 'prior_year' | 'previous_report';

/** The line's figures, all periods, for answering. */
export interface LineFigures {
  readonly item: LineItemRecord;
  readonly items: readonly LineItemRecord[];
  readonly figures: readonly FigureRecord[];
  /** The period the question named, or null for "the latest". */
  readonly period: Period | null;
}

function modeOf(context: AnswerContext): Mode {
  const { reading } = context;
  if (reading.period.previousReport) return 'previous_report';
  if (reading.period.priorYear) return 'prior_year';
  if (reading.wantsFullYearBudget) return 'full_year_budget';
  if (reading.wantsForecast) return 'forecast';
  return 'budget';
}

const NEEDED: Readonly<Record<Mode, readonly Measure[]>> = {
  budget: ['actual', 'deviation'],
  forecast: ['forecast', 'forecast_deviation'],
  full_year_budget: ['budget_full_year'],
  prior_year: ['prior_year_actual', 'prior_year_full_year'],
  previous_report: ['actual', 'forecast'],
};

/** The latest period in which the line has one of `measures`; else its latest period with any figure. */
function latestPeriodWith(figures: readonly FigureRecord[], itemId: number, measures: readonly Measure[]): Period | null {
  const own = figures.filter((figure) => figure.lineItemId === itemId).sort((a, b) => comparePeriods(b.period, a.period));
  return (own.find((figure) => measures.includes(figure.measure)) ?? own[0])?.period ?? null;
}

function rowsAt(context: AnswerContext, line: LineFigures, period: Period): StatementRow[] {
  const statement = buildStatement({ organisation: context.organisation, items: line.items, figures: line.figures.filter((figure) => samePeriod(figure.period, period)), period });
  return statement.rows.filter((row) => row.item.id === line.item.id);
}

/** Answers a figure, comparison or KPI question about one line. */
export function answerLine(context: AnswerContext, line: LineFigures): Answer {
  let mode = modeOf(context);
  const kpi = line.item.kind === 'kpi';
  // A KPI's latest value is its latest actual; its forecast only when nothing else is reported.
  const needed: readonly Measure[] = kpi && mode === 'budget' ? ['actual'] : NEEDED[mode];
  const period = line.period ?? latestPeriodWith(line.figures, line.item.id, needed);
  const { builder, reading } = context;
  const language = reading.language;
  const say = messages(language).figure;
  const rows = period ? rowsAt(context, line, period) : [];
  let main = rows.find((row) => row.breakdown === '') ?? rows[0];
  if (!period || !main) return noFigures(context, line, period);
  if (kpi) return answerKpi(context, line, main, rows, period, mode);
  // "Hur mycket av investeringarna är beslutade 2021?": the one breakdown the question names, where it has a figure that answers it.
  const namedParts = (namedBreakdowns(context, rows) ?? []).filter((row) => NEEDED[mode].some((measure) => row.values[measure]));
  if (namedParts.length === 1) main = namedParts[0]!;
  // A line reported only as a forecast deviation is answered with it, unless the outcome itself was asked for.
  // ("Hittills", "so far" ask for the outcome to date: a forecast does not answer them.)
  if (mode === 'budget' && !main.values.actual && !main.values.deviation && (main.values.forecast || main.values.forecast_deviation) && !reading.wantsActual && !reading.period.accumulated) mode = 'forecast';
  // "Vad är utvecklingsbudgeten?" of a line the report gives only a year's budget: that budget is the answer.
  if (mode === 'budget' && reading.wantsBudgetItself && !main.values.budget && !main.values.actual && main.values.budget_full_year) mode = 'full_year_budget';
  const heading = `${line.item.name}${main.breakdown ? ` (${main.breakdown})` : ''}, ${context.organisation.name}, ${accumulatedPeriod(period, language)}`;
  // A net cost is a cost even where the report files it as a result line: "ökning" means a larger cost.
  const magnitude = line.item.kind === 'cost' || (line.item.kind === 'result' && isNetCost(line.item.name));
  const show = (value: StatementValue) => builder.fact(context.organisation.id, line.item.name, value, { magnitude });
  const sentences: string[] = [];

  if (mode === 'forecast') {
    const forecast = main.values.forecast;
    const fullYear = main.values.budget_full_year;
    if (forecast) {
      const made = forecast.figure.madeIn && !samePeriod(forecast.figure.madeIn, period) ? say.forecastMadeIn(monthName(forecast.figure.madeIn, language)) : '';
      let sentence = say.forecastIs(line.item.name, context.organisation.name, period.year, made, show(forecast));
      if (fullYear && main.forecastDeviation) {
        sentence += say.againstFullYearBudget(show(fullYear));
        sentence += `, ${deviationText(context, line.item.name, main.forecastDeviation, 'full_year_budget', { percent: reading.wantsPercent ? forecastPercent(line.item.name, main, period) : null, inputs: [main.values.forecast, main.values.budget_full_year] })}`;
      } else if (fullYear) sentence += say.againstFullYearBudget(show(fullYear));
      sentences.push(`${sentence}.`);
      // "Utfall hittills mot årsprognosen": the outcome so far belongs in the answer.
      if (main.values.actual && reading.wantsActualSoFar) {
        sentences.push(say.actualSoFar(accumulatedPeriod(period, language), show(main.values.actual)));
      }
    } else if (main.values.forecast_deviation && main.forecastDeviation && !reading.wantsAmount) {
      sentences.push(
        say.forecastDeviationOnly(line.item.name, context.organisation.name, monthName(period, language), deviationText(context, line.item.name, main.forecastDeviation, 'full_year_budget', { reported: main.values.forecast_deviation })),
      );
    } else return missingMeasure(context, line.item, main, period, 'forecast');
    return builder.build('answered', prefix(context) + sentences.join(' '));
  }

  if (mode === 'full_year_budget') {
    const fullYear = main.values.budget_full_year;
    if (!fullYear) return missingMeasure(context, line.item, main, period, 'budget_full_year');
    let sentence = say.fullYearBudgetIs(line.item.name, context.organisation.name, period.year, show(fullYear));
    if (main.values.forecast && main.forecastDeviation) {
      sentence += say.forecastBeside(show(main.values.forecast)) + deviationText(context, line.item.name, main.forecastDeviation, 'full_year_budget', { inputs: [main.values.forecast, fullYear] });
    }
    // "Investeringarna hittills jämfört med helårsbudgeten": the outcome so far belongs beside it.
    if (main.values.actual && (reading.wantsActualSoFar || reading.wantsRemaining)) sentence += say.actualSoFarAppended(accumulatedPeriod(period, language), show(main.values.actual));
    const left = remainingSentence(context, line.item, main, period);
    return builder.build('answered', prefix(context) + `${sentence}.${left ? ` ${left}` : ''}`);
  }

  if (mode === 'prior_year') {
    // "Hur mycket mer än bokslutet 2024 räknar vi med?": the full-year forecast against last year's full-year outcome.
    const priorFullYear = main.values.prior_year_full_year;
    if ((reading.wantsForecast || reading.period.fullYear) && main.values.forecast && priorFullYear) {
      const forecast = main.values.forecast;
      const change = magnitudeChange(forecast, priorFullYear, magnitude, `${line.item.name}, ${formatPeriod(period)}`);
      const decimals = Math.max(forecast.decimals, priorFullYear.decimals);
      const changeWords = change.value.isZero() ? messages(language).unchanged() : say.changeBy(change.value.isPositive(), builder.derived(change, { decimals, magnitude: true }));
      const percent = change.percent ? ` (${builder.derived(change.percent, { decimals: 1, magnitude: true })})` : '';
      sentences.push(say.forecastAgainstPriorFullYear(heading, show(forecast), show(priorFullYear), period.year - 1, changeWords, percent));
      return builder.build('answered', prefix(context) + sentences.join(' '));
    }
    const actual = main.values.actual;
    const prior = main.values.prior_year_actual;
    // A stated change answers "mot förra året" without the two years' amounts, in kronor or in per cent alone.
    if ((!actual || !prior) && (main.changeAgainstPriorYear?.reported || main.changeAgainstPriorYearPercent?.reported)) return answerReportedChangeOnly(context, line.item, main, period, heading, magnitude);
    if (!actual || !prior) return missingMeasure(context, line.item, main, period, actual ? 'prior_year_actual' : 'actual');
    const change = preferReportedChange(magnitudeChange(actual, prior, magnitude, `${line.item.name}, ${formatPeriod(period)}`), main, magnitude);
    const decimals = Math.max(actual.decimals, prior.decimals);
    const grew = change.value.isPositive();
    const changeWords = change.value.isZero() ? messages(language).unchanged() : say.changeBy(grew, builder.derived(change, { decimals, magnitude: true }));
    const percent = change.percent ? ` (${builder.derived(change.percent, { decimals: 1, magnitude: true })})` : '';
    sentences.push(say.priorYearComparison(heading, show(actual), show(prior), period.year - 1, changeWords, percent));
    return builder.build('answered', prefix(context) + sentences.join(' '));
  }

  if (mode === 'previous_report') return answerAgainstPreviousReport(context, line, main, period);

  // "Vad har X för budget?" asks for an amount: a deviation alone does not answer it.
  if (reading.wantsBudgetItself && !main.values.budget && !main.values.budget_full_year) return missingMeasure(context, line.item, main, period, 'budget');
  // "Årets resultat mot periodbudgeten?" names the period's budget: where the report has neither it
  // nor the period's deviation, the year's figures do not answer it.
  if (reading.period.periodBudget && !main.values.budget && !main.values.deviation) return missingMeasure(context, line.item, main, period, 'budget');
  const actual = main.values.actual;
  if (actual) {
    let sentence = say.actualIs(heading, show(actual));
    if (main.values.budget && main.deviation) {
      sentence += say.againstBudget(show(main.values.budget)) + deviationText(context, line.item.name, main.deviation, 'budget', { percent: reading.wantsPercent ? main.deviationPercent : meaningfulPercent(main.deviationPercent), inputs: [main.values.actual, main.values.budget] });
    } else if (main.values.deviation && main.deviation) {
      sentence += say.deviationFromBudget() + deviationText(context, line.item.name, main.deviation, 'budget', { reported: main.values.deviation });
      if (reading.wantsPercent) sentence += say.noPercentWithoutBudget();
    } else {
      sentence += say.noPeriodBudget();
    }
    sentences.push(`${sentence}.`);
  } else if (main.values.deviation && main.deviation && !reading.wantsAmount) {
    sentences.push(say.deviationOnly(heading, deviationText(context, line.item.name, main.deviation, 'budget', { reported: main.values.deviation })));
  } else return missingMeasure(context, line.item, main, period, 'actual');
  // "Hur stor andel av budgeten har vi använt?": the outcome as a share of the year's budget.
  if (reading.wantsShareUsed && main.values.actual && main.values.budget_full_year && !main.values.budget_full_year.value.isZero()) {
    const share: DerivedValue = { value: main.values.actual.value.abs().times(100).dividedBy(main.values.budget_full_year.value.abs()), unit: '%', expression: `|actual| / |budget_full_year| × 100 (${line.item.name}, ${formatPeriod(period)})` };
    sentences.push(say.shareUsed(accumulatedPeriod(period, language), builder.derived(share, { decimals: 1 }), show(main.values.budget_full_year)));
  }
  const left = remainingSentence(context, line.item, main, period);
  if (left) sentences.push(left);
  // The full-year view belongs to a budget answer when the report has it.
  if (main.values.forecast && !main.values.budget_full_year) {
    sentences.push(say.forecastWithoutFullYearBudget(show(main.values.forecast)));
  } else if (!main.values.forecast && main.values.forecast_deviation && main.forecastDeviation) {
    sentences.push(say.forecastDeviationReported(deviationText(context, line.item.name, main.forecastDeviation, 'full_year_budget', { reported: main.values.forecast_deviation })));
  }
  if (main.values.forecast && main.values.budget_full_year && main.forecastDeviation) {
    sentences.push(say.forecastAgainstFullYearBudget(show(main.values.forecast), show(main.values.budget_full_year), deviationText(context, line.item.name, main.forecastDeviation, 'full_year_budget', { inputs: [main.values.forecast, main.values.budget_full_year] })));
  }
  return builder.build('answered', prefix(context) + sentences.join(' '));
}

/** "Kvar av helårsbudgeten: 65,5 mnkr", when asked and both the outcome so far and the year's budget are on record. */
function remainingSentence(context: AnswerContext, item: LineItemRecord, main: StatementRow, period: Period): string | null {
  const { builder, reading } = context;
  const actual = main.values.actual;
  const fullYear = main.values.budget_full_year;
  if (!reading.wantsRemaining || !actual || !fullYear) return null;
  // Sizes, so that a cost's budget minus its outcome is what is left to spend whatever the sign convention.
  const left: DerivedValue = { value: fullYear.value.abs().minus(actual.value.abs()), unit: actual.unit, expression: `|budget_full_year| − |actual| (${item.name}, ${formatPeriod(period)})` };
  const decimals = Math.max(actual.decimals, fullYear.decimals);
  const over = left.value.isNegative();
  const shown = builder.derived(left, { decimals, magnitude: true });
  const say = messages(reading.language).figure;
  return over ? say.overFullYearBudget(accumulatedPeriod(period, reading.language), shown) : say.leftOfFullYearBudget(shown);
}

/** The forecast deviation as a percentage of |full-year budget|, when both are on record. */
function forecastPercent(itemName: string, row: StatementRow, period: Period): DerivedValue | null {
  const fullYear = row.values.budget_full_year;
  if (!row.forecastDeviation || !fullYear) return null;
  const percent = deviationPercent(row.forecastDeviation.value, fullYear.value);
  return percent === null ? null : { value: percent, unit: '%', expression: `forecast deviation / |full-year budget| × 100 (${itemName}, ${formatPeriod(period)})` };
}


// A percentage of a budget close to zero (19 tkr against a 9 779 tkr deviation) says nothing; leave it out.
function meaningfulPercent(percent: DerivedValue | null): DerivedValue | null {
  return percent && percent.value.abs().lessThanOrEqualTo(500) ? percent : null;
}

/** "1 672 tkr bättre än budget (överskott)". A reported deviation is a fact, a computed one a derivation. */
export function deviationText(
  context: AnswerContext,
  itemName: string,
  value: DerivedValue,
  against: 'budget' | 'full_year_budget' | 'target',
  options: { reported?: StatementValue | undefined; percent?: DerivedValue | null; inputs?: readonly (StatementValue | undefined)[] } = {},
): string {
  const { builder, reading } = context;
  const { reported, percent } = options;
  // A difference is shown with as many decimals as the figures it comes from.
  const decimals = Math.max(defaultDecimals(value.unit), ...(options.inputs ?? []).map((input) => (input && input.unit === input.figure.unit ? input.decimals : 0)));
  const shown = reported ? builder.fact(context.organisation.id, itemName, reported, { magnitude: true }) : builder.derived(value, { decimals, magnitude: true });
  if (value.value.isZero()) return `${shown}, ${directionWords(value.value, against, reading.language)}`;
  const money = value.unit === 'tkr' || value.unit === 'mnkr' || value.unit === 'kr';
  const notes = [money && against !== 'target' ? surplusWord(value.value, reading.language) : null, percent ? builder.derived(percent, { decimals: 1, magnitude: true }) : null].filter(Boolean);
  return `${shown} ${directionWords(value.value, against, reading.language)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function prefix(context: AnswerContext): string {
  return context.reading.containsInstructions ? messages(context.reading.language).figure.instructionsIgnored() : '';
}

/** Change of a figure against an earlier one; for costs the change of their size, so "ökning" means higher costs. */
function magnitudeChange(current: StatementValue, earlier: StatementValue, magnitude: boolean, label: string): DerivedValue & { percent: DerivedValue | null } {
  const a = magnitude ? current.value.abs() : current.value;
  const b = magnitude ? earlier.value.abs() : earlier.value;
  const change = new Dec(a).minus(b);
  const expression = magnitude ? `|${current.figure.measure}| − |${earlier.figure.measure}|` : `${current.figure.measure} − ${earlier.figure.measure}`;
  const percent = b.isZero() ? null : { value: change.times(100).dividedBy(b.abs()), unit: '%' as const, expression: `(${expression}) / |${earlier.figure.measure}| × 100 (${label})` };
  return { value: change, unit: current.unit, expression: `${expression} (${label}, ${formatPeriod(earlier.figure.period)}→${formatPeriod(current.figure.period)})`, percent };
}

/**
 * A change against last year that the report prints without the two years' figures ("minskat med 1,9 mnkr"),
 * or only in per cent ("minskat 9 %"): the stated figure is the answer, not a list of what exists.
 */
function answerReportedChangeOnly(context: AnswerContext, item: LineItemRecord, row: StatementRow, period: Period, heading: string, magnitude: boolean): Answer {
  const { builder, reading } = context;
  const language = reading.language;
  const statedPercent = row.changeAgainstPriorYearPercent?.reported ? row.changeAgainstPriorYearPercent : null;
  const statedAmount = row.changeAgainstPriorYear?.reported ? row.changeAgainstPriorYear : null;
  const change = (statedAmount ?? statedPercent)!;
  // A cost that falls is a positive change in the canonical signs.
  const grew = magnitude ? change.value.isNegative() : change.value.isPositive();
  const size = builder.derived(change, { decimals: 0, magnitude: true });
  const percent = statedAmount && statedPercent ? ` (${builder.derived(statedPercent, { decimals: 0, magnitude: true })})` : '';
  const say = messages(language).figure;
  const words = change.value.isZero() ? messages(language).unchanged() : say.changeBy(grew, `${size}${percent}`);
  return builder.build('answered', prefix(context) + say.reportedChangeOnly(heading, period.year - 1, words));
}

/**
 * The change against last year as the report prints it, where it does (5 806 tkr,
 * not the 5 805 that the rounded years give); for costs its size, like the change it replaces.
 */
function preferReportedChange(change: DerivedValue & { percent: DerivedValue | null }, row: StatementRow, magnitude: boolean): DerivedValue & { percent: DerivedValue | null } {
  const printedChange = row.changeAgainstPriorYear;
  const { actual, prior_year_actual: prior } = row.values;
  if (!printedChange?.reported || !actual || !prior) return change;
  // |actual| − |prior| is ±(actual − prior) only when both years have the same sign.
  if (magnitude && actual.value.isNegative() !== prior.value.isNegative()) return change;
  const value = magnitude && actual.value.isNegative() ? printedChange.value.negated() : printedChange.value;
  const percent = prior.value.isZero() ? null : { value: value.times(100).dividedBy(prior.value.abs()), unit: '%' as const, expression: `${magnitude ? '|change|' : 'change'} / |prior_year_actual| × 100 (${row.item.name}, ${formatPeriod(periodOf(row))})` };
  return { ...printedChange, value, percent };
}

function periodOf(row: StatementRow): Period {
  return Object.values(row.values)[0]!.figure.period;
}

function answerAgainstPreviousReport(context: AnswerContext, line: LineFigures, main: StatementRow, period: Period): Answer {
  const { builder, reading } = context;
  const language = reading.language;
  // The measure to follow: what the question asks for, among what both reports have.
  const preference: Measure[] = reading.wantsForecast ? ['forecast', 'forecast_deviation'] : reading.wantsBudget ? ['deviation', 'actual', 'forecast_deviation', 'forecast'] : ['actual', 'deviation', 'forecast', 'forecast_deviation'];
  const earlierFigures = line.figures.filter((figure) => figure.lineItemId === line.item.id && comparePeriods(figure.period, period) < 0 && (reading.period.comparedMonth === null || figure.period.month === reading.period.comparedMonth));
  const measure = preference.find((candidate) => main.values[candidate] && earlierFigures.some((figure) => figure.measure === candidate)) ?? preference.find((candidate) => main.values[candidate]) ?? 'actual';
  const current = main.values[measure];
  const earlierPeriods = [...new Set(earlierFigures.filter((figure) => figure.measure === measure).map((figure) => formatPeriod(figure.period)))].sort();
  const previousText = earlierPeriods[earlierPeriods.length - 1];
  // No earlier report stored, but the report states how its forecast has changed since the one before ("+5,75 mnkr sedan UR2").
  // A change stated against a named earlier report ("+5,75 sedan UR2") is kept with that reference.
  const statedChange = main.values.forecast_change ?? main.referenced.find((value) => value.figure.measure === 'forecast_change' && (reading.period.comparedMonth === null || value.figure.reference?.month === reading.period.comparedMonth));
  // Named ("jmf med aprilrapporten"), the earlier report must be the one the stated change is against.
  const statedSince = statedChange?.figure.reference;
  const namedMatches = reading.period.comparedMonth === null || (statedSince !== null && statedSince !== undefined && statedSince.month === reading.period.comparedMonth);
  if (!previousText && statedChange && (measure === 'forecast' || measure === 'forecast_deviation' || reading.wantsForecast) && namedMatches) {
    const shown = builder.fact(context.organisation.id, line.item.name, statedChange, { signed: true });
    return builder.build('answered', prefix(context) + messages(language).figure.reportedForecastChange(line.item.name, context.organisation.name, monthName(period, language), shown));
  }
  if (!current || !previousText) {
    return builder.build('no_data', messages(language).figure.noEarlierReport(measureName(measure, language), line.item.name, context.organisation.name, monthName(period, language)));
  }
  const previousPeriod = { year: Number(previousText.slice(0, 4)), month: Number(previousText.slice(5, 7)) };
  const earlierRow = rowsAt(context, line, previousPeriod).find((row) => row.breakdown === main.breakdown);
  const earlier = earlierRow?.values[measure];
  if (!earlier) return noFigures(context, line, previousPeriod);
  const deviationLike = measure === 'deviation' || measure === 'forecast_deviation';
  const magnitude = line.item.kind === 'cost' && !deviationLike;
  const change = magnitudeChange(current, earlier, magnitude, line.item.name);
  const decimals = Math.max(current.decimals, earlier.decimals);
  const show = (value: StatementValue) => builder.fact(context.organisation.id, line.item.name, value, { magnitude });
  const moved = change.value.isPositive();
  const say = messages(language).figure;
  const direction = change.value.isZero() ? messages(language).unchanged() : say.movedBy(deviationLike ? 'deviation' : 'amount', moved, builder.derived(change, { decimals, magnitude: true }), forTheBetter(line.item, magnitude ? !moved : moved));
  const signed = deviationLike ? { signed: true } : {};
  const showSigned = (value: StatementValue) => builder.fact(context.organisation.id, line.item.name, value, { ...signed, magnitude });
  const present = deviationLike ? showSigned : show;
  return builder.build('answered', prefix(context) + say.againstPreviousReport(line.item.name, context.organisation.name, measureName(measure, language), present(current), monthName(period, language), present(earlier), monthName(previousPeriod, language), direction));
}

/**
 * Whether an amount whose signed value went up (`up`; a cost shown by its size went up when it shrank) moved
 * for the better, by the line's own sense of better; null for a KPI or a project, where more is no verdict.
 */
function forTheBetter(item: LineItemRecord, up: boolean): boolean | null {
  if (item.kind === 'kpi' || item.kind === 'investment' || item.kind === 'investment_category') return null;
  return item.better === 'higher' ? up : !up;
}

/** The breakdown rows a question names; null when it names none, [] when it names one that does not exist. */
function namedBreakdowns(context: AnswerContext, rows: readonly StatementRow[]): StatementRow[] | null {
  const labels = namedBreakdownLabels(context.reading, rows.map((row) => row.breakdown), (label) => rows.find((row) => row.breakdown === label)?.breakdownGroup ?? '');
  return labels === null ? null : rows.filter((row) => row.breakdown !== '' && labels.includes(row.breakdown));
}

function answerKpi(context: AnswerContext, line: LineFigures, total: StatementRow, rows: readonly StatementRow[], period: Period, mode: Mode): Answer {
  const { builder, reading } = context;
  const item = line.item;
  const language = reading.language;
  builder.knowNames(rows.map((row) => row.breakdown).filter((name) => name !== ''));
  const breakdowns = namedBreakdowns(context, rows);
  if (breakdowns && breakdowns.length === 0) {
    const available = rows.filter((row) => row.breakdown !== '').map((row) => row.breakdown);
    return builder.build('no_data', messages(language).kpi.notBrokenDown(item.name, context.organisation.name, available));
  }
  if (breakdowns && breakdowns.length > 0) {
    const sentences = breakdowns.slice(0, 6).map((row) => kpiSentence(context, item, row, period, mode, `${item.name} (${row.breakdown})`));
    if (sentences.some((sentence) => sentence === null)) return missingMeasure(context, item, breakdowns[0]!, period, mode === 'prior_year' ? 'prior_year_actual' : 'actual');
    return builder.build('answered', prefix(context) + sentences.join(' '));
  }
  // A KPI the report gives only per breakdown (a risk score per identified risk): no row is its total, so all are ranked.
  if (!rows.some((row) => row.breakdown === '') && rows.length > 1) return answerBreakdownsRanked(context, item, rows, period);
  const main = total;
  const later = laterTarget(main, period);
  // "Vad är målet?", "what was the outcome?": the figure asked for itself, or no answer.
  if (reading.wantsTargetItself && !main.values.target && !main.values.target_full_year && !later) return missingMeasure(context, item, main, period, 'target');
  // "Antal insatser mål?", "sick leave vs target": a target asked for where none is on record is no answer, as a
  // forecast asked for is not (below); the value with "no target" tucked in would bury that. Unless the target's
  // words are the KPI's own name ("Andel uppfyllda mål").
  if (mode === 'budget' && asksTarget(reading.targetWords, item) && !main.values.target && !main.values.target_full_year && !later) return missingMeasure(context, item, main, period, 'target');
  if (reading.wantsActual && mode === 'budget' && !main.values.actual) return missingMeasure(context, item, main, period, 'actual');
  // "What's the forecast for sick leave?" asks for a forecast: the outcome to date does not answer it.
  if (mode === 'forecast' && !main.values.forecast) return missingMeasure(context, item, main, period, 'forecast');
  // "Sedan årsskiftet": the value of the year-end report before this one, where the store has it.
  const yearEnd = reading.period.sinceYearEnd ? (rowsAt(context, line, { year: period.year - 1, month: 12 }).find((row) => row.breakdown === main.breakdown)?.values.actual ?? null) : null;
  const sentence = kpiSentence(context, item, main, period, mode, item.name, yearEnd);
  if (sentence === null) return missingMeasure(context, item, main, period, mode === 'prior_year' ? 'prior_year_actual' : 'actual');
  const sentences = [sentence];
  const value = main.values.actual ?? main.values.forecast;
  const parts = rows.filter((row) => row !== main && value && row.values[value.figure.measure]);
  if (parts.length > 0 && value) {
    sentences.push(messages(language).kpi.breakdown() + parts.slice(0, 10).map((row) => `${row.breakdown} ${builder.fact(context.organisation.id, item.name, row.values[value.figure.measure]!)}`).join(', ') + '.');
  }
  return builder.build('answered', prefix(context) + sentences.join(' '));
}

/**
 * The target a plan sets for a later year than the report's ("Mål 2026" in an August 2024 report), stored with
 * that year as its reference: the nearest such year. Only used when the report's own period has no target.
 */
function laterTarget(row: StatementRow, period: Period): StatementValue | null {
  const later = row.referenced.filter((value) => (value.figure.measure === 'target_full_year' || value.figure.measure === 'target') && value.figure.reference && comparePeriods(value.figure.reference, period) > 0);
  return later.sort((a, b) => comparePeriods(a.figure.reference!, b.figure.reference!))[0] ?? null;
}

/** A KPI reported only per breakdown: the breakdowns ranked by their value, or the top of them when a superlative asks for it. */
function answerBreakdownsRanked(context: AnswerContext, item: LineItemRecord, rows: readonly StatementRow[], period: Period): Answer {
  const { builder, reading } = context;
  const language = reading.language;
  const measure: Measure = rows.some((row) => row.values.actual) ? 'actual' : 'forecast';
  const valued = rows.filter((row) => row.values[measure]);
  if (valued.length === 0) return missingMeasure(context, item, rows[0]!, period, measure);
  // Highest first (a risk score: the greatest risk first), unless the question asks for the best or the worst of a higher-is-better KPI.
  const highestFirst = reading.ranking.direction === 'any' || (reading.ranking.direction === 'worse') === (item.better === 'lower');
  const sorted = [...valued].sort((a, b) => {
    const order = b.values[measure]!.value.comparedTo(a.values[measure]!.value);
    return (highestFirst ? order : -order) || a.breakdown.localeCompare(b.breakdown, 'sv');
  });
  let shown = sorted;
  if (reading.asksSuperlative) {
    // "Vilken risk är högst?": every breakdown tied at the top, or as many as the question says.
    const top = sorted[0]!.values[measure]!.value;
    shown = reading.ranking.countNamed ? sorted.slice(0, reading.ranking.count) : sorted.filter((row) => row.values[measure]!.value.equals(top));
  }
  const group = sorted[0]!.breakdownGroup;
  const heading = messages(language).kpi.rankedBreakdowns(item.name, group, context.organisation.name, monthName(period, language), highestFirst, shown.length < sorted.length && !reading.ranking.countNamed);
  const lines = shown.map((row, index) => `${index + 1}. ${row.breakdown}: ${builder.fact(context.organisation.id, item.name, row.values[measure]!)}${unitWord(row.values[measure]!, language)}`);
  return builder.build('answered', prefix(context) + [heading, ...lines].join('\n'));
}

/** One KPI row against its target and the previous year; null when the measure asked for is missing. */
function kpiSentence(context: AnswerContext, item: LineItemRecord, main: StatementRow, period: Period, mode: Mode, title: string, yearEnd: StatementValue | null = null): string | null {
  // A name that states its unit ("Responstid medianvärde, minuter", "Antal resor, tusental") says it for every figure:
  // stored as index or pieces for want of that unit, the figures take no unit word of their own.
  const ownUnit = statesOwnUnit(item.name);
  const { builder, reading } = context;
  const language = reading.language;
  const unitOf = (value: StatementValue, spoken: Language) => (ownUnit ? '' : unitWord(value, spoken));
  const say = messages(language).kpi;
  const show = (value: StatementValue) => builder.fact(context.organisation.id, item.name, value);
  const useForecast = (mode === 'forecast' || !main.values.actual) && main.values.forecast;
  const value = useForecast ? main.values.forecast : main.values.actual;
  const printedChange = main.values.prior_year_change;
  // The change against last year the report prints ("Differens −0,42 %", "−15 årsarbetare"), in points for a rate.
  const changeSentence = (change: StatementValue) => {
    const points = change.unit === '%' ? say.percentagePoints() : unitOf(change, language);
    const shown = show(change).replace(/\u00A0%$/u, '');
    return say.changeAgainstSamePeriod(period.year - 1, shown, points);
  };
  const ownTarget = useForecast ? (main.values.target_full_year ?? main.values.target) : (main.values.target ?? main.values.target_full_year);
  // The report's own period's target first; else the plan's target for a later year, said with its year.
  const later = ownTarget ? null : laterTarget(main, period);
  const target = ownTarget ?? later;
  const laterYear = later?.figure.reference?.year ?? null;
  if (!value) {
    if (printedChange) return `${title}, ${context.organisation.name}: ${changeSentence(printedChange)}`;
    // No value for the report's period yet, but a target for a later year: the target, and last year's value where the report gives it.
    if (later && laterYear !== null && mode !== 'prior_year') {
      const prior = main.values.prior_year_full_year ?? main.values.prior_year_actual;
      const priorSentence = prior ? ` ${say.priorYear(prior.figure.measure === 'prior_year_full_year', period.year - 1, show(prior), unitOf(prior, language), '')}` : '';
      return say.noValueYetTarget(title, context.organisation.name, monthName(period, language), show(later), unitOf(later, language), laterYear) + priorSentence;
    }
    return null;
  }
  const noPriorYear = !main.values.prior_year_actual && !main.values.prior_year_full_year && !printedChange;
  // "Has the headcount grown?": with no prior year on record, the change the report states answers a verb of change.
  const statesChange = reading.wantsChange && main.referenced.some((value) => value.figure.measure === 'change' || value.figure.measure === 'change_percent');
  if (mode === 'prior_year' && noPriorYear && !statesChange) return null;
  const label = useForecast ? say.forecastForYear(period.year) : say.asOf(monthName(period, language));
  let sentence = `${title}, ${context.organisation.name}, ${label}: ${show(value)}${unitOf(value, language)}`;
  if (target) {
    sentence += laterYear !== null ? say.targetForYear(show(target), unitOf(target, language), laterYear) : say.target(show(target), unitOf(target, language));
    const difference = deviation(value.value, target.value, item.better);
    const points = value.unit === '%';
    const derived: DerivedValue = { value: difference, unit: value.unit, expression: `${item.better === 'higher' ? `${value.figure.measure} − ${target.figure.measure}` : `${target.figure.measure} − ${value.figure.measure}`} (${item.name}${main.breakdown ? ` – ${main.breakdown}` : ''}, ${formatPeriod(period)})` };
    const shown = builder.derived(derived, { decimals: Math.max(value.decimals, target.decimals), magnitude: true }).replace(/\u00A0%$/, '');
    const unit = points ? say.percentagePoints() : value.unit === 'index' && !ownUnit ? say.indexPoints() : unitOf(value, language);
    const against = `${shown}${unit} ${directionWords(difference, 'target', language)}`;
    // A target for a later year is not due yet: the value so far against it, and whether it is already met.
    if (laterYear !== null) sentence += difference.isNegative() ? say.soFarAgainstTarget(against) : say.laterTargetMetAlready(laterYear);
    else sentence += difference.isZero() ? say.inLineWithTarget() : `, ${against}`;
  } else {
    sentence += say.noTarget();
  }
  const sentences = [`${sentence}.`];
  const prior = mode === 'forecast' || mode === 'prior_year' ? (main.values.prior_year_full_year ?? main.values.prior_year_actual) : main.values.prior_year_actual;
  if (prior) {
    let change = '';
    // Asked against last year and the report prints no change: the change derived, in percentage points for a percentage.
    if (mode === 'prior_year' && !printedChange && prior.unit === value.unit) {
      const difference: DerivedValue = { value: value.value.minus(prior.value), unit: value.unit, expression: `${value.figure.measure} − ${prior.figure.measure} (${item.name}${main.breakdown ? ` – ${main.breakdown}` : ''}, ${formatPeriod(period)})` };
      const shown = builder.derived(difference, { decimals: Math.max(value.decimals, prior.decimals), magnitude: true }).replace(/\u00A0%$/, '');
      const unit = value.unit === '%' ? say.percentagePoints() : unitOf(value, language);
      change = difference.value.isZero() ? say.unchangedSinceLastYear() : say.higherOrLowerNow(shown, unit, difference.value.isPositive());
    }
    sentences.push(say.priorYear(prior.figure.measure === 'prior_year_full_year', period.year - 1, show(prior), unitOf(prior, language), change));
  }
  if (printedChange && (mode === 'prior_year' || !prior)) sentences.push(changeSentence(printedChange));
  // "Sedan december", "since the last report", "sedan årsskiftet", "hur många har slutat?": a change the report
  // states against an earlier time is the answer to it. "Since the new year" is against the year-end before the
  // report; a verb of change with no time named takes the change the report states.
  const yearEndBefore = { year: period.year - 1, month: 12 };
  const asked = (value: StatementValue) => {
    const at = value.figure.reference;
    if (!at) return false;
    if (mode === 'previous_report' || reading.period.comparedMonth === at.month) return true;
    if (reading.period.sinceYearEnd) return samePeriod(at, yearEndBefore);
    return reading.wantsChange && reading.period.comparedMonth === null && (mode !== 'prior_year' || noPriorYear);
  };
  const stated = main.referenced.filter((value) => value.figure.measure === 'change' || value.figure.measure === 'change_percent');
  const statedChange = stated.find((value) => value.figure.measure === 'change' && asked(value)) ?? stated.find(asked);
  const reference = statedChange?.figure.reference;
  if (!statedChange && reading.period.sinceYearEnd && mode !== 'previous_report') {
    // No change stated: derived from the year-end report's value when the store has it, else said to be missing.
    const latest = main.values.actual;
    if (yearEnd && latest && yearEnd.unit === latest.unit) {
      const difference: DerivedValue = { value: latest.value.minus(yearEnd.value), unit: latest.unit, expression: `actual ${formatPeriod(period)} − actual ${formatPeriod(yearEndBefore)} (${item.name}${main.breakdown ? ` – ${main.breakdown}` : ''})` };
      const shown = builder.derived(difference, { decimals: Math.max(latest.decimals, yearEnd.decimals), signed: true }).replace(/\u00A0%$/u, '');
      const unit = latest.unit === '%' ? say.percentagePoints() : unitOf(latest, language);
      sentences.push(say.changeSinceReference(monthName(yearEndBefore, language), shown, unit));
    } else sentences.push(say.noChangeSinceYearEnd(monthName(yearEndBefore, language)));
  }
  if (statedChange && reference) {
    const unit = statedChange.unit === '%' ? (statedChange.figure.measure === 'change_percent' ? '' : say.percentagePoints()) : unitOf(statedChange, language);
    const shown = builder.fact(context.organisation.id, item.name, statedChange, { signed: true });
    sentences.push(say.changeSinceReference(`${monthName(reference, language)}`, statedChange.figure.measure === 'change_percent' ? shown : shown.replace(/\u00A0%$/u, ''), unit));
  }
  return sentences.join(' ');
}

/** Whether `targetWords` ask for the KPI's target: some of them are no word of its name. */
function asksTarget(targetWords: readonly string[], item: LineItemRecord): boolean {
  const nameStems = new Set(foldedWords(item.name).map(swedishStem));
  return targetWords.some((word) => !nameStems.has(swedishStem(word)));
}

// The unit a name states after its last comma: a word or two of letters ("minuter", "kWh/kvm"), no figure.
const STATED_UNIT = /,\s*[\p{L}²³]+(?:[ /][\p{L}²³]+)?\s*$/u;

function statesOwnUnit(name: string): boolean {
  return STATED_UNIT.test(name);
}

function unitWord(value: StatementValue, language: Language): string {
  if (value.unit === 'st') return messages(language).kpi.pieces();

  return '';
}

function missingMeasure(context: AnswerContext, item: LineItemRecord, row: StatementRow, period: Period, wanted: Measure): Answer {
  const language = context.reading.language;
  const present = (Object.keys(row.values) as Measure[]).map((measure) => measureName(measure, language));
  return context.builder.build(
    'no_data',
    messages(language).figure.missingMeasure(item.name, context.organisation.name, monthName(period, language), noMeasure(wanted, language), present),
  );
}

function noFigures(context: AnswerContext, line: LineFigures, period: Period | null): Answer {
  const language = context.reading.language;
  const periods = [...new Set(line.figures.filter((figure) => figure.lineItemId === line.item.id).map((figure) => formatPeriod(figure.period)))].sort();
  return context.builder.build('no_data', messages(language).figure.noFigures(line.item.name, context.organisation.name, period ? monthName(period, language) : null, periods));
}

type Language = AnswerContext['reading']['language'];
