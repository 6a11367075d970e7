// Svenska rubriker och ord i rangordningar.
import type { RankedDimension, RankingMessages } from '../ranking-messages.js';

const WHAT: Readonly<Record<RankedDimension, string>> = { items: 'poster', units: 'enheter', projects: 'investeringsprojekt', mixed: 'poster eller enheter' };
const BY: Readonly<Record<RankedDimension, string>> = { items: ' per post', units: ' per enhet', projects: ' per projekt', mixed: ', poster och enheter' };

export const ranking: RankingMessages = {
  dimension: (dimension) => WHAT[dimension],
  noBudgets: (what, organisation) => `Budgetbelopp för ${what} under ${organisation} finns inte i underlaget, så de kan inte rangordnas efter budget.`,
  noPriorYear: (priorYear, what, organisation) => `Utfall för samma period ${priorYear} finns inte för ${what} under ${organisation} i underlaget, så de kan inte rangordnas efter förändringen mot förra året.`,
  noProjects: (organisation) => `Det finns inga investeringsprojekt för ${organisation} i underlaget.`,
  noDeviations: (direction, what, organisation) => `Det finns inga${direction === 'any' ? '' : direction === 'worse' ? ' negativa' : ' positiva'} avvikelser för ${what} under ${organisation} i underlaget.`,
  forecastAsOf: (month) => `prognos per ${month}`,
  deviationsInOrder: (dimension, organisation, direction) => `Avvikelserna${BY[dimension]}, ${organisation}, ${direction === 'worse' ? 'sämst' : 'bäst'} först:`,
  largestChangesSince: (direction, month, dimension, organisation) => `Största ${direction === 'better' ? 'förbättringarna' : direction === 'worse' ? 'försämringarna' : 'förändringarna'} sedan ${month}${BY[dimension]}, ${organisation}:`,
  largestDeviations: (direction, dimension, organisation) => `Största${direction === 'worse' ? ' negativa' : direction === 'better' ? ' positiva' : ''} avvikelserna${BY[dimension]}, ${organisation}:`,
  samePeriodLastYear: (priorYear, prior, change) => ` (samma period ${priorYear}: ${prior}${change})`,
  fullYearForecast: () => 'helårsprognos',
  besideForecast: (amount) => `helårsprognos ${amount}`,
  actualFor: (when) => `utfall ${when}`,
  fullYearBudget: () => 'helårsbudget',
  periodBudgetFor: (when) => `budget ${when}`,
  largestIncreaseFirst: (priorYear, what, organisation, measure) => `Störst ökning mot samma period ${priorYear} först, ${what}, ${organisation} (${measure}):`,
  largestFirst: (what, organisation, measure) => `Störst först, ${what}, ${organisation} (${measure}):`,
  unitsLargestFirst: (organisation, measure) => `Störst först, enheter under ${organisation} (${measure}):`,
  unitsLargestIncreaseFirst: (priorYear, organisation, measure) => `Störst ökning mot samma period ${priorYear} först, enheter under ${organisation} (${measure}):`,
  samePeriodLastYearWords: () => 'samma period i fjol',
  changeBy: (better, size) => `en ${better ? 'förbättring' : 'försämring'} med ${size}`,
  changeSince: (measure, current, month, earlier, earlierMonth, change) => `${measure === 'forecast' ? 'helårsprognos' : 'avvikelse'} ${current} per ${month} mot ${earlier} per ${earlierMonth}, ${change}`,
  projectsBehind: (organisation, when) => `Investeringsprojekt som ligger längst efter, ${organisation} (utfall ${when} mot helårsbudget):`,
  projectBehind: (left, fullYearBudget, actual, forecast) => `${left} kvar av helårsbudgeten ${fullYearBudget} (utfall ${actual}${forecast})`,
  forecastUnder: (forecast, gap) => `; prognos ${forecast}, ${gap} under helårsbudgeten`,
};
