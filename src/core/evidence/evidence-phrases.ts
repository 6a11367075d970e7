// The words "Visa underlag" uses, per language: what each stored figure is
// ("Utfall jan–aug 2024", "Helårsbudget 2024"), the notes the import's checks left
// on a figure, and the words of a derivation's arithmetic.
import type { Language } from '../answering/answer.js';
import { list as listEnglish } from '../language/list-en.js';
import { list as listSwedish } from '../language/list-sv.js';

const SHORT_MONTHS: Readonly<Record<Language, readonly string[]>> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The phrases of one language. */
export interface EvidencePhrases {
  readonly month: (month: number) => string;
  readonly actual: string;
  readonly budget: string;
  readonly fullYearBudget: string;
  readonly forecast: string;
  readonly madeIn: (when: string) => string;
  readonly target: string;
  readonly fullYearTarget: string;
  readonly fullYear: string;
  readonly deviation: string;
  readonly forecastDeviation: string;
  readonly inPercent: string;
  readonly changeAgainst: (when: string) => string;
  readonly changeSince: (when: string) => string;
  readonly forecastChangeSince: (when: string | null) => string;
  readonly share: string;
  readonly budgetChange: string;
  readonly roundingNote: (reported: string, formula: string, computed: string) => string;
  readonly warningNote: (reported: string, formula: string, computed: string, lines: string) => string;
  readonly flagNote: (flag: string) => string;
  /** "rad 12 och 14" / "lines 12 and 14": where in the import file a note's figures stand. */
  readonly lines: (lines: readonly number[]) => string;
  readonly derived: string;
  /** Words of derivation expressions, longest first: [English code words, words shown]. */
  readonly expressionWords: readonly (readonly [string, string])[];
}

export const EVIDENCE_PHRASES: Readonly<Record<Language, EvidencePhrases>> = {
  sv: {
    month: (month) => SHORT_MONTHS.sv[month - 1]!,
    actual: 'Utfall',
    budget: 'Budget',
    fullYearBudget: 'Helårsbudget',
    forecast: 'Helårsprognos',
    madeIn: (when) => `gjord ${when}`,
    target: 'Mål',
    fullYearTarget: 'Mål helår',
    fullYear: 'helår',
    deviation: 'Avvikelse mot budget',
    forecastDeviation: 'Prognosavvikelse mot helårsbudget',
    inPercent: 'i procent',
    changeAgainst: (when) => `Förändring mot ${when}`,
    changeSince: (when) => `Förändring sedan ${when}`,
    forecastChangeSince: (when) => (when ? `Prognosförändring sedan ${when}` : 'Prognosförändring sedan föregående prognos'),
    share: 'Andel av överordnad post',
    budgetChange: 'Budgetförändring',
    roundingNote: (reported, formula, computed) => `rapporten anger ${reported}; ${formula} = ${computed}, skillnaden är avrundning`,
    warningNote: (reported, formula, computed, lines) => `rapporten anger ${reported}, men ${formula} = ${computed}; skillnaden är större än avrundning (${lines} i importfilen)`,
    flagNote: (flag) => `Flaggat: ${flag}`,
    lines: (lines) => `rad ${listSwedish(lines.map(String))}`,
    derived: 'Beräknat',
    expressionWords: [
      ['reported forecast deviation', 'rapporterad prognosavvikelse'],
      ['reported deviation in per cent', 'rapporterad avvikelse i procent'],
      ['reported deviation', 'rapporterad avvikelse'],
      ['reported change against the same period last year in per cent', 'rapporterad förändring mot samma period föregående år i procent'],
      ['reported change against the same period last year', 'rapporterad förändring mot samma period föregående år'],
      ['forecast deviation', 'prognosavvikelse'],
      ['prior-year actual', 'utfall föregående år'],
      ['prior_year_actual', 'utfall föregående år'],
      ['full-year budget', 'helårsbudget'],
      ['budget_full_year', 'helårsbudget'],
      ['full-year target', 'helårsmål'],
      ['target_full_year', 'helårsmål'],
      ['summed over', 'summerat över'],
      ['deviation', 'avvikelse'],
      ['forecast', 'prognos'],
      ['actual', 'utfall'],
      ['target', 'mål'],
      ['change', 'förändring'],
      ['in', 'i'],
    ],
  },
  en: {
    month: (month) => SHORT_MONTHS.en[month - 1]!,
    actual: 'Actual',
    budget: 'Budget',
    fullYearBudget: 'Full-year budget',
    forecast: 'Full-year forecast',
    madeIn: (when) => `made ${when}`,
    target: 'Target',
    fullYearTarget: 'Full-year target',
    fullYear: 'full year',
    deviation: 'Deviation from budget',
    forecastDeviation: 'Forecast deviation from the full-year budget',
    inPercent: 'in per cent',
    changeAgainst: (when) => `Change against ${when}`,
    changeSince: (when) => `Change since ${when}`,
    forecastChangeSince: (when) => (when ? `Change of the forecast since ${when}` : 'Change of the forecast since the previous forecast'),
    share: 'Share of the parent line',
    budgetChange: 'Change of the budget',
    roundingNote: (reported, formula, computed) => `the report states ${reported}; ${formula} = ${computed}, the difference is rounding`,
    warningNote: (reported, formula, computed, lines) => `the report states ${reported}, but ${formula} = ${computed}; the difference is more than rounding (${lines} of the import file)`,
    flagNote: (flag) => `Flagged: ${flag}`,
    lines: (lines) => `${lines.length === 1 ? 'line' : 'lines'} ${listEnglish(lines.map(String))}`,
    derived: 'Derived',
    expressionWords: [
      ['prior_year_actual', 'prior-year actual'],
      ['budget_full_year', 'full-year budget'],
      ['target_full_year', 'full-year target'],
    ],
  },
};

/** "jan–aug 2024", "aug 2024" (January alone), "Jan–Aug 2024". */
export function accumulatedSpan(year: number, month: number, language: Language): string {
  const phrases = EVIDENCE_PHRASES[language];
  return month === 1 ? `${phrases.month(1)} ${year}` : `${phrases.month(1)}–${phrases.month(month)} ${year}`;
}

/** "aug 2024". */
export function monthOf(year: number, month: number, language: Language): string {
  return `${EVIDENCE_PHRASES[language].month(month)} ${year}`;
}

/** "rad 12 och 14" / "lines 12 and 14". */
export function lineWords(lines: readonly number[], language: Language): string {
  return EVIDENCE_PHRASES[language].lines(lines);
}
