// What period a question asks about, in Swedish or English: a month ("i augusti",
// "per april", "efter oktober", "2024-08"), a tertial or quarter ("T1", "Q2"),
// the interim report ("delåret"), a year, and whether it wants the full year,
// the previous year or the previous report. Relative words ("hittills i år",
// "förra året") are resolved later against the organisation's report periods.
import { foldText } from '../language/fold-text.js';

/** The period part of a question, before it is matched to the store. */
export interface PeriodRequest {
  readonly month: number | null;
  readonly year: number | null;
  /** Full-year measures: forecast and full-year budget. */
  readonly fullYear: boolean;
  /** Compare with (or ask for) the same period a year earlier. */
  readonly priorYear: boolean;
  /** Compare with the previous report of the same organisation. */
  readonly previousReport: boolean;
  /** "sedan april", "since April", "jämfört med i april": the report month to compare the latest with. */
  readonly comparedMonth: number | null;
  /** The words that set it, so the answer can say how the question was read. */
  readonly phrases: readonly string[];
}

const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augusti', 'august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

// Report names that stand for a month: tertials (Swedish regions report per
// tertial), quarters, the half year and the interim report (delårsrapport, August
// in most municipalities, Alingsås included), and the annual accounts.
const PERIOD_NAMES: readonly (readonly [RegExp, number])[] = [
  [/\b(t1|tertial 1|forsta tertialet|1:a tertialet)\b/, 4],
  [/\b(t2|tertial 2|andra tertialet|2:a tertialet)\b/, 8],
  [/\b(t3|tertial 3|tredje tertialet)\b/, 12],
  [/\b(q1|kvartal 1|forsta kvartalet|first quarter)\b/, 3],
  [/\b(q2|kvartal 2|andra kvartalet|second quarter|h1|halvaret|forsta halvaret|half year|first half)\b/, 6],
  [/\b(q3|kvartal 3|tredje kvartalet|third quarter)\b/, 9],
  [/\b(q4|kvartal 4|fjarde kvartalet|fourth quarter)\b/, 12],
  [/\b(delaret|delarsrapport\w*|delarsbokslut\w*|delar|interim report)\b/, 8],
  [/\b(bokslut\w*|arsbokslut\w*|arsredovisning\w*|annual accounts)\b/, 12],
];

const FULL_YEAR = /\b(helar\w*|hela aret|arsprognos\w*|helarsprognos\w*|for aret|full[- ]year|whole year|year[- ]end|end of (the )?year|arets slut|vid arsskiftet|landa\w*|kommer .*sluta)\b/;
const PRIOR_YEAR = /\b(forra aret|forra arets|foregaende ar\w*|i fjol|fjolaret|fjolarets|samma period (i )?fjol|samma period forra aret|last year|previous year|prior year|a year ago|same period last year|jamfort med (?<compared>\d{4})|compared (with|to) (?<comparedEn>\d{4}))\b/;
const PREVIOUS_REPORT = /\b(forra manaden|foregaende manad|forra rapporten|foregaende rapport\w*|forra uppfoljningen|senaste forandring|last month|previous month|previous report|last report|since last month|sedan forra)\b/;

/** Reads the period words of a question. */
export function understandPeriod(question: string): PeriodRequest {
  const text = foldText(question);
  const phrases: string[] = [];
  let month: number | null = null;
  let year: number | null = null;
  const explicit = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])\b/.exec(text);
  if (explicit) {
    year = Number(explicit[1]);
    month = Number(explicit[2]);
    phrases.push(explicit[0]);
  }
  if (month === null) {
    for (const [pattern, value] of PERIOD_NAMES) {
      const match = pattern.exec(text);
      if (match) {
        month = value;
        phrases.push(match[0]);
        break;
      }
    }
  }
  // "sedan april" names the report to compare with, not the period asked about.
  let comparedMonth: number | null = null;
  const since = /\b(sedan|since|jamfort med( i)?|compared (with|to)( in)?|an i|than in|fran)\s+(\p{L}+)/u.exec(text);
  if (since && month === null) {
    const index = MONTHS.findIndex((names) => names.includes(since[5]!));
    if (index >= 0) {
      comparedMonth = index + 1;
      phrases.push(since[0]);
    }
  }
  if (month === null) {
    const words = text.split(/[^\p{L}\p{N}]+/u).map((word) => (comparedMonth !== null && since && word === since[5] ? '' : word));
    for (const [index, names] of MONTHS.entries()) {
      // "mar"/"jun"/"may" are also ordinary words, so abbreviations count only before a year or after "per"/"i".
      // English "may" and "march" are also verbs, so they count only after "in", "since" etc. or before a year.
      const found = words.findIndex((word, position) => {
        if (!names.includes(word)) return false;
        const previous = words[position - 1] ?? '';
        const yearNext = /^(19|20)\d\d$/.test(words[position + 1] ?? '');
        if (word === 'may' || word === 'march' || word.length <= 3) return word === 'maj' || yearNext || ['per', 'in', 'efter', 'after', 'through', 'since', 'sedan', 'until', 'of'].includes(previous) || (previous === 'i' && word !== 'may');
        return true;
      });
      if (found >= 0) {
        month = index + 1;
        phrases.push(words[found]!);
        break;
      }
    }
  }
  if (year === null) {
    // A four-digit number followed by a unit is an amount ("2000 tkr"), not a year.
    const years = [...text.matchAll(/\b((?:19|20)\d\d)\b(?!\s*(tkr|mnkr|kr|kronor|%|procent|st)\b)/g)].map((match) => Number(match[1]));
    const priorYearMatch = PRIOR_YEAR.exec(text);
    const comparedText = priorYearMatch?.groups?.compared ?? priorYearMatch?.groups?.comparedEn;
    const compared = comparedText ? Number(comparedText) : null;
    const own = years.find((candidate) => candidate !== compared);
    if (own !== undefined) {
      year = own;
      phrases.push(String(own));
    }
  }
  const fullYear = FULL_YEAR.exec(text);
  const priorYear = PRIOR_YEAR.exec(text);
  const previousReport = PREVIOUS_REPORT.exec(text);
  for (const match of [fullYear, priorYear, previousReport]) if (match) phrases.push(match[0]);
  return { month, year, fullYear: fullYear !== null, priorYear: priorYear !== null, previousReport: previousReport !== null || comparedMonth !== null, comparedMonth, phrases };
}
