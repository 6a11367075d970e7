// English headings and words of rankings.
import type { RankedDimension, RankingMessages } from '../ranking-messages.js';

const WHAT: Readonly<Record<RankedDimension, string>> = { items: 'lines', units: 'units', projects: 'investment projects', mixed: 'lines or units' };
const BY: Readonly<Record<RankedDimension, string>> = { items: ' by line', units: ' by unit', projects: ' by project', mixed: ', lines and units' };

export const ranking: RankingMessages = {
  dimension: (dimension) => WHAT[dimension],
  noBudgets: (what, organisation) => `Budget amounts for ${what} under ${organisation} are not on record, so they cannot be ranked by budget.`,
  noPriorYear: (priorYear, what, organisation) => `Actuals for the same period of ${priorYear} are not on record for ${what} under ${organisation}, so they cannot be ranked by the change against last year.`,
  noProjects: (organisation) => `There are no investment projects on record for ${organisation}.`,
  noDeviations: (direction, what, organisation) => `There are no${direction === 'any' ? '' : direction === 'worse' ? ' negative' : ' positive'} deviations for ${what} under ${organisation} on record.`,
  forecastAsOf: (month) => `forecast as of ${month}`,
  deviationsInOrder: (dimension, organisation, direction) => `Deviations${BY[dimension]}, ${organisation}, ${direction === 'worse' ? 'worst' : 'best'} first:`,
  largestChangesSince: (direction, month, dimension, organisation) => `Largest ${direction === 'better' ? 'improvements' : direction === 'worse' ? 'deteriorations' : 'changes'} since ${month}${BY[dimension]}, ${organisation}:`,
  largestDeviations: (direction, dimension, organisation) => `Largest${direction === 'worse' ? ' negative' : direction === 'better' ? ' positive' : ''} deviations${BY[dimension]}, ${organisation}:`,
  samePeriodLastYear: (priorYear, prior, change) => ` (same period ${priorYear}: ${prior}${change})`,
  fullYearForecast: () => 'full-year forecast',
  besideForecast: (amount) => `full-year forecast ${amount}`,
  actualFor: (when) => `actual ${when}`,
  fullYearBudget: () => 'full-year budget',
  periodBudgetFor: (when) => `budget ${when}`,
  largestIncreaseFirst: (priorYear, what, organisation, measure) => `Largest increase on the same period of ${priorYear} first, ${what}, ${organisation} (${measure}):`,
  largestFirst: (what, organisation, measure) => `Largest first, ${what}, ${organisation} (${measure}):`,
  unitsLargestFirst: (organisation, measure) => `Largest first, units under ${organisation} (${measure}):`,
  unitsLargestIncreaseFirst: (priorYear, organisation, measure) => `Largest increase on the same period of ${priorYear} first, units under ${organisation} (${measure}):`,
  samePeriodLastYearWords: () => 'same period last year',
  changeBy: (better, size) => `${better ? 'an improvement' : 'a deterioration'} of ${size}`,
  changeSince: (measure, current, month, earlier, earlierMonth, change) => `${measure === 'forecast' ? 'full-year forecast' : 'deviation'} ${current} as of ${month} against ${earlier} as of ${earlierMonth}, ${change}`,
  projectsBehind: (organisation, when) => `Investment projects furthest behind, ${organisation} (actual ${when} against the full-year budget):`,
  projectBehind: (left, fullYearBudget, actual, forecast) => `${left} of the full-year budget of ${fullYearBudget} left (actual ${actual}${forecast})`,
  forecastUnder: (forecast, gap) => `; forecast ${forecast}, ${gap} under the full-year budget`,
};
