// The sentences of a deviation explanation (compose-draft.ts) and the two
// instructions the model path adds to its prompt (draft-with-model.ts), one
// catalogue per language (sv.ts, en.ts) with the same keys. Every figure and
// period arrives formatted by the answer builder; a message never formats or
// invents a number.

/** Whose change against last year a sentence speaks of. */
export type ChangeSubject = 'cost' | 'net_cost' | 'result' | 'amount';

/** Every sentence of a draft in one language. */
export interface DraftMessages {
  /** The marker a draft carries where no cause is recorded; a controller replaces it. */
  missingCause(): string;
  /** The organisation has no figures for the period ("2024-08"). */
  noFigures(organisation: string, period: string): string;
  /** Nothing deviates for the line or organisation (`subject`) in the period ("2024-08"). */
  nothingToExplain(subject: string, period: string): string;
  /** "en nettokostnad om 5 tkr": a negative result or income line read as a cost. */
  netCost(amount: string): string;
  /** The line's actual and its deviation against the period budget; `percent` is " (3,1 %)" or "". */
  deviationWithActual(item: string, accumulatedPeriod: string, actual: string, positive: boolean, size: string, percent: string): string;
  /** The line's deviation against the period budget when its actual is not on record. */
  deviationOnly(item: string, accumulatedPeriod: string, positive: boolean, size: string, percent: string): string;
  /** The line's actual when no deviation is on record. */
  actualOnly(item: string, accumulatedPeriod: string, actual: string): string;
  /** "Helårsprognosen": the subject of a forecast sentence after the line was named. */
  forecastSubject(): string;
  /** "Helårsprognosen för personalkostnader": the subject of a forecast sentence that names the line. */
  forecastSubjectOf(item: string): string;
  /** "Jämfört med samma period föregående år har kostnaderna ökat med 5 tkr." */
  changeAgainstLastYear(subject: ChangeSubject, grew: boolean, size: string): string;
  /** "en prognos i nivå med budget": a forecast deviation of zero. */
  forecastInLine(): string;
  /** "ett överskott mot budget om 2 tkr". */
  forecastBalance(surplus: boolean, size: string): string;
  /** "Helårsprognosen uppgår till 12 tkr, vilket innebär …"; `outcome` from `forecastInLine` or `forecastBalance`. */
  forecastIs(subject: string, forecast: string, outcome: string): string;
  /** "Helårsprognosen innebär …" when the forecast itself is not on record. */
  forecastMeans(subject: string, outcome: string): string;
  /** "sedan prognosen per 2024-04". */
  sinceForecastOf(period: string): string;
  sincePreviousForecast(): string;
  /** "Prognosen har förändrats med +3 tkr sedan …". */
  forecastChanged(change: string, since: string): string;
  /** The report's components of the forecast deviation, each "Name +2 tkr". */
  forecastDeviationConsistsOf(parts: readonly string[]): string;
  /** The lines that deviate most from the full-year budget, each "Name −2 tkr". */
  deviationsMainlyIn(parts: readonly string[]): string;
  /** "Enligt A och B: …" followed by the quoted causes. */
  accordingTo(authors: readonly string[], quoted: string): string;
  /** The model path's request for a draft, after the material. */
  writeTheDraft(): string;
  /** The model path's reminder to keep the missing-cause marker. */
  keepTheMarker(marker: string): string;
}
