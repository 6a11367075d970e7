// Svenska svarsmeningar.
import type { Measure } from '../../figures/vocabulary.js';
import type { MessageCatalogue } from './message-catalogue.js';
import { figure, kpi } from './sv/figure.js';
import { list } from '../../language/list-sv.js';
import { question } from './sv/question.js';
import { ranking } from './sv/ranking.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const COMPARED_WITH = { budget: 'budget', target: 'målet', full_year_budget: 'helårsbudgeten' } as const;
const MEASURES: Readonly<Record<Measure, string>> = {
  actual: 'utfall',
  budget: 'periodbudget',
  budget_full_year: 'helårsbudget',
  forecast: 'helårsprognos',
  prior_year_actual: 'utfall samma period förra året',
  prior_year_full_year: 'utfall helår förra året',
  target: 'mål',
  target_full_year: 'mål för helåret',
  deviation: 'avvikelse mot budget',
  forecast_deviation: 'prognosavvikelse',
  deviation_percent: 'avvikelse mot budget i procent',
  prior_year_change: 'förändring mot samma period förra året',
  prior_year_change_percent: 'förändring mot samma period förra året i procent',
  change: 'förändring',
  change_percent: 'förändring i procent',
  forecast_change: 'prognosförändring',
  share: 'andel',
  budget_change: 'budgetförändring',
};
// Nouns take "ingen" (en-words) or "inget" (ett-words).
const NEUTER: ReadonlySet<Measure> = new Set(['actual', 'prior_year_actual', 'prior_year_full_year', 'target', 'target_full_year']);
const SECTIONS = { economy: 'Ekonomi', kpi: 'Nyckeltal', investments: 'Investeringar' } as const;

export const sv: MessageCatalogue = {
  list,
  month: (period) => `${MONTHS[period.month - 1]} ${period.year}`,
  direction: (direction, against) => (direction === 'level' ? `i nivå med ${COMPARED_WITH[against]}` : `${direction === 'better' ? 'bättre' : 'sämre'} än ${COMPARED_WITH[against]}`),
  unchanged: () => 'oförändrat',
  balance: (balance) => (balance === 'surplus' ? 'överskott' : 'underskott'),
  measure: (measure) => MEASURES[measure],
  noMeasure: (measure) => `${NEUTER.has(measure) ? 'inget' : 'ingen'} ${MEASURES[measure]}`,
  noRiskNotes: (organisation, item) => `Rapportens text för ${organisation} nämner ingen risk eller osäkerhet${item ? ` kring ${item}` : ''}.`,
  noNotes: (organisation) => `Varken siffrorna eller kommentarerna i underlaget för ${organisation} svarar på det.`,
  notesHeading: (organisation, period) => `Ur rapportens text, ${organisation}, rapporten per ${sv.month(period)}:`,
  overviewHeading: (organisation, period) => `Läget för ${organisation}, rapporten per ${sv.month(period)}:`,
  overviewNoResult: (organisation) => `För ${organisation} finns ingen resultatrad i underlaget.`,
  rollupHeading: (organisation, units, period) => `${organisation} har inga egna siffror; här är summan av ${list(units)}, rapporten per ${sv.month(period)}:`,
  rollupLine: (line, parts) => `${line}: ${parts.join(', ')}.`,
  rollupActual: (actual, budget) => (budget ? `utfall ${actual} mot budget ${budget}` : `utfall ${actual}`),
  rollupDeviation: (shown, direction) => `avvikelse ${shown} ${direction}`,
  rollupForecastDeviation: (shown, direction) => `helårsprognosen ${shown} ${direction}`,
  rollupMissing: (units) => `(${list(units)} saknar samma uppgifter och ingår inte.)`,
  forecastPercent: (percent) => `${percent} av helårsbudgeten`,
  noFiguresInTree: (organisation) => `Det finns inga siffror för ${organisation} eller dess underenheter i Utfall.`,
  coverageReports: (organisation, reports) => `${organisation}: rapporter per ${list(reports)}.`,
  coverageSection: (section, lines, more) => `${SECTIONS[section]}: ${lines.join('; ')}${more ? ' …' : ''}`,
  coverageNoOwnFigures: (organisation) => `För ${organisation} finns inga egna siffror i Utfall.`,
  coverageUnits: (units) => `Underenheter med siffror: ${units.join('; ')}.`,
  help: (home) =>
    [
      `Jag svarar med exakta siffror ur budgetuppföljningen. Utan organisation i frågan svarar jag för ${home}.`,
      '• Utfall och budget: ”Hur ligger vi till mot budget på personalkostnaderna?”',
      '• Prognos: ”Vad är årsprognosen för intäkterna?”',
      '• Jämförelse: ”Hur ser lönerna ut jämfört med samma period förra året?”',
      '• Största avvikelser: ”Vilka poster har störst avvikelse?” eller ”Vilka enheter går sämst?”',
      '• Nyckeltal mot mål: ”Hur hög är sjukfrånvaron?”',
      '• Orsaker: ”Varför avviker konsultkostnaderna?”',
      '• Vad som finns: ”Vilka siffror finns för Kommunstyrelsen?”',
    ].join('\n'),
  refusedInstructions: () => 'Jag följer inte instruktioner i frågor och visar inga interna inställningar.',
  causesWhere: (item, organisation, period) => `${item ? `${item}, ` : ''}${organisation}, rapporten per ${sv.month(period)}`,
  noCause: (where) => `Ingen orsak finns registrerad för ${where}.`,
  causesOnRecordFor: (names) => `Orsaker finns registrerade för: ${list(names)}.`,
  askResponsibleManager: () => 'Be den ansvariga chefen om en förklaring.',
  causesAccordingTo: (authors) => `Orsaker enligt ${list(authors)}:`,
  moreNotes: () => '(och fler noteringar; fråga per post för att se dem)',
  question,
  figure,
  kpi,
  ranking,
};
