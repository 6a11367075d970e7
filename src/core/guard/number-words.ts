// Numbers written in words where they state amounts: "fem miljoner", "en halv
// miljon", "tre komma fem miljoner", "tjugofem procent", "five million", "two and a
// half million". A number word without an amount word after it ("tre poster") is a
// count and is not returned.

const SWEDISH: Readonly<Record<string, number>> = {
  noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
  tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
};
const ENGLISH: Readonly<Record<string, number>> = {
  zero: 0, one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A Swedish compound number word ("tjugofem", "etthundratjugo", "tvåtusen") as a number, or null. */
export function parseSwedishNumberWord(word: string): number | null {
  const text = word.toLocaleLowerCase('sv-SE');
  if (text === '') return null;
  if (text in SWEDISH) return SWEDISH[text]!;
  for (const [scale, factor] of [['tusen', 1000], ['hundra', 100]] as const) {
    const at = text.indexOf(scale);
    if (at >= 0) {
      const before = text.slice(0, at);
      const after = text.slice(at + scale.length);
      const multiplier = before === '' ? 1 : parseSwedishNumberWord(before);
      const rest = after === '' ? 0 : parseSwedishNumberWord(after);
      if (multiplier === null || rest === null || rest >= factor) return null;
      return multiplier * factor + rest;
    }
  }
  // Tens followed by a unit: "tjugofem", "nittionio".
  for (const [tens, value] of Object.entries(SWEDISH).filter(([, number]) => number >= 20)) {
    if (text.startsWith(tens)) {
      const unit = parseSwedishNumberWord(text.slice(tens.length));
      if (unit !== null && unit >= 1 && unit <= 9) return value + unit;
    }
  }
  return null;
}

/** An English number word or hyphenated pair ("twenty-five") as a number, or null. */
export function parseEnglishNumberWord(word: string): number | null {
  const text = word.toLowerCase();
  if (text in ENGLISH) return ENGLISH[text]!;
  const [tens, unit] = text.split('-');
  if (tens && unit && ENGLISH[tens] !== undefined && ENGLISH[tens]! >= 20 && ENGLISH[unit] !== undefined && ENGLISH[unit]! < 10) return ENGLISH[tens]! + ENGLISH[unit]!;
  return null;
}

/** A number in words found in a text, with the amount word that follows it. */
export interface WordNumber {
  readonly text: string;
  readonly start: number;
  /** The value in the unit named by `unit` ("fem miljoner" → 5 with unit mnkr). */
  readonly value: number;
  readonly decimals: number;
  readonly unit: 'mnkr' | 'tkr' | 'kr' | '%' | 'pp';
}

const AMOUNT_WORDS: readonly (readonly [RegExp, WordNumber['unit'], number])[] = [
  [/^(miljarder|miljard|billions?)( kronor| kr)?\b/i, 'mnkr', 1000],
  [/^(miljoner|miljon|millions?|mnkr|mkr)( kronor| kr)?\b/i, 'mnkr', 1],
  [/^(tusen kronor|thousand kronor|tkr)\b/i, 'tkr', 1],
  [/^(procentenheter|procentenhet|percentage points?)\b/i, 'pp', 1],
  [/^(procent|percent|per cent)\b/i, '%', 1],
  [/^(kronor)\b/i, 'kr', 1],
];

const WORD = /[\p{L}-]+/gu;

/** Every amount written in words in `text`. */
export function findWordNumbers(text: string): WordNumber[] {
  const tokens = [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const value = (word: string) => parseSwedishNumberWord(word) ?? parseEnglishNumberWord(word);
  const found: WordNumber[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index]!;
    let number = value(first.word);
    let last = index;
    let decimals = 0;
    if (number === null && /^(halv|half)$/i.test(first.word)) number = 0.5;
    if (number === null) continue;
    // "två och en halv", "two and a half", "tre komma fem", "en halv".
    const next = (offset: number) => tokens[last + offset]?.word.toLowerCase();
    if ((next(1) === 'och' || next(1) === 'and') && (next(2) === 'en' || next(2) === 'a') && (next(3) === 'halv' || next(3) === 'half')) {
      number += 0.5;
      decimals = 1;
      last += 3;
    } else if (next(1) === 'halv' || next(1) === 'half') {
      if (number !== 1) continue;
      number = 0.5;
      decimals = 1;
      last += 1;
    } else if ((next(1) === 'komma' || next(1) === 'point') && next(2) && value(next(2)!) !== null && value(next(2)!)! < 10) {
      number += value(next(2)!)! / 10;
      decimals = 1;
      last += 2;
    }
    const after = text.slice(tokens[last]!.end).replace(/^\s+/, '');
    const amount = AMOUNT_WORDS.find(([pattern]) => pattern.test(after));
    // "en" and "a" alone are articles, not amounts, unless a scale follows directly.
    if (!amount || ((first.word === 'en' || first.word === 'a') && last === index && amount[1] !== 'mnkr')) continue;
    const unitMatch = amount[0].exec(after)!;
    const end = text.indexOf(unitMatch[0], tokens[last]!.end) + unitMatch[0].length;
    found.push({ text: text.slice(first.start, end), start: first.start, value: number * amount[2], decimals, unit: amount[1] });
    // The amount word ("tusen kronor") is part of this number, not the start of another.
    index = last;
    while (tokens[index + 1] && tokens[index + 1]!.start < end) index += 1;
  }
  return found;
}
