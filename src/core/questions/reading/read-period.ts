// What period a question asks about: a month ("i augusti", "per april", "2024-08"),
// a report name ("T1", "delåret"), a year, whether it wants the full year or the
// accumulated figures, the previous year (or a named comparison year), or an
// earlier report ("sedan april", "förra rapporten"). The words come from the
// lexicon; relative periods are resolved later against the organisation's reports.
import type { Lexicon, MonthWord } from '../lexicon/load-lexicon.js';
import type { Token } from './tokenize-question.js';

/** The period part of a question, before it is matched to the store. */
export interface PeriodRequest {
  readonly month: number | null;
  readonly year: number | null;
  /** Full-year measures: forecast and full-year budget. */
  readonly fullYear: boolean;
  /** Accumulated, period-to-date figures were asked for ("ack", "hittills", "periodens"). */
  readonly accumulated: boolean;
  /** Compare with (or ask for) the same period a year earlier. */
  readonly priorYear: boolean;
  /** The year named as the comparison ("jämfört med 2023"), when one is. */
  readonly comparedYear: number | null;
  /** The period's own budget is named ("mot periodbudgeten", "period budget"). */
  readonly periodBudget: boolean;
  /** Compare with the previous report of the same organisation. */
  readonly previousReport: boolean;
  /** "sedan april", "since April": the report month to compare the latest with. */
  readonly comparedMonth: number | null;
  /** "Sedan årsskiftet", "since the new year": compared with the year-end before the report (December of the year before). */
  readonly sinceYearEnd: boolean;
  /** Word positions that only say when: never part of a line's name. */
  readonly positions: ReadonlySet<number>;
  /** The words that set it, so the answer can say how the question was read. */
  readonly phrases: readonly string[];
}

// What a month is written together with when it names a report ("marsrapporten", "aprilprognosen").
const REPORT_WORDS = ['rapport', 'prognos', 'uppfoljning', 'bokslut', 'report', 'forecast'];

/** The month of a compound like "marsrapporten", or null. Only unambiguous month names count. */
function monthOfCompound(word: string, lexicon: Lexicon): number | null {
  for (const [name, month] of lexicon.months) {
    if (month.needsContext || name.length < 3 || !word.startsWith(name) || word.length === name.length) continue;
    if (REPORT_WORDS.some((part) => word.startsWith(part, name.length))) return month.month;
  }
  return null;
}

function cover(positions: Set<number>, start: number, end: number): void {
  for (let index = start; index < end; index += 1) positions.add(index);
}

// "Through aug", "per sista aug": a Swedish short month name ("aug", "okt") is no ordinary word in either
// language, so a month preposition of either language makes it a month; an English one that is also a
// word ("may", "march") needs a preposition of its own language. After a word that asks for a report's
// picture ("status aug?", "läget okt") a short name is a month too; an ambiguous English one is not.
function afterMonthPreposition(previous: string, named: MonthWord, lexicon: Lexicon): boolean {
  if (lexicon.monthPrepositions[named.language].has(previous) || (named.language === 'sv' && lexicon.monthPrepositions.en.has(previous))) return true;
  return named.language === 'sv' && lexicon.monthContextWords.has(previous);
}

/** Reads the period words of a question. */
export function readPeriod(tokens: readonly Token[], lexicon: Lexicon): PeriodRequest {
  const words = tokens.map((token) => token.word);
  const phrases: string[] = [];
  const positions = new Set<number>();
  let month: number | null = null;
  let year: number | null = null;
  // "2024-08" is written with a hyphen: two tokens, a year and a month number.
  for (let index = 0; index + 1 < tokens.length && month === null; index += 1) {
    if (/^(19|20)\d\d$/.test(words[index]!) && tokens[index]!.hyphenNext && /^(0[1-9]|1[0-2])$/.test(words[index + 1]!)) {
      year = Number(words[index]);
      month = Number(words[index + 1]);
      cover(positions, index, index + 2);
      phrases.push(`${words[index]}-${words[index + 1]}`);
    }
  }
  // "än bokslutet 2024": a report named with a year to compare with is the comparison, not the period asked about.
  const compared = lexicon.comparedYear.find(tokens).find((match) => match.year !== null);
  const comparedYear = compared?.year ?? null;
  if (compared) cover(positions, compared.start, compared.end);
  // "Sedan årsskiftet", "since the new year": the comparison is with the year-end before the report.
  const yearEnd = lexicon.sinceYearEnd.find(tokens).filter((match) => !positions.has(match.start));
  for (const match of yearEnd) cover(positions, match.start, match.end);
  if (yearEnd[0]) phrases.push(words.slice(yearEnd[0].start, yearEnd[0].end).join(' '));
  const sinceYearEnd = yearEnd.length > 0;
  // "vs T1", "jmf med aprilrapporten", "compared with the April report": a report or month right after a
  // comparison word is the one compared with, never the period asked about.
  const leads = new Map(lexicon.comparisonLeads.find(tokens).map((match) => [match.end, match.start] as const));
  const leadEnds = new Set(leads.keys());
  const comparedAt = (index: number) => lexicon.sinceWords.has(words[index - 1] ?? '') || leads.has(index);
  // The comparison word goes with the report it names: it says when, not which line.
  const coverCompared = (start: number, end: number) => cover(positions, Math.min(leads.get(start) ?? start - 1, start - 1), end);
  // "sedan april", "sedan T1" name the report to compare with, not the period asked about.
  let comparedMonth: number | null = null;
  let yearEndReport = false;
  if (month === null) {
    for (const name of lexicon.reportNames) {
      const found = name.phrases.find(tokens).find((match) => !positions.has(match.start));
      if (!found) continue;
      if (comparedAt(found.start)) {
        if (comparedMonth !== null) continue;
        comparedMonth = name.month;
        coverCompared(found.start, found.end);
      } else {
        month = name.month;
        yearEndReport = name.month === 12;
        cover(positions, found.start, found.end);
      }
      phrases.push(words.slice(found.start, found.end).join(' '));
      if (month !== null) break;
    }
  }
  const [since] = lexicon.since.find(tokens);
  // "Sedan januari" is the whole year so far: accumulated figures start in January.
  if (since?.month && month === null && comparedMonth === null) {
    const sinceMonth = lexicon.months.get(since.month)!.month;
    comparedMonth = sinceMonth === 1 ? null : sinceMonth;
    cover(positions, since.start, since.end);
    phrases.push(words.slice(since.start, since.end).join(' '));
  }
  // "sen marsrapporten", "i augustiprognosen": a month written together with the report it names.
  for (const [index, token] of tokens.entries()) {
    const named = monthOfCompound(token.word, lexicon);
    if (named === null || positions.has(index)) continue;
    if (comparedMonth === null && comparedAt(index)) {
      comparedMonth = named === 1 ? null : named;
      coverCompared(index, index + 1);
    } else if (month === null) {
      month = named;
      positions.add(index);
    } else continue;
    phrases.push(token.word);
  }
  // "jan-apr", "januari–april", "jan till apr": a span of months is the period through its last month, from
  // its first (from January: the year so far); never its first month as a report to compare with.
  let spanFrom: number | null = null;
  if (month === null) {
    for (const [index, token] of tokens.entries()) {
      const first = lexicon.months.get(token.word);
      if (!first || positions.has(index)) continue;
      const between = [0, 1, 2, 3].find((count) => count > 0 && lexicon.monthSpanWords.has(words.slice(index + 1, index + 1 + count).join(' '))) ?? 0;
      const last = lexicon.months.get(words[index + 1 + between] ?? '');
      if (!last || last.month <= first.month || positions.has(index + 1 + between)) continue;
      if (between === 0 && !token.hyphenNext && first.month !== 1) continue;
      month = last.month;
      spanFrom = first.month;
      cover(positions, index, index + 2 + between);
      phrases.push(words.slice(index, index + 2 + between).join(' '));
      break;
    }
  }
  if (month === null) {
    for (const [index, token] of tokens.entries()) {
      const named = lexicon.months.get(token.word);
      if (!named || positions.has(index)) continue;
      const previous = words[index - 1] ?? '';
      const yearNext = /^(19|20)\d\d$/.test(words[index + 1] ?? '');
      if (named.needsContext && !yearNext && !afterMonthPreposition(previous, named, lexicon)) continue;
      // "prognosen vs april": the month compared with, unless another month is named as the one asked about.
      if (comparedMonth === null && leadEnds.has(index) && !named.needsContext && !tokens.some((other, at) => at !== index && !positions.has(at) && lexicon.months.has(other.word) && !lexicon.months.get(other.word)!.needsContext)) {
        comparedMonth = named.month;
        coverCompared(index, index + 1);
        phrases.push(token.word);
        continue;
      }
      month = named.month;
      positions.add(index);
      phrases.push(token.word);
      break;
    }
  }
  // "August vs September": two months named, the later is the report asked about, the earlier the one to compare with.
  if (month !== null && comparedMonth === null && spanFrom === null) {
    for (const [index, token] of tokens.entries()) {
      const named = lexicon.months.get(token.word);
      if (!named || positions.has(index) || named.month === month) continue;
      if (named.needsContext && !afterMonthPreposition(words[index - 1] ?? '', named, lexicon) && !lexicon.sinceWords.has(words[index - 1] ?? '') && !['vs', 'versus', 'och', 'and', 'mot'].includes(words[index - 1] ?? '')) continue;
      comparedMonth = Math.min(month, named.month);
      month = Math.max(month, named.month);
      positions.add(index);
      phrases.push(token.word);
      break;
    }
  }
  if (year === null) {
    // A four-digit number followed by a unit is an amount ("2000 tkr"), not a year.
    const own = tokens.findIndex((token, index) => /^(19|20)\d\d$/.test(token.word) && Number(token.word) !== comparedYear && !['tkr', 'mnkr', 'kr', 'kronor', '%', 'procent', 'st'].includes(words[index + 1] ?? ''));
    if (own >= 0) {
      year = Number(words[own]);
      positions.add(own);
      phrases.push(words[own]!);
    }
  }
  const found = (set: Lexicon['fullYear']) => {
    const matches = set.find(tokens);
    for (const match of matches) cover(positions, match.start, match.end);
    if (matches[0]) phrases.push(words.slice(matches[0].start, matches[0].end).join(' '));
    return matches.length > 0;
  };
  let fullYear = found(lexicon.fullYear);
  const priorYear = found(lexicon.priorYear) || comparedYear !== null;
  // "Bokslutet i fjol", "förra årets bokslut": last year's year-end is the full year before the latest report's,
  // which that report gives as its prior-year full-year figure; not December of this year.
  if (yearEndReport && priorYear && year === null && comparedYear === null) {
    month = null;
    fullYear = true;
  }
  // "Hur har det förändrats sedan årsskiftet?" compares with the year-end, not with the report before;
  // "sen förra året" with last year ("sen förra" shares its "förra" with "förra året").
  const priorYearSpans = lexicon.priorYear.find(tokens);
  const sinceReport = lexicon.previousReport.find(tokens).filter((match) => !priorYearSpans.some((span) => span.start < match.end && match.start < span.end));
  if (sinceReport[0]) {
    for (const match of sinceReport) cover(positions, match.start, match.end);
    phrases.push(words.slice(sinceReport[0].start, sinceReport[0].end).join(' '));
  }
  const previousReport = (sinceReport.length > 0 && !sinceYearEnd) || comparedMonth !== null;
  const accumulated = lexicon.measures.accumulated.test(tokens) || spanFrom === 1;
  const periodBudget = lexicon.periodBudget.test(tokens);
  for (const match of lexicon.periodWords.find(tokens)) cover(positions, match.start, match.end);
  return { month, year, fullYear, accumulated, periodBudget, priorYear, comparedYear, previousReport, comparedMonth, sinceYearEnd, positions, phrases };
}
