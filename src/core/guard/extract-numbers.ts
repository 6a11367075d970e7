// Finds the numbers a text states, as a reader would take them: Swedish
// (`70 328 tkr`, `2,73 %`, `−4 519`) and plain (`1064.1`) notation, with the unit
// that follows. Years, periods (2024-08), list markers and numbers that are part
// of a name ("covid-19", "T1") are recognised as such and not returned.
import { Dec } from '../numbers/decimal.js';
import { cleanText } from '../language/fold-text.js';
import { findWordNumbers } from './number-words.js';

/** A unit as written after a number; `pp` is percentage points. */
export type StatedUnit = 'kr' | 'tkr' | 'mnkr' | '%' | 'pp' | 'st' | 'årsarbetare' | null;

/** One number stated in a text. */
export interface StatedNumber {
  readonly text: string;
  /** The value as written, without sign; scaled by words such as "miljoner" into kr. */
  readonly value: Dec;
  readonly decimals: number;
  readonly unit: StatedUnit;
  readonly start: number;
  /** "drygt", "knappt", "cirka" and their English kin make a number approximate. */
  readonly approximation: 'about' | 'over' | 'under' | null;
}

const APPROXIMATIONS: readonly (readonly [RegExp, 'about' | 'over' | 'under'])[] = [
  [/(drygt|strax över|just over|over|a little over|mer än|more than)\s*$/i, 'over'],
  [/(knappt|strax under|nästan|almost|nearly|just under|under)\s*$/i, 'under'],
  [/(cirka|ca\.?|ungefär|runt|omkring|kring|about|around|roughly|approximately|some)\s*$/i, 'about'],
];

function approximationBefore(text: string, start: number): StatedNumber['approximation'] {
  const before = text.slice(Math.max(0, start - 20), start);
  return APPROXIMATIONS.find(([pattern]) => pattern.test(before))?.[1] ?? null;
}

const UNIT_WORDS: readonly (readonly [RegExp, StatedUnit, number])[] = [
  [/^(mnkr|mkr|msek|miljoner kronor|miljoner kr)\b/i, 'mnkr', 0],
  [/^(tkr|tsek|tusen kronor)\b/i, 'tkr', 0],
  [/^(kr|kronor|sek)\b/i, 'kr', 0],
  [/^(procentenheter|procentenhet|percentage points?|pp)\b/i, 'pp', 0],
  [/^(%|procent\b|percent\b)/i, '%', 0],
  [/^(årsarbetare|fte)\b/i, 'årsarbetare', 0],
  [/^(st|stycken)\b/i, 'st', 0],
  [/^(miljoner|miljon|million|millions)\b/i, 'mnkr', 0],
  [/^(miljarder|miljard|billion)\b/i, 'mnkr', 3],
];

// A digit group: thousands separated by a space, no-break space or thin space.
const NUMBER = /[+\-\u2212]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|[+\-\u2212]?\d+(?:[,.]\d+)?/gu;

/** The numbers `text` states, skipping those inside `masked` spans (names, quotes). */
export function extractNumbers(input: string, masked: readonly string[] = []): StatedNumber[] {
  let text = cleanText(input);
  for (const span of [...masked].map(cleanText).filter((value) => value.length > 0).sort((a, b) => b.length - a.length)) {
    text = text.split(span).join(' '.repeat(span.length));
  }
  const found: StatedNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const start = match.index;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(start + raw.length);
    // Part of a word or identifier: "covid-19", "T1", "Q2", "HME2024".
    if (/[\p{L}\p{N}]$/u.test(before) || /\p{L}-$/u.test(before) || /^[\p{L}\p{N}]/u.test(after) && !/^(%|st\b)/u.test(after)) continue;
    // A period (2024-08) or a date.
    if (/^-\d{2}\b/.test(after) || /\d{4}-$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    // A list marker at the start of a line: "1. Personalkostnader".
    if (/^\.\s/.test(after) && /(^|\n)\s*$/.test(text.slice(0, start))) continue;
    const unsigned = raw.replace(/^[+\-\u2212]/, '');
    const normalised = unsigned.replace(/[ \u00A0\u202F]/g, '').replace(',', '.');
    const decimals = normalised.includes('.') ? normalised.split('.')[1]!.length : 0;
    const rest = after.replace(/^[\u00A0 \u202F]+/, '');
    let unit: StatedUnit = null;
    let shift = 0;
    for (const [pattern, stated, exponent] of UNIT_WORDS) {
      if (pattern.test(rest)) {
        unit = stated;
        shift = exponent;
        break;
      }
    }
    const value = new Dec(normalised).times(new Dec(10).pow(shift));
    // A bare four-digit year.
    if (unit === null && decimals === 0 && /^(19|20)\d\d$/.test(unsigned)) continue;
    found.push({ text: raw, value, decimals, unit, start, approximation: approximationBefore(text, start) });
  }
  // Amounts in words ("fem miljoner", "tjugofem procent").
  for (const word of findWordNumbers(text)) {
    found.push({ text: word.text, value: new Dec(word.value), decimals: word.decimals, unit: word.unit, start: word.start, approximation: approximationBefore(text, word.start) });
  }
  return found;
}
