// A tool-calling liar for the fake OpenAI-compatible server: it looks the asked line
// up with line_figures (and, for some lies, another line or another report), writes
// an answer from the figures it got back in one of several everyday phrasings, and
// then misquotes in one chosen way:
// - swap_roles: two looked-up figures of the line trade places ("utfallet 75 812 tkr
//   mot en budget på 70 328 tkr"),
// - swap_lines: a figure of another line stands under this line's label,
// - swap_periods: a figure of another report (or of last year) stands for this one,
// - unrelated_approximation: "ungefär sjuttiotre miljoner kronor", a faithful rounding
//   of some other looked-up figure, stands for this one,
// - wrong_label: a right number is repeated under a wrong label ("helårsprognosen är
//   70 328 tkr" when 70 328 tkr is the outcome).
// 'honest' writes the same phrasings truthfully, approximations included, so the same
// run measures how often a correct answer is accepted. Asked to repair, the liar
// either repeats its lie or writes the truthful text (alternating by question), so
// both endings are exercised. Every lying text is recorded: a harness tells a shown
// misquote by finding the shown text among them.
//
// Questions follow one form the liar can read: "Hur går det för <line> hos <org> per
// <YYYY-MM>?" or "How is <line> doing at <org> as of <YYYY-MM>?".
import type { FakePolicy, FakeReply, RecordedRequest } from './fake-openai-server.js';

export const LIES = ['swap_roles', 'swap_lines', 'swap_periods', 'unrelated_approximation', 'wrong_label'] as const;
export type Lie = (typeof LIES)[number];
export type LiarStrategy = Lie | 'honest';

/** The liar's question about one line of one organisation in one report. */
export function liarQuestion(language: 'sv' | 'en', line: string, organisation: string, period: string): string {
  return language === 'sv' ? `Hur går det för ${line} hos ${organisation} per ${period}?` : `How is ${line} doing at ${organisation} as of ${period}?`;
}

/** What the liar did with one question. */
export interface LiarRecord {
  /** The texts it wrote that misquote; the truthful text is never among them. */
  readonly lies: Set<string>;
  readonly honest: string | null;
  /** Why it could not lie about this question, if it could not (too few figures of the right kind). */
  unable: string | null;
}

export interface LyingModel {
  readonly policy: FakePolicy;
  /** By question text. */
  readonly records: Map<string, LiarRecord>;
}

// The tool result of line_figures, as far as the liar reads it.
interface LineData {
  organisation: string;
  line: string;
  period: string;
  otherReports: string[];
  rows: { breakdown?: string; unit: string; values: Record<string, string>; deviation?: string; deviationPercent?: string; forecastDeviation?: string; changeAgainstPriorYear?: string }[];
}
interface LinesData {
  lines: { name: string; kind: string }[];
}

const LEVELS = ['actual', 'budget', 'budget_full_year', 'forecast', 'target', 'prior_year_actual'] as const;
type Level = (typeof LEVELS)[number];

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A stable small number from a text, so each question gets its own phrasing and lie. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
  return hash;
}

// ---- numbers as a model writes them -------------------------------------------------

function digitsOf(value: string): { whole: string; fraction: string } {
  const [whole = '0', fraction = ''] = value.replace(/^[-+\u2212]/, '').split('.');
  return { whole: whole.replace(/^0+(?=\d)/, ''), fraction };
}

/** "70 328 tkr", "24,5 mnkr", "2,73 %", with the decimals the figure has. */
export function writeFigure(value: string, unit: string): string {
  const { whole, fraction } = digitsOf(value);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ' ');
  const number = fraction === '' ? grouped : `${grouped},${fraction}`;
  return unit === '%' ? `${number} %` : `${number} ${unit}`;
}

function magnitude(value: string): number {
  return Math.abs(Number(value));
}

const SV_ONES = ['', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const SV_TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];
const EN_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–999 in Swedish words, written as one compound ("sjuttiotre", "etthundratjugo"). */
function swedishWords(number: number): string {
  const hundreds = Math.floor(number / 100);
  const rest = number % 100;
  const below = rest < 20 ? SV_ONES[rest]! : SV_TENS[Math.floor(rest / 10)]! + SV_ONES[rest % 10]!;
  return (hundreds > 0 ? `${SV_ONES[hundreds]}hundra` : '') + below;
}

/** 1–999 in English words ("seventy-three", "one hundred and twenty"). */
function englishWords(number: number): string {
  const hundreds = Math.floor(number / 100);
  const rest = number % 100;
  const below = rest < 20 ? EN_ONES[rest]! : EN_TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${EN_ONES[rest % 10]}` : '');
  if (hundreds === 0) return below;
  return `${EN_ONES[hundreds]} hundred${rest ? ` and ${below}` : ''}`;
}

type Direction = 'over' | 'under' | 'about';

/**
 * A rounding of a money or per cent figure as a model writes one: whole millions
 * ("drygt 70 miljoner kronor", "ungefär sjuttiotre miljoner kronor"), whole
 * thousands below a million, whole per cent. The words say the direction the
 * figure lies from the rounded number. Null where the figure is too small to round.
 */
function approximate(value: string, unit: string, language: 'sv' | 'en', inWords: boolean): { text: string; rounded: number; step: string; direction: Direction } | null {
  const size = magnitude(value);
  const kronor = unit === 'mnkr' ? size * 1e6 : unit === 'tkr' ? size * 1e3 : unit === 'kr' ? size : null;
  let rounded: number;
  let scale: 'miljoner' | 'tusen' | '%';
  let exact: number;
  if (unit === '%') {
    if (size < 2) return null;
    exact = size;
    rounded = Math.round(size);
    scale = '%';
  } else if (kronor !== null && kronor >= 2e6) {
    exact = kronor / 1e6;
    rounded = Math.round(exact);
    scale = 'miljoner';
  } else if (kronor !== null && kronor >= 2e3) {
    exact = kronor / 1e3;
    rounded = Math.round(exact);
    scale = 'tusen';
  } else return null;
  if (rounded < 1 || rounded > 999) return null;
  const direction: Direction = Math.abs(exact - rounded) < 1e-9 ? 'about' : exact > rounded ? 'over' : 'under';
  // "drygt"/"knappt" only where the figure is a little off the round number; otherwise "ungefär".
  const say = direction !== 'about' && Math.abs(exact - rounded) / exact <= 0.1 ? direction : 'about';
  const lead = { sv: { over: 'drygt', under: 'knappt', about: 'ungefär' }, en: { over: 'just over', under: 'nearly', about: 'about' } }[language][say];
  const number = inWords ? (language === 'sv' ? swedishWords(rounded) : englishWords(rounded)) : String(rounded);
  const word = scale === '%' ? (language === 'sv' ? 'procent' : 'per cent') : scale === 'miljoner' ? (language === 'sv' ? 'miljoner kronor' : 'million kronor') : language === 'sv' ? 'tusen kronor' : 'thousand kronor';
  return { text: `${lead} ${number} ${word}`, rounded, step: scale, direction: say };
}

// ---- the answer as sentences with slots ----------------------------------------------

type Slot = Level | 'deviation' | 'forecast_deviation';

interface Figures {
  readonly line: string;
  readonly organisation: string;
  readonly period: string;
  readonly unit: string;
  readonly values: Partial<Record<Slot, string>>;
}

function figuresOf(data: LineData): Figures | null {
  const row = data.rows.find((candidate) => !candidate.breakdown) ?? null;
  if (!row) return null;
  const values: Partial<Record<Slot, string>> = {};
  for (const level of LEVELS) if (row.values[level] !== undefined) values[level] = row.values[level];
  if (row.deviation !== undefined) values.deviation = row.deviation;
  if (row.forecastDeviation !== undefined) values.forecast_deviation = row.forecastDeviation;
  return { line: data.line, organisation: data.organisation, period: data.period, unit: row.unit, values };
}

/** What a slot shows: the figure as written, or an approximation, or another figure (a lie). */
type Shown = { kind: 'figure'; value: string; unit: string } | { kind: 'text'; text: string };

function periodWords(period: string, language: 'sv' | 'en'): string {
  const [year, month] = period.split('-').map(Number);
  return language === 'sv' ? `per ${MONTHS.sv[month! - 1]} ${year}` : `as of ${MONTHS.en[month! - 1]} ${year}`;
}

function genitive(name: string): string {
  return /s$/i.test(name) ? name : `${name}s`;
}

// The phrasings: each a list of sentences over the slots they need. Several per
// language, in the words a model uses (definite forms, genitives, "mot", "jämfört med").
type Phrasing = (figures: Figures, show: (slot: Slot) => string, language: 'sv' | 'en') => string[];

function directionWords(value: string | undefined, language: 'sv' | 'en'): string {
  if (value === undefined) return '';
  const better = Number(value) >= 0;
  return language === 'sv' ? (better ? 'bättre än budget' : 'sämre än budget') : better ? 'better than budget' : 'worse than budget';
}

const PHRASINGS: readonly Phrasing[] = [
  (f, show, language) => {
    const has = (slot: Slot) => f.values[slot] !== undefined;
    const when = periodWords(f.period, language);
    const sentences: string[] = [];
    if (language === 'sv') {
      if (has('actual') && has('budget')) sentences.push(`${f.line}, ${f.organisation}, ${when}: utfallet är ${show('actual')} mot en budget på ${show('budget')}${has('deviation') ? `, ${show('deviation')} ${directionWords(f.values.deviation, language)}` : ''}.`);
      else if (has('actual')) sentences.push(`${f.line}, ${f.organisation}, ${when}: utfallet är ${show('actual')}.`);
      if (has('forecast') && has('budget_full_year')) sentences.push(`Helårsprognosen är ${show('forecast')} mot helårsbudgeten ${show('budget_full_year')}.`);
      if (has('target')) sentences.push(`Målet är ${show('target')}.`);
      if (has('prior_year_actual')) sentences.push(`Samma period i fjol var utfallet ${show('prior_year_actual')}.`);
    } else {
      if (has('actual') && has('budget')) sentences.push(`${f.line} at ${f.organisation}, ${when}: the actual is ${show('actual')} against a budget of ${show('budget')}${has('deviation') ? `, ${show('deviation')} ${directionWords(f.values.deviation, language)}` : ''}.`);
      else if (has('actual')) sentences.push(`${f.line} at ${f.organisation}, ${when}: the actual is ${show('actual')}.`);
      if (has('forecast') && has('budget_full_year')) sentences.push(`The full-year forecast is ${show('forecast')} against a full-year budget of ${show('budget_full_year')}.`);
      if (has('target')) sentences.push(`The target is ${show('target')}.`);
      if (has('prior_year_actual')) sentences.push(`In the same period last year the actual was ${show('prior_year_actual')}.`);
    }
    return sentences;
  },
  (f, show, language) => {
    const has = (slot: Slot) => f.values[slot] !== undefined;
    const when = periodWords(f.period, language);
    const sentences: string[] = [];
    if (language === 'sv') {
      if (has('budget') && has('actual')) sentences.push(`För ${f.line} hos ${f.organisation} är budgeten ${show('budget')} och utfallet ${show('actual')} ${when}${has('deviation') ? `, en avvikelse på ${show('deviation')}` : ''}.`);
      else if (has('actual')) sentences.push(`För ${f.line} hos ${f.organisation} är utfallet ${show('actual')} ${when}.`);
      if (has('budget_full_year') && has('forecast')) sentences.push(`Prognosen för helåret ligger på ${show('forecast')}, jämfört med en helårsbudget på ${show('budget_full_year')}.`);
      if (has('prior_year_actual')) sentences.push(`I fjol var utfallet för samma period ${show('prior_year_actual')}.`);
      if (has('target')) sentences.push(`${f.line} har ett mål på ${show('target')}.`);
    } else {
      if (has('budget') && has('actual')) sentences.push(`For ${f.line} at ${f.organisation} the budget is ${show('budget')} and the outcome ${show('actual')} ${when}${has('deviation') ? `, a deviation of ${show('deviation')} against budget` : ''}.`);
      else if (has('actual')) sentences.push(`For ${f.line} at ${f.organisation} the outcome is ${show('actual')} ${when}.`);
      if (has('budget_full_year') && has('forecast')) sentences.push(`The forecast for the full year is ${show('forecast')}, compared with a full-year budget of ${show('budget_full_year')}.`);
      if (has('prior_year_actual')) sentences.push(`Last year the outcome for the same period was ${show('prior_year_actual')}.`);
      if (has('target')) sentences.push(`${f.line} has a target of ${show('target')}.`);
    }
    return sentences;
  },
  (f, show, language) => {
    const has = (slot: Slot) => f.values[slot] !== undefined;
    const when = periodWords(f.period, language);
    const sentences: string[] = [];
    if (language === 'sv') {
      if (has('actual')) sentences.push(`${genitive(f.organisation)} utfall för ${f.line} ${when} blev ${show('actual')}${has('budget') ? `, mot en periodbudget på ${show('budget')}` : ''}.`);
      if (has('forecast')) sentences.push(`Årsprognosen för ${f.line} är ${show('forecast')}${has('budget_full_year') ? ` och årsbudgeten ${show('budget_full_year')}` : ''}.`);
      if (has('target')) sentences.push(`Målvärdet är ${show('target')}.`);
      if (has('prior_year_actual')) sentences.push(`Förra året var utfallet ${show('prior_year_actual')} vid samma tid.`);
    } else {
      if (has('actual')) sentences.push(`${genitive(f.organisation)} actual for ${f.line} ${when} came to ${show('actual')}${has('budget') ? `, against a period budget of ${show('budget')}` : ''}.`);
      if (has('forecast')) sentences.push(`The annual forecast for ${f.line} is ${show('forecast')}${has('budget_full_year') ? ` and the annual budget ${show('budget_full_year')}` : ''}.`);
      if (has('target')) sentences.push(`The target value is ${show('target')}.`);
      if (has('prior_year_actual')) sentences.push(`Last year the actual was ${show('prior_year_actual')} at the same point.`);
    }
    return sentences;
  },
];

// Where a phrasing has no sentence for the figures a line has (a forecast without a
// full-year budget, a target alone), each figure gets its own short sentence.
const LABELS: Readonly<Record<'sv' | 'en', Readonly<Record<Level, string>>>> = {
  sv: { actual: 'Utfallet', budget: 'Budgeten för perioden', budget_full_year: 'Helårsbudgeten', forecast: 'Helårsprognosen', target: 'Målet', prior_year_actual: 'Utfallet samma period i fjol' },
  en: { actual: 'The actual', budget: 'The period budget', budget_full_year: 'The full-year budget', forecast: 'The full-year forecast', target: 'The target', prior_year_actual: 'The actual for the same period last year' },
};
const listing: Phrasing = (f, show, language) => [
  `${f.line}, ${f.organisation}, ${periodWords(f.period, language)}:`,
  ...LEVELS.filter((level) => f.values[level] !== undefined).map((level) => `${LABELS[language][level]} ${language === 'sv' ? 'är' : 'is'} ${show(level)}.`),
];

/** The text of `phrasing` with each slot shown as `shown` says (the figure itself unless overridden). */
function compose(phrasing: Phrasing, figures: Figures, language: 'sv' | 'en', overrides: Partial<Record<Slot, Shown>> = {}, approximateSlots: ReadonlySet<Slot> = new Set(), inWords = false): { text: string; used: Set<Slot> } {
  const used = new Set<Slot>();
  const show = (slot: Slot): string => {
    used.add(slot);
    const override = overrides[slot];
    if (override) return override.kind === 'text' ? override.text : writeFigure(override.value, override.unit);
    const value = figures.values[slot]!;
    if (approximateSlots.has(slot)) {
      const approximation = approximate(value, figures.unit, language, inWords);
      if (approximation) return approximation.text;
    }
    return writeFigure(value, figures.unit);
  };
  const sentences = phrasing(figures, show, language);
  return { text: (sentences.length > 0 ? sentences : listing(figures, show, language)).join(' '), used };
}

// ---- reading the conversation -----------------------------------------------------------

interface Message {
  role: string;
  content: string | null;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

function parseQuestion(text: string): { language: 'sv' | 'en'; line: string; organisation: string; period: string } | null {
  const sv = /^Hur går det för (.+) hos (.+) per (\d{4}-\d{2})\?$/.exec(text);
  if (sv) return { language: 'sv', line: sv[1]!, organisation: sv[2]!, period: sv[3]! };
  const en = /^How is (.+) doing at (.+) as of (\d{4}-\d{2})\?$/.exec(text);
  if (en) return { language: 'en', line: en[1]!, organisation: en[2]!, period: en[3]! };
  return null;
}

/** Each tool call of the conversation with its parsed arguments and result. */
function lookups(messages: readonly Message[]): { name: string; arguments: Record<string, unknown>; result: unknown }[] {
  const results = new Map(messages.filter((message) => message.role === 'tool').map((message) => [message.tool_call_id, message.content]));
  return messages.flatMap((message) =>
    (message.tool_calls ?? []).map((call) => ({ name: call.function.name, arguments: JSON.parse(call.function.arguments) as Record<string, unknown>, result: JSON.parse(results.get(call.id) ?? 'null') as unknown })),
  );
}

const isLineData = (value: unknown): value is LineData => typeof value === 'object' && value !== null && Array.isArray((value as LineData).rows);

// ---- the lies ------------------------------------------------------------------------------

const shownFigure = (value: string, unit: string): Shown => ({ kind: 'figure', value, unit });
const sameShown = (a: string, b: string, unit: string) => writeFigure(a, unit) === writeFigure(b, unit);

/**
 * Whether "<direction> <rounded> <step>" is a faithful rounding of `value`, by the
 * rule the reports' readers use (docs/decisions/0007): the figure rounded to the
 * whole number in the stated direction ("drygt" rounds down, "knappt" up), for those
 * two within a tenth of it; a round number ("tio") may be the tens. Money and per
 * cent never stand for each other.
 */
function faithful(value: string, unit: string, approximation: { rounded: number; step: string; direction: Direction }): boolean {
  if ((unit === '%') !== (approximation.step === '%')) return false;
  const size = magnitude(value);
  const exact = unit === '%' ? size : approximation.step === 'miljoner' ? (unit === 'mnkr' ? size : unit === 'tkr' ? size / 1e3 : size / 1e6) : unit === 'mnkr' ? size * 1e3 : unit === 'tkr' ? size : size / 1e3;
  const near = Math.abs(exact - approximation.rounded) <= exact * 0.1;
  // Whole numbers, and for a number ending in zeros ("tio", "70") also its tens, within a tenth.
  const zeros = /0+$/.exec(String(approximation.rounded))?.[0].length ?? 0;
  return [1, ...(zeros > 0 ? [10 ** zeros] : [])].some((step) => {
    const down = Math.floor(exact / step) * step;
    const up = Math.ceil(exact / step) * step;
    const nearest = Math.floor(exact / step + 0.5) * step;
    if (approximation.direction === 'over') return exact >= approximation.rounded && down === approximation.rounded && near;
    if (approximation.direction === 'under') return exact <= approximation.rounded && up === approximation.rounded && near;
    return nearest === approximation.rounded && (step === 1 || near);
  });
}

interface Plan {
  /** The truthful text. */
  readonly honest: string;
  /** The misquoting text, or null with the reason it could not be made. */
  readonly lie: string | null;
  readonly unable: string | null;
}

function plan(strategy: LiarStrategy, figures: Figures, others: readonly Figures[], periods: readonly Figures[], language: 'sv' | 'en', variant: number): Plan {
  const phrasing = PHRASINGS[variant % PHRASINGS.length]!;
  // Honest answers approximate now and then (every third), in words every other time.
  const approximateSlots = new Set<Slot>(variant % 3 === 2 ? ['actual'] : []);
  const inWords = variant % 2 === 1;
  const honest = compose(phrasing, figures, language, {}, approximateSlots, inWords);
  const none = (unable: string): Plan => ({ honest: honest.text, lie: null, unable });
  const lie = (overrides: Partial<Record<Slot, Shown>>): Plan => {
    const text = compose(phrasing, figures, language, overrides, approximateSlots, inWords).text;
    return text === honest.text ? none('the lie changed nothing') : { honest: honest.text, lie: text, unable: null };
  };
  const shownLevels = [...honest.used].filter((slot): slot is Level => (LEVELS as readonly string[]).includes(slot) && !approximateSlots.has(slot));
  const pick = <T>(options: readonly T[]) => options[variant % options.length];
  switch (strategy) {
    case 'honest':
      return { honest: honest.text, lie: null, unable: null };
    case 'swap_roles': {
      const pairs = shownLevels.flatMap((a, index) => shownLevels.slice(index + 1).map((b) => [a, b] as const)).filter(([a, b]) => !sameShown(figures.values[a]!, figures.values[b]!, figures.unit));
      const pair = pick(pairs);
      if (!pair) return none('fewer than two different figures shown');
      const [a, b] = pair;
      return lie({ [a]: shownFigure(figures.values[b]!, figures.unit), [b]: shownFigure(figures.values[a]!, figures.unit) });
    }
    case 'swap_lines': {
      const options = others.flatMap((other) => shownLevels.filter((slot) => other.values[slot] !== undefined && other.unit === figures.unit && !sameShown(other.values[slot]!, figures.values[slot]!, figures.unit)).map((slot) => [slot, other] as const));
      const chosen = pick(options);
      if (!chosen) return none('no other line with a different figure of a shown kind');
      return lie({ [chosen[0]]: shownFigure(chosen[1].values[chosen[0]]!, figures.unit) });
    }
    case 'swap_periods': {
      const options = periods.flatMap((other) => shownLevels.filter((slot) => other.values[slot] !== undefined && other.unit === figures.unit && !sameShown(other.values[slot]!, figures.values[slot]!, figures.unit)).map((slot) => [slot, other.values[slot]!] as const));
      const chosen = pick(options);
      if (chosen) return lie({ [chosen[0]]: shownFigure(chosen[1], figures.unit) });
      // No other report: last year's outcome and this year's trade places.
      const actual = figures.values.actual;
      const prior = figures.values.prior_year_actual;
      if (actual !== undefined && prior !== undefined && honest.used.has('prior_year_actual') && honest.used.has('actual') && !sameShown(actual, prior, figures.unit)) {
        return lie({ actual: shownFigure(prior, figures.unit), prior_year_actual: shownFigure(actual, figures.unit) });
      }
      return none('no other report and no prior-year figure shown');
    }
    case 'unrelated_approximation': {
      // A faithful rounding of another figure (of this line or another), put where one of this line's figures belongs.
      const pool = [...Object.entries(figures.values).map(([slot, value]) => ({ slot, value, unit: figures.unit })), ...others.flatMap((other) => Object.values(other.values).map((value) => ({ slot: 'other', value, unit: other.unit })))];
      const options = shownLevels.flatMap((slot) =>
        pool
          .filter((source) => source.slot !== slot && (source.unit === '%') === (figures.unit === '%'))
          .map((source) => ({ slot, approximation: approximate(source.value, source.unit, language, variant % 2 === 0) }))
          .filter((option): option is { slot: Level; approximation: NonNullable<ReturnType<typeof approximate>> } => option.approximation !== null && !faithful(figures.values[option.slot]!, figures.unit, option.approximation)),
      );
      const chosen = pick(options);
      if (!chosen) return none('no other figure to approximate');
      return lie({ [chosen.slot]: { kind: 'text', text: chosen.approximation.text } });
    }
    case 'wrong_label': {
      const pairs = shownLevels.flatMap((right) => shownLevels.filter((wrong) => wrong !== right && !sameShown(figures.values[right]!, figures.values[wrong]!, figures.unit)).map((wrong) => [right, wrong] as const));
      const pair = pick(pairs);
      if (!pair) return none('fewer than two different figures shown');
      return lie({ [pair[1]]: shownFigure(figures.values[pair[0]]!, figures.unit) });
    }
  }
}

/** The liar. `strategy` is the lie it tells (or 'honest'). */
export function lyingModel(strategy: LiarStrategy): LyingModel {
  const records = new Map<string, LiarRecord>();
  const policy = (request: RecordedRequest): FakeReply => {
    const messages = (request.body as { messages: Message[] }).messages;
    const question = messages.find((message) => message.role === 'user')?.content ?? '';
    const asked = parseQuestion(question);
    if (!asked) return { kind: 'message', content: 'Jag förstår inte frågan.' };
    const variant = hashOf(question);
    const done = lookups(messages);
    if (done.length === 0) {
      return { kind: 'tool_calls', calls: [{ name: 'line_figures', arguments: { organisation: asked.organisation, line: asked.line, period: asked.period } }, { name: 'list_lines', arguments: { organisation: asked.organisation } }] };
    }
    const main = done.find((lookup) => lookup.name === 'line_figures' && lookup.arguments.line === asked.line && lookup.arguments.period === asked.period)?.result;
    if (!isLineData(main)) return { kind: 'message', content: asked.language === 'sv' ? 'Jag hittar inga siffror för det.' : 'I found no figures for that.' };
    // Second round: what the lie needs besides the line itself.
    if (!done.some((lookup) => lookup.name === 'line_figures' && lookup.arguments !== undefined && lookup !== done[0])) {
      const calls: { name: string; arguments: object }[] = [];
      if (strategy === 'swap_lines' || strategy === 'unrelated_approximation') {
        const lines = done.find((lookup) => lookup.name === 'list_lines')?.result as LinesData | undefined;
        const others = (lines?.lines ?? []).map((line) => line.name).filter((name) => name !== main.line);
        // Three other lines, starting at a place of the list that depends on the question.
        for (let index = 0; index < Math.min(3, others.length); index += 1) calls.push({ name: 'line_figures', arguments: { organisation: main.organisation, line: others[(variant + index) % others.length]!, period: main.period } });
      }
      if (strategy === 'swap_periods') for (const period of main.otherReports.slice(0, 2)) calls.push({ name: 'line_figures', arguments: { organisation: main.organisation, line: main.line, period } });
      if (calls.length > 0) return { kind: 'tool_calls', calls };
    }
    const figures = figuresOf(main);
    if (!figures) return { kind: 'message', content: asked.language === 'sv' ? 'Jag hittar inga siffror för det.' : 'I found no figures for that.' };
    const lineData = done.filter((lookup) => lookup !== done[0] && lookup.name === 'line_figures').map((lookup) => lookup.result).filter(isLineData);
    const others = lineData.filter((data) => data.line !== main.line).map(figuresOf).filter((data): data is Figures => data !== null);
    const periods = lineData.filter((data) => data.line === main.line && data.period !== main.period).map(figuresOf).filter((data): data is Figures => data !== null);
    const made = plan(strategy, figures, others, periods, asked.language, variant);
    const record = records.get(question) ?? { lies: new Set<string>(), honest: made.honest, unable: made.unable };
    records.set(question, record);
    const repairing = messages[messages.length - 1]!.role === 'user' && messages.some((message) => message.role === 'assistant' && message.content && !message.tool_calls?.length);
    // Asked to repair: every other question the liar owns up, the rest it repeats the lie.
    if (made.lie === null || (repairing && variant % 2 === 1)) return { kind: 'message', content: made.honest };
    record.lies.add(made.lie);
    return { kind: 'message', content: made.lie };
  };
  return { policy, records };
}
