// Svenska meningar i avvikelseförklaringar.
import { list } from '../../language/list-sv.js';
import type { ChangeSubject, DraftMessages } from './draft-messages.js';

const CHANGE_SUBJECTS: Readonly<Record<ChangeSubject, string>> = { cost: 'kostnaderna', net_cost: 'nettokostnaden', result: 'resultatet', amount: 'beloppet' };
const direction = (positive: boolean) => (positive ? 'positiv' : 'negativ');

export const sv: DraftMessages = {
  missingCause: () => '[ORSAK SAKNAS – ansvarig chef ombeds komplettera med en förklaring]',
  noFigures: (organisation, period) => `${organisation} har inga siffror för ${period}.`,
  nothingToExplain: (subject, period) => `Det finns inga avvikelser att förklara för ${subject} ${period}.`,
  netCost: (amount) => `en nettokostnad om ${amount}`,
  deviationWithActual: (item, when, actual, positive, size, percent) => `${item} redovisas för ${when} till ${actual}, vilket motsvarar en ${direction(positive)} avvikelse mot periodbudget om ${size}${percent}.`,
  deviationOnly: (item, when, positive, size, percent) => `${item} redovisar för ${when} en ${direction(positive)} avvikelse mot periodbudget om ${size}${percent}.`,
  actualOnly: (item, when, actual) => `${item} redovisas för ${when} till ${actual}.`,
  forecastSubject: () => 'Helårsprognosen',
  // Mid-sentence a Swedish line name is written in lower case ("för personalkostnader").
  forecastSubjectOf: (item) => `Helårsprognosen för ${item.toLocaleLowerCase('sv')}`,
  changeAgainstLastYear: (subject, grew, size) => `Jämfört med samma period föregående år har ${CHANGE_SUBJECTS[subject]} ${grew ? 'ökat' : 'minskat'} med ${size}.`,
  forecastInLine: () => 'en prognos i nivå med budget',
  forecastBalance: (surplus, size) => `ett ${surplus ? 'överskott' : 'underskott'} mot budget om ${size}`,
  forecastIs: (subject, forecast, outcome) => `${subject} uppgår till ${forecast}, vilket innebär ${outcome}.`,
  forecastMeans: (subject, outcome) => `${subject} innebär ${outcome}.`,
  sinceForecastOf: (period) => `sedan prognosen per ${period}`,
  sincePreviousForecast: () => 'sedan föregående prognos',
  forecastChanged: (change, since) => `Prognosen har förändrats med ${change} ${since}.`,
  forecastDeviationConsistsOf: (parts) => `Prognosavvikelsen består av ${list(parts)}.`,
  deviationsMainlyIn: (parts) => `Avvikelserna mot helårsbudgeten finns främst inom ${list(parts)}.`,
  accordingTo: (authors, quoted) => `Enligt ${list(authors)}: ${quoted}`,
  writeTheDraft: () => 'Skriv utkastet.',
  keepTheMarker: (marker) => `Behåll markeringen ${marker}.`,
};
