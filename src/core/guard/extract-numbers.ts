// Finds the numbers a text states, as a reader would take them: Swedish
// (`70 328 tkr`, `2,73 %`, `−4 519`) and plain (`1064.1`, `1,250,000`) notation with
// the unit that follows, amounts in words ("fem miljoner", "twenty percent", see
// number-words.ts), and the approximation before them ("drygt", "knappt", "about").
//
// Not returned, because they are not figures: years (2024), periods (2024-08),
// dates ("31 augusti 2024", "2024-08-31", "31/8"), times (14:30), ordinals ("1:a",
// "2nd", "tredje"), list markers at the start of a line ("1. Personal"), numbers
// that are part of a name or identifier ("covid-19", "T1", "HME2024"), and counts:
// a whole number up to 20 followed directly by a noun that is no unit ("3 poster",
// "4 lines", "tre poster").
//
// The text is read cleaned (NFKC, invisible characters removed) so look-alike digits
// and hidden characters cannot smuggle a number past the guard, but every number is
// reported with its text and position in the text as given.
import { Dec } from '../numbers/decimal.js';
import { cleanText } from '../language/fold-text.js';
import { findWordNumbers } from './number-words.js';

/** A unit as written after a number; `pp` is percentage points. */
export type StatedUnit = 'kr' | 'tkr' | 'mnkr' | '%' | 'pp' | 'st' | 'årsarbetare' | null;

/** "drygt", "just over": at least; "knappt", "nästan": at most; "cirka", "about": near. */
export type Approximation = 'about' | 'over' | 'under';

/** One number stated in a text. */
export interface StatedNumber {
  /** The number exactly as it stands in the text given ("70 328", "fem miljoner"). */
  readonly text: string;
  /** The value as written, without sign, in `unit`: "5 miljoner" is 5 mnkr, "2 miljarder" 2000 mnkr, "5 tusen" 5000. */
  readonly value: Dec;
  /**
   * The decimals shown, in `unit`: 1 for "24,5 mnkr". Negative where a scale word
   * leaves the last digit shown a ten or more: "2 miljarder" is 2000 mnkr to −3
   * decimals (whole thousands of mnkr), "5 tusen" 5000 to −3.
   */
  readonly decimals: number;
  readonly unit: StatedUnit;
  /** Where `text` starts in the text given. */
  readonly start: number;
  /** Where the number and the unit written after it ("tkr", "miljoner kronor", "%") end in the text given. */
  readonly end: number;
  /** "drygt", "knappt", "cirka" and their English kin make a number approximate. */
  readonly approximation: Approximation | null;
}

// Words before a number that make it approximate. The longer phrases come first so
// "strax under" is read as a whole.
const APPROXIMATIONS: readonly (readonly [RegExp, Approximation])[] = [
  [/(?:^|[^\p{L}])(?:drygt|dryga|strax över|just över|lite över|något över|över|mer än|mera än|fler än|minst|just over|a little over|slightly over|a bit over|over|more than|above|upwards of|at least)\s*$/iu, 'over'],
  [/(?:^|[^\p{L}])(?:knappt|knappa|nästan|närmare|strax under|just under|lite under|något under|under|mindre än|färre än|högst|maximalt|almost|nearly|slightly under|a little under|a bit under|under|less than|below|up to|at most|upp emot|uppemot)\s*$/iu, 'under'],
  [/(?:^|[^\p{L}])(?:cirka|ca\.?|c:a|ungefär|runt|omkring|kring|uppskattningsvis|i storleksordningen|about|around|roughly|approximately|approx\.?|some|circa|in the region of|close to|nära)\s*$|[~≈]\s*$/iu, 'about'],
];

function approximationBefore(text: string, start: number): Approximation | null {
  const before = text.slice(Math.max(0, start - 30), start);
  return APPROXIMATIONS.find(([pattern]) => pattern.test(before))?.[1] ?? null;
}

interface UnitWord {
  readonly pattern: RegExp;
  readonly unit: StatedUnit;
  /** The power of ten the number is multiplied by to be in `unit` ("2 miljarder" → 3: 2000 mnkr). */
  readonly shift: number;
}

// What may follow a number, longest first; each must end at a word boundary.
const END = '(?![\\p{L}\\p{N}])';
const UNIT_WORDS: readonly UnitWord[] = [
  { pattern: new RegExp(`^(?:miljarder kronor|miljarder kr|miljarder sek|miljarder|miljard|billion kronor|billion sek|billions?|mdkr|mdr kr|mdr|md kr)${END}`, 'iu'), unit: 'mnkr', shift: 3 },
  { pattern: new RegExp(`^(?:mnkr|mkr|msek|mn kr|mn sek|miljoner kronor|miljoner kr|miljoner sek|miljon kronor|miljon kr|million kronor|million sek|millions? of kronor|miljoner|miljon|millions?)${END}`, 'iu'), unit: 'mnkr', shift: 0 },
  { pattern: new RegExp(`^(?:tkr|tsek|ksek|tusen kronor|tusen kr|tusen sek|thousand kronor|thousand sek|k kr|k sek)${END}`, 'iu'), unit: 'tkr', shift: 0 },
  { pattern: new RegExp(`^(?:tusen|thousand|k)${END}`, 'iu'), unit: null, shift: 3 },
  { pattern: new RegExp(`^(?:kronor|krona|kr|sek|:-)${END}`, 'iu'), unit: 'kr', shift: 0 },
  { pattern: new RegExp(`^(?:procentenheter|procentenhet|%-enheter|percentage points?|pp|p\\.p\\.)${END}`, 'iu'), unit: 'pp', shift: 0 },
  { pattern: new RegExp(`^(?:%|procent|percent|per cent)${END}`, 'iu'), unit: '%', shift: 0 },
  { pattern: new RegExp(`^(?:årsarbetare|fte)${END}`, 'iu'), unit: 'årsarbetare', shift: 0 },
  { pattern: new RegExp(`^(?:st|stycken)${END}`, 'iu'), unit: 'st', shift: 0 },
];

// Units that may be written onto the number: "5%", "5tkr", "500k", "50:-".
const ATTACHED = new RegExp(`^(?:%|tkr|mnkr|mkr|msek|tsek|ksek|kr|sek|k|st|pp|:-)${END}`, 'iu');

// A number: digit groups separated by a space, no-break space or thin space
// (Swedish), groups separated by commas with a decimal point (English, two
// groups or more so "70,328" stays Swedish), or plain digits with decimals.
const NUMBER = /[+\-\u2212]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|[+\-\u2212]?\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|[+\-\u2212]?\d+(?:[,.]\d+)?/gu;

const MONTHS = ['januari', 'january', 'jan', 'februari', 'february', 'feb', 'mars', 'march', 'mar', 'april', 'apr', 'maj', 'May', 'juni', 'june', 'jun', 'juli', 'july', 'jul', 'augusti', 'august', 'aug', 'september', 'sept', 'sep', 'oktober', 'october', 'okt', 'oct', 'november', 'nov', 'december', 'dec'];
// "may" is a month only with its capital; every other month either way.
const MONTH = `(?:${MONTHS.map((month) => (month === 'May' ? 'May' : `[${month[0]}${month[0]!.toUpperCase()}]${month.slice(1)}`)).join('|')})\\.?(?![\\p{L}])`;

// Spans that are dates, times and ordinals, blanked before numbers are read.
const NOT_FIGURES: readonly RegExp[] = [
  // 2024-08-31, 2024-08 (a period).
  /(?<![\d,.])(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d,])/gu,
  // 31/8, 8/31, 31/8/2024, 31/8-2024.
  /(?<![\d,.])(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|[12]\d|3[01])(?:[/-](?:\d{4}|\d{2}))?(?![\d,])/gu,
  // 31.8.2024
  /(?<![\d,.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})(?![\d,])/gu,
  // 14:30
  /(?<![\d,.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d,])/gu,
  // 1:a, 2:e, 31:a (Swedish ordinals); 1st, 2nd, 3rd, 4th, 21st (English).
  /(?<![\d,.])\d+:(?:a|e)(?![\p{L}\p{N}])/giu,
  /(?<![\d,.])\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)(?![\p{L}\p{N}])/giu,
  // The days of "31 augusti", "1 jan.", "1–31 augusti".
  new RegExp(`(?<![\\d,.])(?:0?[1-9]|[12]\\d|3[01])(?=(?:[–-](?:0?[1-9]|[12]\\d|3[01]))?[ \\u00A0]+${MONTH})`, 'gu'),
  // "kl. 14.30", "klockan 9", "vecka 35", "v. 35–36", "week 35".
  /(?<![\p{L}])(?:kl\.?|klockan|vecka|veckorna|v\.|week|weeks)[ \u00A0]*\d{1,2}(?:[.:]\d{2}|[–-]\d{1,2})?(?![\d,])/giu,
];
// The day of "August 31, 2024": the month stays, the day is blanked.
const MONTH_DAY = new RegExp(`(?<![\\p{L}])(${MONTH}[ \\u00A0]+)(0?[1-9]|[12]\\d|3[01])(?=,?[ \\u00A0]+(?:19|20)\\d\\d(?!\\d))`, 'gu');

// Words after a small whole number that are no noun it counts: "5 och 6", "3 mer än",
// and measures that are figures though no unit of their own: "2 indexenheter", "3 gånger".
const NOT_COUNTED = /^(?:indexenheter|indexenhet|indexpoäng|index|poäng|points?|skalsteg|gånger|ggr|times|och|eller|i|av|på|till|mot|för|med|från|är|var|blev|blir|som|än|men|om|vid|per|under|över|efter|före|inom|utan|samt|så|resp|respektive|jämfört|mer|mera|mindre|fler|färre|högre|lägre|bättre|sämre|större|ökning|minskning|and|or|in|of|to|for|than|from|at|on|by|is|was|were|are|vs|versus|more|less|fewer|higher|lower|better|worse|above|below|against|compared|up|down|the|a|an|it|this|that|which)$/iu;

interface Cleaned {
  readonly text: string;
  /** For each code unit of `text`, where the character it came from starts and ends in the text given. */
  readonly from: readonly number[];
  readonly to: readonly number[];
}

// The text as cleanText leaves it, keeping where each character came from: runs of
// ASCII and Latin-1 letters are their own clean form and are copied; any other
// character is cleaned together with the combining marks that follow it.
const PLAIN_RUN = /[\x01-\x7E\u00C0-\u00FF]+/y;
const CHARACTER = /[^\p{M}][\p{M}]*|[\p{M}]+/suy;

function cleanWithPositions(input: string): Cleaned {
  if (cleanText(input) === input) {
    const positions = Array.from({ length: input.length }, (_, index) => index);
    return { text: input, from: positions, to: positions.map((index) => index + 1) };
  }
  const pieces: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  while (at < input.length) {
    PLAIN_RUN.lastIndex = at;
    let run = PLAIN_RUN.exec(input)?.[0] ?? '';
    // A mark after the run may compose with its last letter, so that letter goes with it.
    if (run !== '' && /\p{M}/u.test(input[at + run.length] ?? '')) run = run.slice(0, -1);
    if (run !== '') {
      pieces.push(run);
      for (let index = at; index < at + run.length; index += 1) {
        from.push(index);
        to.push(index + 1);
      }
      at += run.length;
      continue;
    }
    CHARACTER.lastIndex = at;
    const character = CHARACTER.exec(input)![0];
    const piece = cleanText(character);
    pieces.push(piece);
    for (let index = 0; index < piece.length; index += 1) {
      from.push(at);
      to.push(at + character.length);
    }
    at += character.length;
  }
  return { text: pieces.join(''), from, to };
}

/** A number read from the digits, before its place in the text given is worked out. */
interface Read {
  readonly start: number;
  /** Where the digits end. */
  readonly numberEnd: number;
  /** Where the unit after them ends. */
  readonly end: number;
  readonly value: Dec;
  readonly decimals: number;
  readonly unit: StatedUnit;
  /** The unit as found, to be shared with the other end of a range ("3–4 miljoner"). */
  readonly unitWord: UnitWord | null;
}

/** The numbers `input` states, skipping those inside `masked` spans (names, quotes). */
export function extractNumbers(input: string, masked: readonly string[] = []): StatedNumber[] {
  const cleaned = cleanWithPositions(input);
  let text = cleaned.text;
  for (const span of [...masked].map(cleanText).filter((value) => value.length > 0).sort((a, b) => b.length - a.length)) {
    text = text.split(span).join(' '.repeat(span.length));
  }
  for (const pattern of NOT_FIGURES) text = text.replace(pattern, (found) => ' '.repeat(found.length));
  text = text.replace(MONTH_DAY, (_found, month: string, day: string) => month + ' '.repeat(day.length));
  const read = readDigits(text);
  const words = findWordNumbers(text).filter((word) => !read.some((number) => word.start < number.end && number.start < word.end));
  const found = [
    ...read.map((number) => ({ start: number.start, end: number.numberEnd, unitEnd: number.end, value: number.value, decimals: number.decimals, unit: number.unit })),
    ...words.map((word) => ({ start: word.start, end: word.end, unitEnd: word.end, value: new Dec(word.value), decimals: word.decimals, unit: word.unit })),
  ].sort((a, b) => a.start - b.start);
  return found.map((number) => {
    const start = cleaned.from[number.start] ?? input.length;
    const end = cleaned.to[number.end - 1] ?? input.length;
    const unitEnd = cleaned.to[number.unitEnd - 1] ?? input.length;
    return { text: input.slice(start, end), value: number.value, decimals: number.decimals, unit: number.unit, start, end: Math.max(end, unitEnd), approximation: approximationBefore(text, number.start) };
  });
}

function readDigits(text: string): Read[] {
  const read: Read[] = [];
  for (const match of text.matchAll(NUMBER)) {
    // A hyphen right after a digit or letter joins ("2-3 miljarder", "covid-19"); it is no sign.
    const joined = /^[-\u2212]/.test(match[0]) && /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, match.index - 1), match.index));
    const raw = joined ? match[0].slice(1) : match[0];
    const start = joined ? match.index + 1 : match.index;
    const end = start + raw.length;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end);
    // Part of a word or identifier: "covid-19", "T1", "Q2", "HME2024", "3D"; a unit may be written on ("5%", "5tkr").
    if (/[\p{L}\p{N}]$/u.test(before) || /\p{L}[-\u2212]$/u.test(before)) continue;
    if (/^(?:[\p{L}\p{N}]|:[\p{L}\p{N}-])/u.test(after) && !ATTACHED.test(after)) continue;
    // A period (2024-08) or a date.
    if (/^-\d{2}(?!\d)/.test(after) || /\d{4}-$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    // A list marker at the start of a line: "1. Personalkostnader", "2) Lokaler".
    if (/^[.)]\s/.test(after) && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) continue;
    const unsigned = raw.replace(/^[+\-\u2212]/, '');
    const english = /^\d{1,3}(?:,\d{3}){2,}/.test(unsigned);
    const normalised = english ? unsigned.replace(/,/g, '') : unsigned.replace(/[ \u00A0\u202F]/g, '').replace(',', '.');
    const shown = normalised.includes('.') ? normalised.split('.')[1]!.length : 0;
    const rest = after.replace(/^[\u00A0 \u202F]+/, '');
    const unitWord = UNIT_WORDS.find((word) => word.pattern.test(rest)) ?? null;
    const unitEnd = unitWord ? end + (after.length - rest.length) + unitWord.pattern.exec(rest)![0].length : end;
    const number: Read = {
      start,
      numberEnd: end,
      end: unitEnd,
      value: new Dec(normalised).times(new Dec(10).pow(unitWord?.shift ?? 0)),
      decimals: shown - (unitWord?.shift ?? 0),
      unit: unitWord?.unit ?? null,
      unitWord,
    };
    if (number.unit === null && !unitWord) {
      // A bare four-digit year, and the second year of "2024/25" or "2023–24".
      if (shown === 0 && /^(19|20)\d\d$/.test(unsigned)) continue;
      if (shown === 0 && /^\d\d$/.test(unsigned) && /(?:19|20)\d\d[/–-]$/.test(text.slice(Math.max(0, start - 5), start))) continue;
      // A count: a small whole number right before a noun that is no unit ("3 poster",
      // "4 lines"), also as part of another count ("12 av 14 enheter", "2 of 5 projects").
      const noun = /^[ \u00A0]+(?:(?:av|of|out of)[ \u00A0]+(\d{1,2})[ \u00A0]+)?(\p{L}+)/iu.exec(after);
      const small = (digits: string) => /^\d{1,2}$/.test(digits) && Number(digits) <= 20;
      const counted = noun ? after.slice(noun[0].length - noun[2]!.length) : '';
      if (noun && unsigned === raw && small(unsigned) && (noun[1] === undefined || small(noun[1])) && !NOT_COUNTED.test(noun[2]!) && noun[2]!.length > 1 && !UNIT_WORDS.some((word) => word.pattern.test(counted))) continue;
    }
    read.push(number);
  }
  // "3–4 miljoner", "mellan 4 och 5 mnkr": the first end of a range takes the unit of the second.
  return read.map((number, index) => {
    const next = read[index + 1];
    const between = text.slice(number.end, next?.start ?? number.end);
    if (number.unitWord || !next?.unitWord || !/^[ \u00A0]*(?:[–—-]|till|to|och|and|eller|or)[ \u00A0]*$/iu.test(between)) return number;
    const shift = next.unitWord.shift;
    return { ...number, value: number.value.times(new Dec(10).pow(shift)), decimals: number.decimals - shift, unit: next.unit, unitWord: next.unitWord };
  });
}
