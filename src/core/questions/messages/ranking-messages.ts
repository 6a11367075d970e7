// The headings and line words of rankings (answer-ranking.ts,
// answer-ranking-units-by-size.ts, answer-ranking-behind.ts). The numbered lines
// themselves ("1. Lokaler: …") are put together by the answer; every figure,
// month and year arrives formatted.

/** What is ranked: lines, sub-units, investment projects, or lines and sub-units together. */
export type RankedDimension = 'items' | 'units' | 'projects' | 'mixed';

/** Which deviations a ranking asks for: the worst, the best, or the largest either way. */
export type RankedDirection = 'worse' | 'better' | 'any';

/** What a ranking says around its numbered lines. */
export interface RankingMessages {
  /** "poster", "enheter", "investeringsprojekt", "poster eller enheter". */
  dimension(dimension: RankedDimension): string;
  /** No deviation of the kind asked for under the organisation; `what` from `dimension`. */
  noDeviations(direction: RankedDirection, what: string, organisation: string): string;
  /** A ranking by budget where no budget amounts are on record (only deviations, say). */
  noBudgets(what: string, organisation: string): string;
  /** A ranking of investment projects where the organisation reports none at all. */
  noProjects(organisation: string): string;
  /** A ranking by the change against last year where no line or unit has last year's figure on record. */
  noPriorYear(priorYear: number, what: string, organisation: string): string;
  /** "prognos per augusti 2024": when a ranked deviation is a forecast's. */
  forecastAsOf(month: string): string;
  /** "Avvikelserna per post, Kommunstyrelsen, sämst först:" – a ranking asked only for its order. */
  deviationsInOrder(dimension: RankedDimension, organisation: string, direction: RankedDirection): string;
  /** "Största försämringarna sedan augusti 2024 per enhet, Regionen:" */
  largestChangesSince(direction: RankedDirection, month: string, dimension: RankedDimension, organisation: string): string;
  /** "Största negativa avvikelserna per post, Kommunstyrelsen:" */
  largestDeviations(direction: RankedDirection, dimension: RankedDimension, organisation: string): string;
  /** " (samma period 2023: 5 tkr, +1 tkr)"; `change` is ", +1 tkr" or "". */
  samePeriodLastYear(priorYear: number, prior: string, change: string): string;
  /** "helårsprognos": what a ranking by size ranks when it ranks forecasts. */
  fullYearForecast(): string;
  /** "helårsprognos 121,5 mnkr": a unit's year forecast shown beside the outcome it is ranked on. */
  besideForecast(amount: string): string;
  /** "utfall januari–augusti 2024": what a ranking by size ranks when it ranks the outcome. */
  actualFor(accumulatedPeriod: string): string;
  /** A size ranking of the year's budgets ("helårsbudget"). */
  fullYearBudget(): string;
  /** A size ranking of the period's budgets ("budget januari–april 2025"). */
  periodBudgetFor(accumulatedPeriod: string): string;
  /** "Störst ökning mot samma period 2023 först, poster, Kommunstyrelsen (utfall …):" */
  largestIncreaseFirst(priorYear: number, what: string, organisation: string, measure: string): string;
  /** "Störst först, poster, Kommunstyrelsen (utfall …):" */
  largestFirst(what: string, organisation: string, measure: string): string;
  /** "Störst först, enheter under Regionen (helårsprognos):" */
  unitsLargestFirst(organisation: string, measure: string): string;
  /** "Störst ökning mot samma period 2023 först, enheter under Regionen (…):" */
  unitsLargestIncreaseFirst(priorYear: number, organisation: string, measure: string): string;
  /** "samma period i fjol", between a unit's figure and last year's. */
  samePeriodLastYearWords(): string;
  /** "en förbättring med 6,1 mnkr" / "en försämring med …". */
  changeBy(better: boolean, size: string): string;
  /** "avvikelse +1,2 mnkr per september 2024 mot +7,3 mnkr per augusti 2024, en försämring med 6,1 mnkr". */
  changeSince(measure: 'forecast' | 'deviation', current: string, month: string, earlier: string, earlierMonth: string, change: string): string;
  /** "Investeringsprojekt som ligger längst efter, Regionen (utfall … mot helårsbudget):" */
  projectsBehind(organisation: string, accumulatedPeriod: string): string;
  /** "3 tkr kvar av helårsbudgeten 10 tkr (utfall 7 tkr; prognos …)"; `forecast` from `forecastUnder` or "". */
  projectBehind(left: string, fullYearBudget: string, actual: string, forecast: string): string;
  /** "; prognos 8 tkr, 2 tkr under helårsbudgeten". */
  forecastUnder(forecast: string, gap: string): string;
}
