// The fixed words of answers, looked up in the language's message catalogue
// (messages/sv.ts, messages/en.ts) so both languages say the same thing.
import { describeAccumulatedPeriod, type Period } from '../figures/period.js';
import type { Dec } from '../numbers/decimal.js';
import type { Language } from '../answering/answer.js';
import type { ComparedWith } from './messages/message-catalogue.js';
import { messages } from './messages/messages.js';

/** "januari–augusti 2024": what an accumulated figure covers. */
export function accumulatedPeriod(period: Period, language: Language): string {
  return describeAccumulatedPeriod(period, language);
}

/** "augusti 2024": a report month. */
export function monthName(period: Period, language: Language): string {
  return messages(language).month(period);
}

/** Words for a deviation's direction against what it was compared with. */
export function directionWords(value: Dec, against: ComparedWith, language: Language): string {
  return messages(language).direction(value.isZero() ? 'level' : value.isPositive() ? 'better' : 'worse', against);
}

/** "överskott"/"underskott" (sv), "surplus"/"deficit" (en) for a money deviation. */
export function surplusWord(value: Dec, language: Language): string {
  return messages(language).balance(value.isPositive() ? 'surplus' : 'deficit');
}

/** "A, B och C" / "A, B and C". */
export function list(items: readonly string[], language: Language): string {
  return messages(language).list(items);
}
