// Numbers written in words where they state amounts, as a language model may write
// them: "fem miljoner", "en halv miljon", "tre komma fem miljoner kronor",
// "tjugofem procent", "fyrtiotvå tusen kronor", "five million", "half a million",
// "two and a half million", "one hundred and twenty thousand kronor".
//
// Swedish compounds ("etthundratjugo", "tvåhundrafemtiotusen") are split into their
// parts and read by the same grammar as English words, so both languages follow one
// set of rules. A small number word (up to twenty) without an amount word or a
// scale after it ("tre poster", "three units", "fem enheter") is a count, not an
// amount, and is not returned. Pure functions, no state.
import { Dec } from '../numbers/decimal.js';

/** The unit an amount in words is stated in; null for a plain number ("tvåhundra", "fem tusen"). */
export type WordUnit = 'kr' | 'tkr' | 'mnkr' | '%' | 'pp' | 'årsarbetare';

/** A number in words found in a text, with the amount word that follows it. */
export interface WordNumber {
  /** The words as they stand in the text, the amount word included ("fem miljoner kronor"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The exact value in `unit` as a decimal string: "fem miljoner" is 5 with unit mnkr, "fem tusen" is 5000 with no unit. */
  readonly value: string;
  /**
   * The decimals the words state in `unit`: "tre komma fem miljoner" has 1. Negative
   * where a scale word makes the last stated digit a ten or more: "två miljarder" is
   * 2000 mnkr to −3 decimals (thousands of mnkr), "fem tusen" is 5000 to −3.
   */
  readonly decimals: number;
  readonly unit: WordUnit | null;
}

type Kind = 'zero' | 'digit' | 'teen' | 'tens' | 'hundred' | 'scale';

interface Atom {
  readonly kind: Kind;
  readonly value: number;
}

const SWEDISH_ATOMS: Readonly<Record<string, number>> = {
  noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9,
  tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
  tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
  hundra: 100, tusen: 1000,
};
// Scales that stand as words of their own in Swedish ("fem miljoner", "två miljarder").
const SWEDISH_SCALES: Readonly<Record<string, number>> = { miljon: 1e6, miljoner: 1e6, miljard: 1e9, miljarder: 1e9 };

const ENGLISH_ATOMS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
};

function atom(value: number): Atom {
  if (value === 0) return { kind: 'zero', value };
  if (value < 10) return { kind: 'digit', value };
  if (value < 20) return { kind: 'teen', value };
  if (value < 100) return { kind: 'tens', value };
  if (value === 100) return { kind: 'hundred', value };
  return { kind: 'scale', value };
}

// "etthundratjugo" → ett, hundra, tjugo; "ettusen" (one t dropped) → ett, tusen. The
// parts are tried longest first, and only while the grammar accepts them, so the
// first complete split is the reading. No number word is longer than 64 letters.
const SWEDISH_PARTS = Object.keys(SWEDISH_ATOMS);
// Every number word starts as one of its parts does; most words are told apart here.
const SWEDISH_OPENINGS = new Set(SWEDISH_PARTS.map((part) => part.slice(0, 2)));

function splitSwedish(word: string, composer = new Composer()): Atom[] | null {
  if (word === '') return composer.started ? [] : null;
  if (word.length > 64 || !SWEDISH_OPENINGS.has(word.slice(0, 2))) return null;
  const parts: [string, Atom[]][] = SWEDISH_PARTS.filter((part) => word.startsWith(part)).map((part) => [part, [atom(SWEDISH_ATOMS[part]!)]]);
  if (word.startsWith('ettusen')) parts.push(['ettusen', [atom(1), atom(1000)]]);
  for (const [part, atoms] of parts.sort((a, b) => b[0].length - a[0].length)) {
    const next = composer.clone();
    if (!atoms.every((piece) => next.push(piece))) continue;
    const rest = splitSwedish(word.slice(part.length), next);
    if (rest) return [...atoms, ...rest];
  }
  return null;
}

/** The atoms of one word in either language, or null when the word is no number word. */
function atomsOf(word: string): Atom[] | null {
  const text = word.toLowerCase();
  const scale = SWEDISH_SCALES[text];
  if (scale !== undefined) return [atom(scale)];
  if (ENGLISH_ATOMS[text] !== undefined) return [atom(ENGLISH_ATOMS[text])];
  // "twenty-five", "forty-two".
  const halves = text.split('-');
  if (halves.length === 2 && halves.every((half) => ENGLISH_ATOMS[half] !== undefined)) {
    const [tens, unit] = halves.map((half) => atom(ENGLISH_ATOMS[half]!));
    if (tens!.kind === 'tens' && unit!.kind === 'digit') return [tens!, unit!];
    return null;
  }
  if (!/^\p{L}+$/u.test(text)) return null;
  return splitSwedish(text);
}

/**
 * Reads a whole number from its atoms, the way both languages build them:
 * "two hundred", "fem miljoner tvåhundratusen", "etthundratjugo". `push` says
 * whether the next atom continues the number; the state is unchanged when not.
 */
class Composer {
  private total = new Dec(0);
  private current = new Dec(0);
  private last: Kind | 'none' = 'none';
  private smallestScale = Infinity;

  get started(): boolean {
    return this.last !== 'none';
  }

  get lastKind(): Kind | 'none' {
    return this.last;
  }

  /** Whether a scale word (thousand or more) has been read. */
  get scaled(): boolean {
    return this.smallestScale !== Infinity;
  }

  /** The power of ten of the scale the number ends on ("fem miljoner" → 6), or 0. */
  get trailingExponent(): number {
    return this.last === 'scale' ? Math.round(Math.log10(this.smallestScale)) : 0;
  }

  get value(): Dec {
    return this.total.plus(this.current);
  }

  clone(): Composer {
    const copy = new Composer();
    copy.total = this.total;
    copy.current = this.current;
    copy.last = this.last;
    copy.smallestScale = this.smallestScale;
    return copy;
  }

  push(next: Atom): boolean {
    const last = this.last;
    switch (next.kind) {
      case 'zero':
        if (last !== 'none') return false;
        break;
      case 'digit':
        if (last !== 'none' && last !== 'tens' && last !== 'hundred' && last !== 'scale') return false;
        this.current = this.current.plus(next.value);
        break;
      case 'teen':
      case 'tens':
        if (last !== 'none' && last !== 'hundred' && last !== 'scale') return false;
        this.current = this.current.plus(next.value);
        break;
      case 'hundred':
        if (last !== 'none' && last !== 'digit' && last !== 'teen') return false;
        this.current = (last === 'none' ? new Dec(1) : this.current).times(100);
        break;
      case 'scale':
        if (last === 'zero' || last === 'scale' || next.value >= this.smallestScale || this.current.greaterThanOrEqualTo(1000)) return false;
        this.total = this.total.plus((last === 'none' ? new Dec(1) : this.current).times(next.value));
        this.current = new Dec(0);
        this.smallestScale = next.value;
        break;
    }
    this.last = next.kind;
    return true;
  }
}

/** A Swedish number word, compounds included ("tjugofem", "etthundratjugo", "tvåhundrafemtiotusen"), as a number, or null. */
export function parseSwedishNumberWord(word: string): number | null {
  const text = word.toLowerCase();
  if (!/^\p{L}+$/u.test(text) || SWEDISH_SCALES[text] !== undefined) return null;
  const atoms = splitSwedish(text);
  if (!atoms) return null;
  const composer = new Composer();
  for (const piece of atoms) composer.push(piece);
  return composer.value.toNumber();
}

/** An English number word ("five", "twenty-five", "hundred") as a number, or null. */
export function parseEnglishNumberWord(word: string): number | null {
  const text = word.toLowerCase();
  const direct = ENGLISH_ATOMS[text];
  if (direct !== undefined) return /s$/.test(text) ? null : direct;
  const halves = text.split('-');
  if (halves.length !== 2) return null;
  const [tens, unit] = halves.map((half) => ENGLISH_ATOMS[half]);
  if (tens === undefined || unit === undefined || tens < 20 || tens >= 100 || tens % 10 !== 0 || unit < 1 || unit > 9) return null;
  return tens + unit;
}

/** The unit words that may follow an amount in words, longest first. */
const UNIT_WORDS: readonly (readonly [RegExp, WordUnit | 'money' | 'measure'])[] = [
  [/^(mnkr|mkr|msek|mn kr)(?![\p{L}\p{N}])/iu, 'mnkr'],
  [/^(tkr|tsek|ksek)(?![\p{L}\p{N}])/iu, 'tkr'],
  [/^(procentenheter|procentenhet|%-enheter|percentage points?|pp)(?![\p{L}\p{N}])/iu, 'pp'],
  [/^(procent|percent|per cent|%)(?![\p{L}\p{N}])/iu, '%'],
  [/^(swedish kronor|kronor|krona|kr|sek)(?![\p{L}\p{N}])/iu, 'money'],
  [/^(årsarbetare|fte|full-time equivalents)(?![\p{L}\p{N}])/iu, 'årsarbetare'],
  // Figures though no unit of their own: "två indexenheter", "three times".
  [/^(indexenheter|indexenhet|indexpoäng|index points?|poäng|points?|skalsteg|gånger|times)(?![\p{L}\p{N}])/iu, 'measure'],
];

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const HALF = /^(halv|halvt|half)$/i;
const AND = /^(och|and)$/i;
const POINT = /^(komma|point)$/i;
const ONE = /^(en|ett|one|a)$/i;
// What joins the two ends of a range: "tre till fyra", "två–tre", "two or three".
const RANGE = /^[ \t\u00A0]*(?:[–—-]|till|to|och|and|eller|or)[ \t\u00A0]*$/iu;

interface Token {
  readonly word: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly atoms: Atom[] | null;
}

interface Reading {
  readonly start: number;
  readonly end: number;
  /** The whole number the words state, in plain units. */
  readonly value: Dec;
  /** The power of ten of the last digit the words state: 6 for "fem miljoner", 5 for "tre komma fem miljoner", −1 for "två komma fem". */
  readonly exponent: number;
  /** The largest scale word read (1e6 for "miljoner"), or 1. */
  readonly scale: number;
  /** Whether the words say "och en halv", "and a half" or "en halv". */
  readonly half: boolean;
  readonly lastToken: number;
}

/** Every amount written in words in `text`, in order. */
export function findWordNumbers(text: string): WordNumber[] {
  // Texts repeat their words; each is read once.
  const known = new Map<string, Atom[] | null>();
  const read = (word: string) => {
    if (!known.has(word)) known.set(word, atomsOf(word));
    return known.get(word)!;
  };
  const tokens: Token[] = [...text.matchAll(WORD)].map((match) => ({ word: match[0], lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length, atoms: read(match[0]) }));
  const found: Found[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    // "5 tusen kronor", "2,5 miljoner": the scale belongs to the digits before it.
    const opening = tokens[index]!.atoms?.[0]?.kind;
    if ((opening === 'scale' || opening === 'hundred') && /\d[ \t\u00A0]*$/.test(text.slice(Math.max(0, tokens[index]!.start - 8), tokens[index]!.start))) continue;
    const reading = readNumber(tokens, index, text);
    if (!reading) continue;
    const after = text.slice(reading.end);
    const spaces = /^[ \t\u00A0]*/.exec(after)![0].length;
    let named: WordUnit | 'money' | 'measure' | null = null;
    let end = reading.end;
    for (const [pattern, unit] of UNIT_WORDS) {
      const match = pattern.exec(after.slice(spaces));
      if (match) {
        named = unit;
        end = reading.end + spaces + match[0].length;
        break;
      }
    }
    let unit: WordUnit | null = named === 'money' ? (reading.scale >= 1e6 ? 'mnkr' : reading.scale >= 1e3 ? 'tkr' : 'kr') : named === 'measure' ? null : named;
    // "fem miljoner", "five million": millions are money here.
    if (named === null && reading.scale >= 1e6) unit = 'mnkr';
    // The words' own scale goes into the unit: "fem miljoner" is 5 mnkr, "fem tusen kronor" 5 tkr.
    const shift = (named === null || named === 'money' || named === 'measure') && unit === 'mnkr' ? 6 : named === 'money' && unit === 'tkr' ? 3 : 0;
    const value = reading.value.dividedBy(new Dec(10).pow(shift));
    const first = tokens[index]!;
    // A small number with neither an amount word nor a scale is a count ("tre poster",
    // "three units", "en avvikelse", "en halv timme"), unless it opens a range.
    const count = unit === null && named !== 'measure' && reading.scale === 1 && (reading.exponent >= 0 || reading.half) && value.lessThanOrEqualTo(20);
    found.push({ text: text.slice(first.start, end), start: first.start, end, value: value.toString(), decimals: shift - reading.exponent, unit, count, factor: reading.scale / 10 ** shift });
    // The amount word ("tusen kronor") is part of this number, not the start of another.
    index = reading.lastToken;
    while (tokens[index + 1] && tokens[index + 1]!.start < end) index += 1;
  }
  // "tre till fyra procent", "två eller tre miljoner": the first end of a range takes the
  // unit and scale of the second; a small number that opens no range is a count.
  const result: WordNumber[] = [];
  for (let index = 0; index < found.length; index += 1) {
    const number = found[index]!;
    const next = found[index + 1];
    const plain = { text: number.text, start: number.start, end: number.end, value: number.value, decimals: number.decimals, unit: number.unit };
    if (!number.count) result.push(plain);
    else if (next && !next.count && (next.unit !== null || next.factor > 1) && RANGE.test(text.slice(number.end, next.start))) {
      result.push({ ...plain, value: new Dec(number.value).times(next.factor).toString(), decimals: number.decimals - Math.round(Math.log10(next.factor)), unit: next.unit });
    }
  }
  return result;
}

interface Found extends WordNumber {
  readonly count: boolean;
  /** What one of the words' scale is in `unit`: 1000 for "tre miljarder" (mnkr), 1000 for "fem tusen" (no unit). */
  readonly factor: number;
}

function joined(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  const a = tokens[from];
  const b = tokens[to];
  return a !== undefined && b !== undefined && /^[ \t\u00A0]+$/.test(text.slice(a.end, b.start));
}

// Reads the number that starts at tokens[index], or null.
function readNumber(tokens: readonly Token[], index: number, text: string): Reading | null {
  const first = tokens[index]!;
  const scaleAt = (at: number): number | null => {
    const atoms = joined(tokens, at - 1, at, text) ? tokens[at]?.atoms : null;
    return atoms && atoms.length === 1 && atoms[0]!.kind === 'scale' ? atoms[0]!.value : null;
  };
  // "half a million", "a half million": a half of the scale that follows.
  if (/^half$/i.test(first.word) && joined(tokens, index, index + 1, text) && tokens[index + 1]!.lower === 'a') {
    const scale = scaleAt(index + 2);
    if (scale !== null && scale >= 1000) return half(first.start, tokens[index + 2]!.end, scale, index + 2);
    return null;
  }
  // "en halv miljon", "a half million", "one half percent".
  if (ONE.test(first.word) && joined(tokens, index, index + 1, text) && HALF.test(tokens[index + 1]!.word)) {
    const scale = scaleAt(index + 2);
    if (scale !== null && scale >= 1000) return half(first.start, tokens[index + 2]!.end, scale, index + 2);
    return half(first.start, tokens[index + 1]!.end, 1, index + 1);
  }
  let composer = new Composer();
  let last = index - 1;
  // "a million", "a hundred": the English article counts as one before a scale.
  if (/^a$/i.test(first.word)) {
    const next = tokens[index + 1]?.atoms;
    if (!joined(tokens, index, index + 1, text) || !next || (next[0]!.kind !== 'scale' && next[0]!.kind !== 'hundred')) return null;
    composer.push(atom(1));
    last = index;
  }
  // Swedish "hundra" and "tusen" may start a number on their own; English scales may not, nor "miljoner".
  const opening = tokens[last + 1]?.atoms;
  if (!opening) return null;
  if (!composer.started && opening[0]!.kind === 'scale' && !/^tusen/i.test(tokens[last + 1]!.word)) return null;
  while (true) {
    const at = last + 1;
    if (at > index && !joined(tokens, last, at, text)) break;
    let token = tokens[at];
    let skip = 0;
    // "one hundred and twenty", "etthundra och fem".
    if (token && AND.test(token.word) && (composer.lastKind === 'hundred' || composer.lastKind === 'scale') && joined(tokens, at, at + 1, text)) {
      const after = tokens[at + 1]?.atoms;
      if (after && after[0]!.kind !== 'scale' && after[0]!.kind !== 'hundred' && !HALF.test(tokens[at + 2]?.word ?? '')) {
        token = tokens[at + 1];
        skip = 1;
      }
    }
    if (!token?.atoms) break;
    const trial = composer.clone();
    if (!token.atoms.every((part) => trial.push(part))) break;
    composer = trial;
    last = at + skip;
  }
  if (!composer.started) return null;
  let value = composer.value;
  let exponent = composer.trailingExponent;
  let scale = largestScale(tokens, index, last);
  let end = tokens[last]!.end;
  // A fraction: "tre komma fem", "two point seven five", "två och en halv".
  let fraction: string | null = null;
  let halved = false;
  const word = (offset: number) => (joined(tokens, last + offset - 1, last + offset, text) ? tokens[last + offset] : undefined);
  if (composer.lastKind !== 'scale' && composer.lastKind !== 'hundred') {
    if (word(1) && POINT.test(word(1)!.word)) {
      let digits = '';
      let offset = 2;
      while (word(offset)?.atoms) {
        const atoms = word(offset)!.atoms!;
        const small = new Composer();
        if (!atoms.every((part) => small.push(part)) || small.scaled || small.lastKind === 'hundred') break;
        const piece = small.value.toNumber();
        // "sjuttiofem" after "komma" is two decimals; single digits may follow one another.
        if (atoms.length === 1 && atoms[0]!.kind !== 'teen' && atoms[0]!.kind !== 'tens') digits += String(piece);
        else if (digits === '') {
          digits = String(piece).padStart(2, '0');
          offset += 1;
          break;
        } else break;
        offset += 1;
      }
      if (digits !== '') {
        fraction = digits;
        last += offset - 1;
      }
    } else if (word(1) && AND.test(word(1)!.word) && word(2) && /^(en|ett|a)$/i.test(word(2)!.word) && word(3) && HALF.test(word(3)!.word)) {
      fraction = '5';
      halved = true;
      last += 3;
    }
  }
  if (fraction !== null) {
    value = new Dec(`${value.toString()}.${fraction}`);
    exponent = -fraction.length;
    end = tokens[last]!.end;
    // "tre komma fem miljoner", "two and a half million".
    if (!composer.scaled) {
      const following = scaleAt(last + 1);
      if (following !== null && following >= 1000) {
        value = value.times(following);
        exponent += Math.round(Math.log10(following));
        scale = following;
        last += 1;
        end = tokens[last]!.end;
      }
    }
  }
  return { start: first.start, end, value, exponent, scale, half: halved, lastToken: last };
}

function half(start: number, end: number, scale: number, lastToken: number): Reading {
  return { start, end, value: new Dec('0.5').times(scale), exponent: Math.round(Math.log10(scale)) - 1, scale, half: true, lastToken };
}

function largestScale(tokens: readonly Token[], from: number, to: number): number {
  let largest = 1;
  for (let index = from; index <= to; index += 1) {
    for (const part of tokens[index]!.atoms ?? []) if (part.kind === 'scale' && part.value > largest) largest = part.value;
  }
  return largest;
}
