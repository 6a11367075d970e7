// English sentences of deviation explanations.
import { list } from '../../language/list-en.js';
import type { ChangeSubject, DraftMessages } from './draft-messages.js';

const CHANGE_SUBJECTS: Readonly<Record<ChangeSubject, string>> = { cost: 'the costs have', net_cost: 'the net cost has', result: 'the result has', amount: 'the amount has' };
const direction = (positive: boolean) => (positive ? 'positive' : 'negative');

export const en: DraftMessages = {
  missingCause: () => '[CAUSE MISSING – the responsible manager is asked to add an explanation]',
  noFigures: (organisation, period) => `${organisation} has no figures for ${period}.`,
  nothingToExplain: (subject, period) => `There are no deviations to explain for ${subject} ${period}.`,
  netCost: (amount) => `a net cost of ${amount}`,
  deviationWithActual: (item, when, actual, positive, size, percent) => `${item} for ${when} amounts to ${actual}, a ${direction(positive)} deviation against the period budget of ${size}${percent}.`,
  deviationOnly: (item, when, positive, size, percent) => `${item} shows a ${direction(positive)} deviation against the period budget of ${size}${percent} for ${when}.`,
  actualOnly: (item, when, actual) => `${item} for ${when} amounts to ${actual}.`,
  forecastSubject: () => 'The full-year forecast',
  forecastSubjectOf: (item) => `The full-year forecast for ${item}`,
  changeAgainstLastYear: (subject, grew, size) => `Compared with the same period last year, ${CHANGE_SUBJECTS[subject]} ${grew ? 'increased' : 'decreased'} by ${size}.`,
  forecastInLine: () => 'a forecast in line with the budget',
  forecastBalance: (surplus, size) => `a ${surplus ? 'surplus' : 'deficit'} against the budget of ${size}`,
  forecastIs: (subject, forecast, outcome) => `${subject} is ${forecast}, which means ${outcome}.`,
  forecastMeans: (subject, outcome) => `${subject} means ${outcome}.`,
  sinceForecastOf: (period) => `since the forecast of ${period}`,
  sincePreviousForecast: () => 'since the previous forecast',
  forecastChanged: (change, since) => `The forecast has changed by ${change} ${since}.`,
  forecastDeviationConsistsOf: (parts) => `The forecast deviation consists of ${list(parts)}.`,
  deviationsMainlyIn: (parts) => `The deviations against the full-year budget lie mainly in ${list(parts)}.`,
  accordingTo: (authors, quoted) => `According to ${list(authors)}: ${quoted}`,
  writeTheDraft: () => 'Write the draft.',
  keepTheMarker: (marker) => `Keep the marker ${marker}.`,
};
