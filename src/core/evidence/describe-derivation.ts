// A derivation's arithmetic in the reader's words: "actual − budget
// (Personalkostnader, 2024-08)" becomes "utfall − budget (Personalkostnader, aug
// 2024)". The expression stays the record of what was computed; this only renames
// its words and periods for "Visa underlag".
import type { Language } from '../answering/answer.js';
import { EVIDENCE_PHRASES, monthOf } from './evidence-phrases.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<Language, RegExp>();

function patternOf(language: Language): RegExp {
  let pattern = patterns.get(language);
  if (!pattern) {
    const words = EVIDENCE_PHRASES[language].expressionWords.map(([code]) => escape(code));
    // Periods first, then the words, longest first as listed; a word only where it stands alone.
    pattern = new RegExp(`(\\b\\d{4}-(?:0[1-9]|1[0-2])\\b)${words.length ? `|(?<![\\p{L}_-])(${words.join('|')})(?![\\p{L}_-])` : ''}`, 'gu');
    patterns.set(language, pattern);
  }
  return pattern;
}

/** The expression with its words and YYYY-MM periods as `language` writes them. */
export function derivationLabel(expression: string, language: Language): string {
  const words = new Map(EVIDENCE_PHRASES[language].expressionWords);
  const label = expression.replace(patternOf(language), (match: string, period: string | undefined) => {
    if (period) return monthOf(Number(period.slice(0, 4)), Number(period.slice(5, 7)), language);
    return words.get(match) ?? match;
  });
  return label.charAt(0).toUpperCase() + label.slice(1);
}
