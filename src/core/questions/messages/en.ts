// English answer sentences.
import type { Measure } from '../../figures/vocabulary.js';
import type { MessageCatalogue } from './message-catalogue.js';
import { figure, kpi } from './en/figure.js';
import { list } from '../../language/list-en.js';
import { question } from './en/question.js';
import { ranking } from './en/ranking.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const COMPARED_WITH = { budget: 'budget', target: 'the target', full_year_budget: 'the full-year budget' } as const;
const MEASURES: Readonly<Record<Measure, string>> = {
  actual: 'actual',
  budget: 'period budget',
  budget_full_year: 'full-year budget',
  forecast: 'full-year forecast',
  prior_year_actual: 'actual for the same period last year',
  prior_year_full_year: 'last year’s full-year actual',
  target: 'target',
  target_full_year: 'full-year target',
  deviation: 'deviation from budget',
  forecast_deviation: 'forecast deviation',
  deviation_percent: 'deviation from budget in per cent',
  prior_year_change: 'change against the same period last year',
  prior_year_change_percent: 'change against the same period last year in per cent',
  change: 'change',
  change_percent: 'change in per cent',
  forecast_change: 'change of the forecast',
  share: 'share',
  budget_change: 'change of the budget',
};
const SECTIONS = { economy: 'Finances', kpi: 'Key figures', investments: 'Investments' } as const;

export const en: MessageCatalogue = {
  list,
  month: (period) => `${MONTHS[period.month - 1]} ${period.year}`,
  direction: (direction, against) => (direction === 'level' ? `in line with ${COMPARED_WITH[against]}` : `${direction === 'better' ? 'better' : 'worse'} than ${COMPARED_WITH[against]}`),
  unchanged: () => 'unchanged',
  balance: (balance) => (balance === 'surplus' ? 'surplus' : 'deficit'),
  measure: (measure) => MEASURES[measure],
  noMeasure: (measure) => `no ${MEASURES[measure]}`,
  noRiskNotes: (organisation, item) => `The report's text for ${organisation} names no risk or uncertainty${item ? ` about ${item}` : ''}.`,
  noNotes: (organisation) => `Neither the figures nor the notes on record for ${organisation} answer that.`,
  notesHeading: (organisation, period) => `From the report's text, ${organisation}, report for ${en.month(period)}:`,
  overviewHeading: (organisation, period) => `Where ${organisation} stands, report for ${en.month(period)}:`,
  overviewNoResult: (organisation) => `There is no result line for ${organisation} on record.`,
  rollupHeading: (organisation, units, period) => `${organisation} has no figures of its own; this is the sum of ${list(units)}, report for ${en.month(period)}:`,
  rollupLine: (line, parts) => `${line}: ${parts.join(', ')}.`,
  rollupActual: (actual, budget) => (budget ? `actual ${actual} against a budget of ${budget}` : `actual ${actual}`),
  rollupDeviation: (shown, direction) => `deviation ${shown} ${direction}`,
  rollupForecastDeviation: (shown, direction) => `full-year forecast ${shown} ${direction}`,
  rollupMissing: (units) => `(${list(units)} lack the same figures and are not included.)`,
  forecastPercent: (percent) => `${percent} of the full-year budget`,
  noFiguresInTree: (organisation) => `Utfall holds no figures for ${organisation} or its sub-units.`,
  coverageReports: (organisation, reports) => `${organisation}: reports for ${list(reports)}.`,
  coverageSection: (section, lines, more) => `${SECTIONS[section]}: ${lines.join('; ')}${more ? ' …' : ''}`,
  coverageNoOwnFigures: (organisation) => `Utfall holds no figures of ${organisation}'s own.`,
  coverageUnits: (units) => `Sub-units with figures: ${units.join('; ')}.`,
  help: (home) =>
    [
      `I answer with exact figures from the budget follow-up. Without an organisation in the question I answer for ${home}.`,
      '• Actual and budget: “How are staff costs doing against budget?”',
      '• Forecast: “What is the full-year forecast for income?”',
      '• Comparison: “How do salaries compare with the same period last year?”',
      '• Largest deviations: “Which lines deviate most?” or “Which units are doing worst?”',
      '• KPIs against targets: “What is our sick leave?”',
      '• Causes: “Why are consultant costs off budget?”',
      '• What there is: “What figures do you have for IT-förvaltningen?”',
    ].join('\n'),
  refusedInstructions: () => 'I do not follow instructions inside questions and show no internal settings.',
  causesWhere: (item, organisation, period) => `${item ? `${item}, ` : ''}${organisation}, report for ${en.month(period)}`,
  noCause: (where) => `No cause is on record for ${where}.`,
  causesOnRecordFor: (names) => `Causes are on record for: ${list(names)}.`,
  askResponsibleManager: () => 'Ask the responsible manager for an explanation.',
  causesAccordingTo: (authors) => `Causes according to ${list(authors)}:`,
  moreNotes: () => '(and more notes; ask per line to see them)',
  question,
  figure,
  kpi,
  ranking,
};
