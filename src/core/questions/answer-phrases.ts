// The fixed words of answers in Swedish and English, in one place so both
// languages say the same thing.
import { describeAccumulatedPeriod, type Period } from '../figures/period.js';
import type { Dec } from '../numbers/decimal.js';
import type { Language } from './answer.js';

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** "januari–augusti 2024": what an accumulated figure covers. */
export function accumulatedPeriod(period: Period, language: Language): string {
  return describeAccumulatedPeriod(period, language);
}

/** "augusti 2024": a report month. */
export function monthName(period: Period, language: Language): string {
  return `${MONTHS[language][period.month - 1]} ${period.year}`;
}

/** Words for a deviation's direction against what it was compared with. */
export function directionWords(value: Dec, against: 'budget' | 'target' | 'full_year_budget', language: Language): string {
  const reference = {
    sv: { budget: 'budget', target: 'målet', full_year_budget: 'helårsbudgeten' },
    en: { budget: 'budget', target: 'the target', full_year_budget: 'the full-year budget' },
  }[language][against];
  if (value.isZero()) return language === 'sv' ? `i nivå med ${reference}` : `in line with ${reference}`;
  if (language === 'sv') return `${value.isPositive() ? 'bättre' : 'sämre'} än ${reference}`;
  return `${value.isPositive() ? 'better' : 'worse'} than ${reference}`;
}

/** "överskott"/"underskott" (sv), "surplus"/"deficit" (en) for a money deviation. */
export function surplusWord(value: Dec, language: Language): string {
  if (language === 'sv') return value.isPositive() ? 'överskott' : 'underskott';
  return value.isPositive() ? 'surplus' : 'deficit';
}

/** Swedish and English text chosen by language. */
export function say(language: Language, swedish: string, english: string): string {
  return language === 'sv' ? swedish : english;
}

/** "A, B och C" / "A, B and C". */
export function list(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
}
