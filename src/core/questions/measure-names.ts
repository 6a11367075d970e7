// What each stored measure is called in an answer, from the language's message catalogue.
import type { Measure } from '../figures/vocabulary.js';
import type { Language } from '../answering/answer.js';
import { messages } from './messages/messages.js';

/** "ingen helårsprognos", "inget utfall"; in English "no full-year forecast". */
export function noMeasure(measure: Measure, language: Language): string {
  return messages(language).noMeasure(measure);
}

/** The measure's name in `language`. */
export function measureName(measure: Measure, language: Language): string {
  return messages(language).measure(measure);
}
