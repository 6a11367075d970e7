// The sentences of answers, one catalogue per language (sv.ts, en.ts) with the
// same keys, so both languages say the same thing and a sentence is changed in
// one place. Figures arrive already formatted by the answer builder; a message
// never formats or invents a number.
import type { Period } from '../../figures/period.js';

export interface MessageCatalogue {
  /** "A, B och C". */
  list(items: readonly string[]): string;
  month(period: Period): string;
  noNotes(organisation: string): string;
  notesHeading(organisation: string, period: Period): string;
  overviewHeading(organisation: string, period: Period): string;
  overviewNoResult(organisation: string): string;
  rollupHeading(organisation: string, units: readonly string[], period: Period): string;
  rollupLine(line: string, parts: readonly string[]): string;
  rollupActual(actual: string, budget: string | null): string;
  rollupDeviation(shown: string, direction: string): string;
  rollupForecastDeviation(shown: string, direction: string): string;
  rollupMissing(units: readonly string[]): string;
  forecastPercent(percent: string): string;
  noFiguresInTree(organisation: string): string;
}
