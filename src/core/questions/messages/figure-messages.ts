// The sentences of an answer about one line (answer-figure.ts): its outcome
// against budget, its full-year forecast and budget, the change against last year
// or an earlier report, and what is missing. Every figure, month and year arrives
// formatted; a sentence fragment that starts with a space or a semicolon is
// appended to the sentence before it.

/** What an answer about one line's money figures says. */
export interface FigureMessages {
  /** " (gjord i juni 2024)": when a forecast was made, if not in the report asked about. */
  forecastMadeIn(month: string): string;
  /** "Lokaler, Kommunstyrelsen: helårsprognosen 2024 (gjord i …) är 12 tkr". */
  forecastIs(item: string, organisation: string, year: number, madeIn: string, forecast: string): string;
  /** " mot helårsbudget 10 tkr". */
  againstFullYearBudget(fullYearBudget: string): string;
  /** "Utfall januari–augusti 2024: 5 tkr." */
  actualSoFar(accumulatedPeriod: string, actual: string): string;
  /** ". Utfall januari–augusti 2024: 5 tkr", appended to a full-year budget sentence. */
  actualSoFarAppended(accumulatedPeriod: string, actual: string): string;
  /** A line reported only as a forecast deviation; `deviation` reads "2 tkr sämre än helårsbudgeten". */
  forecastDeviationOnly(item: string, organisation: string, month: string, deviation: string): string;
  /** "Lokaler, Kommunstyrelsen: helårsbudgeten 2024 är 10 tkr". */
  fullYearBudgetIs(item: string, organisation: string, year: number, fullYearBudget: string): string;
  /** "; helårsprognosen är 12 tkr, ", followed by the deviation. */
  forecastBeside(forecast: string): string;
  /** "en ökning med 5 tkr" / "en minskning med 5 tkr"; `size` may carry a percentage in brackets. */
  changeBy(grew: boolean, size: string): string;
  /** The outcome against the same period last year; `change` from `changeBy` or `unchanged`, `percent` " (3,1 %)" or "". */
  priorYearComparison(heading: string, actual: string, prior: string, priorYear: number, change: string, percent: string): string;
  /** The full-year forecast against last year's full-year outcome. */
  forecastAgainstPriorFullYear(heading: string, forecast: string, prior: string, priorYear: number, change: string, percent: string): string;
  /** A change against last year the report prints without the two years' amounts. */
  reportedChangeOnly(heading: string, priorYear: number, change: string): string;
  /** "Lokaler, Kommunstyrelsen, januari–augusti 2024: utfall 5 tkr". */
  actualIs(heading: string, actual: string): string;
  /** " mot budget 4 tkr, ", followed by the deviation. */
  againstBudget(budget: string): string;
  /** "; avvikelse mot budget ", followed by the reported deviation. */
  deviationFromBudget(): string;
  /** Why a percentage asked for is missing: the period budget is not on record. */
  noPercentWithoutBudget(): string;
  noPeriodBudget(): string;
  /** Only the deviation is on record, not the period's actual and budget. */
  deviationOnly(heading: string, deviation: string): string;
  /** "Förbrukat januari–augusti 2024: 60,1 % av helårsbudgeten 10 tkr." */
  shareUsed(accumulatedPeriod: string, share: string, fullYearBudget: string): string;
  forecastWithoutFullYearBudget(forecast: string): string;
  /** "Helårsprognosen: 2 tkr sämre än helårsbudgeten." */
  forecastDeviationReported(deviation: string): string;
  /** "Helårsprognos 12 tkr mot helårsbudget 10 tkr, 2 tkr sämre än helårsbudgeten." */
  forecastAgainstFullYearBudget(forecast: string, fullYearBudget: string, deviation: string): string;
  /** The outcome so far is already over the year's budget by `size`. */
  overFullYearBudget(accumulatedPeriod: string, size: string): string;
  /** "Kvar av helårsbudgeten: 4 tkr." */
  leftOfFullYearBudget(size: string): string;
  /** The lead of an answer to a question that carried instructions; ends with a space. */
  instructionsIgnored(): string;
  /** No earlier report holds `measure` (already named, "helårsprognos") for the line. */
  noEarlierReport(measure: string, item: string, organisation: string, latestMonth: string): string;
  /** The change of the full-year forecast since the report before, as the report states it (no earlier report stored). */
  reportedForecastChange(item: string, organisation: string, month: string, change: string): string;
  /** "förbättring med 3 tkr" (a deviation), "upp 3 tkr" (an amount). */
  /** `better`: whether the move is for the better (an amount whose direction the line's `better` says), null where it says none. */
  movedBy(kind: 'deviation' | 'amount', up: boolean, size: string, better?: boolean | null): string;
  /** A measure in this report against the same measure in an earlier one; `movement` from `movedBy` or `unchanged`. */
  againstPreviousReport(item: string, organisation: string, measure: string, current: string, month: string, earlier: string, earlierMonth: string, movement: string): string;
  /** The line has none of the measure asked for (`none`: "ingen helårsprognos"); `present` names what it has. */
  missingMeasure(item: string, organisation: string, month: string, none: string, present: readonly string[]): string;
  /** The line has no figures (for `month`, when named); `periods` ("2024-08") are those it has. */
  noFigures(item: string, organisation: string, month: string | null, periods: readonly string[]): string;
}

/** What an answer about a KPI says beyond the line's heading. */
export interface KpiMessages {
  /** The KPI is not broken down the way asked; `available` are the breakdowns it has. */
  notBrokenDown(item: string, organisation: string, available: readonly string[]): string;
  /** "Fördelning: ", followed by the breakdown's values. */
  breakdown(): string;
  /** " procentenheter": a difference of two percentages. */
  percentagePoints(): string;
  /** " indexenheter": a difference of two index values. */
  indexPoints(): string;
  /** " st" after a count in Swedish; nothing in English. */
  pieces(): string;
  /** "Förändring mot samma period 2023: −0,42 procentenheter." */
  changeAgainstSamePeriod(priorYear: number, change: string, unit: string): string;
  /** "Förändring sedan december 2020: −6 st." — a change the report states against a named earlier time. */
  changeSinceReference(when: string, change: string, unit: string): string;
  /** "Någon förändring sedan årsskiftet (december 2020) finns inte i underlaget." — asked, not on record. */
  noChangeSinceYearEnd(when: string): string;
  /** "prognos för helåret 2024": what a forecast KPI value is. */
  forecastForYear(year: number): string;
  /** "per augusti 2024": what a KPI value as of a report is. */
  asOf(month: string): string;
  /** " (mål 90 %)". */
  target(target: string, unit: string): string;
  inLineWithTarget(): string;
  noTarget(): string;
  /** " (mål 3,5 till 2026)": a target the plan sets for a later year than the report's. */
  targetForYear(target: string, unit: string, year: number): string;
  /** ", hittills 0,9 sämre än målet": the value so far against a target for a later year. */
  soFarAgainstTarget(difference: string): string;
  /** "; målet för 2026 är redan nått": the value so far already meets a target for a later year. */
  laterTargetMetAlready(year: number): string;
  /** A KPI with no value for the report's period: its target for a later year, and what is on record instead. */
  noValueYetTarget(item: string, organisation: string, month: string, target: string, unit: string, year: number): string;
  /**
   * A KPI reported only per breakdown (a risk score per risk), ranked: "Riskvärde per identifierad risk,
   * Kommunstyrelsen, per augusti 2024, högst först:"; `onlyTop` when only those at the top value follow.
   */
  rankedBreakdowns(item: string, group: string, organisation: string, month: string, highestFirst: boolean, onlyTop: boolean): string;
  /** ", oförändrat" after last year's value. */
  unchangedSinceLastYear(): string;
  /** ", 1,2 procentenheter högre nu". */
  higherOrLowerNow(difference: string, unit: string, higher: boolean): string;
  /** "Samma period 2023: 5,1 %, …." or "Helåret 2023: …". */
  priorYear(fullYear: boolean, priorYear: number, value: string, unit: string, change: string): string;
}
