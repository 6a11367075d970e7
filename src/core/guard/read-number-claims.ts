// What an answer says each of its numbers is: the kind of figure ("utfallet",
// "mot en budget på", "5 484 tkr bättre än budget"), the line, organisation and
// breakdown, and the period. A reader takes a number's words from its own stretch of
// the sentence: from the previous number (or the sentence's start) to this one, split
// where a separator ("mot", "och", a comma, a parenthesis) says the next number's
// words begin; words right after a number and its unit ("bättre än budget", "i fjol")
// are its own too. What a number's stretch does not say it inherits as a reader
// would: the line and organisation last named in the paragraph, the report period
// last named in it (never last year's), and inside parentheses right after another
// number, that number's kind ("(överskott, 7,2 %)"). Nothing said means nothing
// claimed: such a number may stand for any figure of the lookups, as before.
import type { NumberRole } from './number-role.js';
import type { StatedNumber } from './extract-numbers.js';
import { loadGuardLexicon, type RoleMeaning } from './lexicon/load-guard-lexicon.js';
import type { AnswerWords, Hit, Mention, MentionKind } from './read-answer-words.js';

/** The period a number is said to belong to. */
export interface PeriodClaim {
  readonly year: number | null;
  readonly month: number | null;
  /** Said to be last year's ("i fjol", "samma period förra året"). */
  readonly prior: boolean;
  /** Said in the number's own words, not inherited from earlier in the paragraph. */
  readonly own: boolean;
}

/** What the answer says one number is; null parts are not said. */
export interface NumberClaim {
  readonly roles: ReadonlySet<NumberRole> | null;
  /** "överskott" / "underskott": the sign the figure must have where its sign means something. */
  readonly sign: 'positive' | 'negative' | null;
  readonly items: ReadonlySet<string> | null;
  readonly organisations: ReadonlySet<string> | null;
  readonly breakdowns: ReadonlySet<string> | null;
  readonly period: PeriodClaim | null;
  /** The words that named the kind, for the repair message. */
  readonly label: string | null;
}

interface Zone {
  /** Word indices [first, last] of the words before the number, and after it. */
  readonly before: readonly [number, number];
  readonly after: readonly [number, number];
  /** Parenthesised remarks right after the number's words: their period is the number's. */
  readonly remarks: readonly [number, number];
  /** The number stands in parentheses opened right after the previous number. */
  readonly parenthesised: boolean;
}

const PUNCTUATION = /[,;:()]|\s[–—-]\s/;

// The first place in [from, to) where a new number's words begin: a punctuation mark,
// or a separator word. -1 if none.
function separatorAt(words: AnswerWords, from: number, to: number): number {
  const lexicon = loadGuardLexicon();
  const gap = words.text.slice(from, to);
  const mark = gap.search(PUNCTUATION);
  const word = words.words.find((candidate) => candidate.start >= from && candidate.end <= to && lexicon.separators.has(candidate.folded));
  const positions = [mark >= 0 ? from + mark : -1, word ? word.start : -1].filter((position) => position >= 0);
  return positions.length > 0 ? Math.min(...positions) : -1;
}

function boundaryBefore(ends: readonly number[], position: number): number {
  let found = -1;
  for (const end of ends) if (end < position) found = end;
  return found + 1;
}

function boundaryAfter(ends: readonly number[], position: number, length: number): number {
  return ends.find((end) => end >= position) ?? length;
}

function wordsIn(words: AnswerWords, from: number, to: number): [number, number] {
  let first = -1;
  let last = -2;
  words.words.forEach((word, index) => {
    if (word.start >= from && word.end <= to) {
      if (first < 0) first = index;
      last = index;
    }
  });
  return first < 0 ? [0, -1] : [first, last];
}

function zonesOf(words: AnswerWords, numbers: readonly StatedNumber[]): Zone[] {
  const length = words.text.length;
  // Where each gap between two numbers of a sentence splits: the earlier number's words end, the later one's begin.
  const splits = numbers.map((number, index) => {
    const previous = numbers[index - 1];
    const sentenceStart = boundaryBefore(words.sentenceEnds, number.start);
    if (!previous || previous.end <= sentenceStart) return { from: sentenceStart, split: sentenceStart, sameSentence: false };
    const at = separatorAt(words, previous.end, number.start);
    return { from: previous.end, split: at < 0 ? previous.end : at, sameSentence: true };
  });
  return numbers.map((number, index) => {
    const sentenceEnd = boundaryAfter(words.sentenceEnds, number.end, length);
    const next = numbers[index + 1];
    const nextSplit = next && next.start < sentenceEnd ? splits[index + 1]!.split : -1;
    const afterEnd = nextSplit >= 0 ? nextSplit : (() => {
      const at = separatorAt(words, number.end, sentenceEnd);
      return at < 0 ? sentenceEnd : at;
    })();
    const { split, sameSentence } = splits[index]!;
    const parenthesised = sameSentence && /^\s*\(/.test(words.text.slice(split, number.start));
    // Parentheses right after the number's words are about it too: "14,0 mnkr bättre än helårsbudgeten (överskott) (prognos per oktober 2024)".
    let remarksEnd = afterEnd;
    for (let open = /^\s*\(/.exec(words.text.slice(remarksEnd)); open; open = /^\s*\(/.exec(words.text.slice(remarksEnd))) {
      const close = words.text.indexOf(')', remarksEnd + open[0].length);
      const limit = next && next.start < sentenceEnd ? next.start : sentenceEnd;
      if (close < 0 || close > limit) break;
      remarksEnd = close + 1;
    }
    return { before: wordsIn(words, split, number.start), after: wordsIn(words, number.end, afterEnd), remarks: wordsIn(words, afterEnd, remarksEnd), parenthesised };
  });
}

const within = (hit: { first: number; last: number }, range: readonly [number, number]) => hit.first >= range[0] && hit.last <= range[1];

// The label nearest the number among those before it. A label after a comparison word
// ("jämfört med budgeten har kostnaderna blivit 70 328 tkr") names what the number is
// compared with, unless the number follows it directly ("mot en budget på 75 812 tkr").
// Words the previous number took as its own ("23,8 mnkr kvar av helårsbudgeten 42,0 mnkr") are not read again as this one's label, only their end is.
function labelBefore(words: AnswerWords, range: readonly [number, number], taken: Hit<unknown> | undefined): Hit<RoleMeaning> | null {
  const lexicon = loadGuardLexicon();
  const candidates = words.labels.filter((hit) => within(hit, range) && !(taken && hit.first <= taken.first && hit.last >= taken.first)).sort((a, b) => b.last - a.last || a.first - b.first);
  for (const hit of candidates) {
    const compared = words.comparisons.some((comparison) => {
      let at = comparison.last + 1;
      while (at < hit.first && lexicon.fillers.has(words.words[at]!.folded)) at += 1;
      return at === hit.first;
    });
    if (!compared) return hit;
    const between = words.words.slice(hit.last + 1, range[1] + 1);
    if (between.every((word) => lexicon.fillers.has(word.folded))) return hit;
  }
  return null;
}

function periodIn(words: AnswerWords, ranges: readonly (readonly [number, number])[]): PeriodClaim | null {
  const inRanges = (index: number) => ranges.some((range) => index >= range[0] && index <= range[1]);
  const months = [...words.months].filter(([index]) => inRanges(index));
  const years = [...words.years].filter(([index]) => inRanges(index));
  const prior = words.priorYear.some((hit) => ranges.some((range) => within(hit, range)));
  if (months.length === 0 && years.length === 0 && !prior) return null;
  return { year: years.at(-1)?.[1] ?? null, month: months.at(-1)?.[1] ?? null, prior, own: true };
}

/** What the question names: its lines, organisations and breakdowns, and the report it asks about (where one was looked up). */
export interface AskedSubject {
  readonly mentions: readonly Mention[];
  readonly period: PeriodClaim | null;
}

/** The subject of `question` (read as `words`); its month counts only where a report of that month was looked up ("i december" asks about the year's end). */
export function askedSubject(words: AnswerWords, reportPeriods: readonly { year: number; month: number }[]): AskedSubject {
  const month = [...words.months].at(-1);
  const year = month ? [...words.years].find(([at]) => at >= month[0] && at <= month[0] + 2)?.[1] ?? null : null;
  const reported = month !== undefined && reportPeriods.some((period) => period.month === month[1] && (year === null || period.year === year));
  return { mentions: words.mentions, period: reported ? { year, month: month[1], prior: false, own: false } : null };
}

// Words right after the number and its unit (past a unit the number reader does not
// know: "2 index points worse than the target") are its own, even where no separator
// ends its stretch ("5 484 tkr lägre än budgeten på 75 812 tkr").
function labelDirectlyAfter(words: AnswerWords, numbers: readonly StatedNumber[], number: StatedNumber): Hit<RoleMeaning> | undefined {
  const units = loadGuardLexicon().unitWords;
  let first = words.words.findIndex((word) => word.start >= number.end);
  while (first >= 0 && first < words.words.length && units.has(words.words[first]!.folded)) first += 1;
  const sentenceEnd = boundaryAfter(words.sentenceEnds, number.end, words.text.length);
  const ownHit = (hit: Hit<RoleMeaning>) => hit.first === first && words.words[hit.last]!.end <= sentenceEnd && !numbers.some((other) => other.start > number.start && other.start < words.words[hit.last]!.end);
  return words.afterLabels.filter(ownHit).sort((a, b) => b.last - a.last)[0];
}

// Names of a kind in the number's own words; else the last named before it in the
// paragraph (in a list, not another item's: "2. Personalkostnader: …" after
// "1. Exploateringsverksamheten (Årets resultat): …" is the heading's organisation's);
// else those the question names.
function namesFor(words: AnswerWords, kind: MentionKind, number: StatedNumber, zone: Zone, asked: AskedSubject | null, inherit: boolean): ReadonlySet<string> | null {
  const own = words.mentions.filter((mention) => mention.kind === kind && (within(mention, zone.before) || within(mention, zone.after)));
  if (own.length > 0) return new Set(own.map((mention) => mention.name));
  if (!inherit) return null;
  const paragraphStart = boundaryBefore(words.paragraphEnds, number.start);
  const itemOf = (position: number) => words.listItems.find(([start, end]) => position >= start && position < end);
  const ownItem = itemOf(number.start);
  const earlier = words.mentions.filter((mention) => {
    const start = words.words[mention.first]!.start;
    const item = itemOf(start);
    return mention.kind === kind && words.words[mention.last]!.end <= number.start && start >= paragraphStart && (!item || item === ownItem);
  });
  const last = earlier.at(-1);
  if (last) return new Set(earlier.filter((mention) => mention.first === last.first).map((mention) => mention.name));
  const inQuestion = (asked?.mentions ?? []).filter((mention) => mention.kind === kind);
  return inQuestion.length > 0 ? new Set(inQuestion.map((mention) => mention.name)) : null;
}

// The period in the number's own words (and the remarks in parentheses after them); else
// the last report month named earlier in the paragraph; else the question's.
function periodFor(words: AnswerWords, number: StatedNumber, zone: Zone, asked: AskedSubject | null): PeriodClaim | null {
  const own = periodIn(words, [zone.before, zone.after, zone.remarks]);
  if (own) return own;
  const paragraphStart = boundaryBefore(words.paragraphEnds, number.start);
  const month = [...words.months].filter(([at]) => words.words[at]!.start >= paragraphStart && words.words[at]!.end <= number.start).at(-1);
  if (!month) return asked?.period ?? null;
  const year = [...words.years].find(([at]) => at >= month[0] && at <= month[0] + 2);
  return { year: year?.[1] ?? null, month: month[1], prior: false, own: false };
}

/**
 * What `text` (read as `words`) says each of `numbers` is, in order. `asked` is the
 * question read alike: a number whose paragraph names no line, organisation or
 * report month is about the one asked about.
 */
export function readNumberClaims(words: AnswerWords, numbers: readonly StatedNumber[], asked: AskedSubject | null = null): NumberClaim[] {
  const zones = zonesOf(words, numbers);
  const claims: NumberClaim[] = [];
  let takenByPrevious: Hit<unknown> | undefined;
  numbers.forEach((number, index) => {
    const zone = zones[index]!;
    const directlyAfter = labelDirectlyAfter(words, numbers, number);
    const before = labelBefore(words, zone.before, takenByPrevious);
    const afterLabel = words.labels.filter((hit) => within(hit, zone.after)).sort((a, b) => a.first - b.first)[0];
    takenByPrevious = directlyAfter;
    const chosen = directlyAfter ?? before ?? afterLabel ?? null;
    // Inside parentheses right after another number, what that one is: "(överskott, 7,2 %)".
    const inherited = !chosen && zone.parenthesised ? (claims[index - 1] ?? null) : null;
    claims.push({
      roles: chosen ? new Set(chosen.meaning.roles) : (inherited?.roles ?? null),
      sign: chosen ? chosen.meaning.sign : (inherited?.sign ?? null),
      items: namesFor(words, 'item', number, zone, asked, true),
      organisations: namesFor(words, 'organisation', number, zone, asked, true),
      breakdowns: namesFor(words, 'breakdown', number, zone, asked, false),
      period: periodFor(words, number, zone, asked),
      label: chosen ? words.text.slice(words.words[chosen.first]!.start, words.words[chosen.last]!.end) : (inherited?.label ?? null),
    });
  });
  return claims;
}
