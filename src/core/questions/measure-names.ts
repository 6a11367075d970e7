// What each stored measure is called in an answer.
import type { Measure } from '../figures/vocabulary.js';
import type { Language } from './answer.js';

const NAMES: Readonly<Record<Measure, { sv: string; en: string }>> = {
  actual: { sv: 'utfall', en: 'actual' },
  budget: { sv: 'periodbudget', en: 'period budget' },
  budget_full_year: { sv: 'helårsbudget', en: 'full-year budget' },
  forecast: { sv: 'helårsprognos', en: 'full-year forecast' },
  prior_year_actual: { sv: 'utfall samma period förra året', en: 'actual for the same period last year' },
  prior_year_full_year: { sv: 'utfall helår förra året', en: 'last year’s full-year actual' },
  target: { sv: 'mål', en: 'target' },
  target_full_year: { sv: 'mål för helåret', en: 'full-year target' },
  deviation: { sv: 'avvikelse mot budget', en: 'deviation from budget' },
  forecast_deviation: { sv: 'prognosavvikelse', en: 'forecast deviation' },
};

// Swedish nouns take "ingen" (en-words) or "inget" (ett-words).
const NEUTER: ReadonlySet<Measure> = new Set(['actual', 'prior_year_actual', 'prior_year_full_year', 'target', 'target_full_year']);

/** "ingen helårsprognos", "inget utfall"; in English "no full-year forecast". */
export function noMeasure(measure: Measure, language: Language): string {
  return language === 'sv' ? `${NEUTER.has(measure) ? 'inget' : 'ingen'} ${NAMES[measure].sv}` : `no ${NAMES[measure].en}`;
}

/** The measure's name in `language`. */
export function measureName(measure: Measure, language: Language): string {
  return NAMES[measure][language];
}
