// English answer sentences.
import type { MessageCatalogue } from './message-catalogue.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const list = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

export const en: MessageCatalogue = {
  list,
  month: (period) => `${MONTHS[period.month - 1]} ${period.year}`,
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
};
