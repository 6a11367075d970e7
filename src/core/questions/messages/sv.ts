// Svenska svarsmeningar.
import type { MessageCatalogue } from './message-catalogue.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const list = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`);

export const sv: MessageCatalogue = {
  list,
  month: (period) => `${MONTHS[period.month - 1]} ${period.year}`,
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
};
