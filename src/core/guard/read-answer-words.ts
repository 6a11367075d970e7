// The words of an answer as the guard reads them, once per answer: folded words with
// their places, where sentences and paragraphs end, the names of lines,
// organisations and breakdowns the answer mentions, and every lexicon phrase found
// (labels, movements that end at a level, last-year words, comparisons, months and
// years). read-number-claims.ts then decides which of them belong to which number.
import { foldText } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';
import type { RoleMeaning } from './lexicon/load-guard-lexicon.js';
import { loadGuardLexicon } from './lexicon/load-guard-lexicon.js';
import { findPhrases } from './lexicon/guard-phrase.js';

/** A word of the answer: [start, end) in the text, folded. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

export type MentionKind = 'item' | 'organisation' | 'breakdown';

/** A name the answer mentions, over words [first, last]. */
export interface Mention {
  readonly kind: MentionKind;
  readonly name: string;
  readonly first: number;
  readonly last: number;
}

/** A phrase found, over words [first, last], with what it means. */
export interface Hit<T> {
  readonly first: number;
  readonly last: number;
  readonly meaning: T;
}

/** The names the answer may mention: those of the figures it was checked against. */
export interface KnownNames {
  readonly items: readonly string[];
  readonly organisations: readonly string[];
  readonly breakdowns: readonly string[];
}

export interface AnswerWords {
  readonly text: string;
  readonly words: readonly Word[];
  /** Positions where a sentence ends (the end character's index), ascending. */
  readonly sentenceEnds: readonly number[];
  /** Positions where a paragraph ends, ascending. */
  readonly paragraphEnds: readonly number[];
  /** The [start, end) of each line that is an item of a list ("1. …", "- …"): its names are its own, not the next item's. */
  readonly listItems: readonly (readonly [number, number])[];
  readonly mentions: readonly Mention[];
  readonly labels: readonly Hit<RoleMeaning>[];
  readonly afterLabels: readonly Hit<RoleMeaning>[];
  readonly priorYear: readonly Hit<null>[];
  readonly comparisons: readonly Hit<null>[];
  /** Month (1–12) and year mentions by word index. */
  readonly months: ReadonlyMap<number, number>;
  readonly years: ReadonlyMap<number, number>;
}

const WORD = /[\p{L}\p{N}]+/gu;

// Answers and names repeat the same few thousand words; folding each once is most of the reading's time otherwise.
const foldedWords = new Map<string, string>();
function fold(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldText(word);
    if (foldedWords.size > 50_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}
// A sentence ends at . ! ? before a capital (or the end), and at every line break.
const SENTENCE_END = /[.!?](?=\s+["”(]?\p{Lu})|[.!?](?=\s*$)|\n/gu;
const PARAGRAPH_END = /\n[ \t]*\n/g;
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t].*$/gmu;
const PERIOD_CODE = /(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])/g;

function toHits<T>(found: readonly { start: number; end: number; meaning: T }[]): Hit<T>[] {
  return found.map((hit) => ({ first: hit.start, last: hit.end - 1, meaning: hit.meaning }));
}

// A name's words, folded; the last may be inflected in the text ("personalkostnaderna",
// "Kommunstyrelsens"), the others are written as in the name or inflected alike.
// A two-letter name ("El", "VA", "IT") is found only where it is written as the name writes it, in
// its own capitals: "el" in lower case is also chat's "eller", and such names must not go unread,
// or the figure after one would be taken for the line named before it.
function findMentions(names: readonly string[], kind: MentionKind, words: readonly Word[], skip: ReadonlySet<string>, text: string): Mention[] {
  const found: Mention[] = [];
  for (const name of new Set(names)) {
    const parts = (fold(name).match(WORD) ?? []).filter((part) => part !== '');
    if (parts.length === 1 && parts[0]!.length === 2 && !skip.has(parts[0]!) && /^\p{Lu}/u.test(name.trim())) {
      words.forEach((word, index) => {
        if (text.slice(word.start, word.end) === name.trim()) found.push({ kind, name, first: index, last: index });
      });
      continue;
    }
    if (parts.length === 0 || (parts.length === 1 && (parts[0]!.length < 3 || skip.has(parts[0]!)))) continue;
    const stems = parts.map((part) => swedishStem(part));
    for (let start = 0; start + parts.length <= words.length; start += 1) {
      const fits = parts.every((part, index) => {
        const word = words[start + index]!.folded;
        if (word === part) return true;
        if (/\d/.test(part) || part.length < 4) return false;
        return word.startsWith(stems[index]!) && word.length - stems[index]!.length <= 6;
      });
      if (fits) found.push({ kind, name, first: start, last: start + parts.length - 1 });
    }
  }
  return found;
}

// Longest names first; a shorter name inside a longer one is part of it ("Verksamhetens
// kostnader" is not also "kostnader"). Names of different kinds over the same words both stay.
function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const mention of [...mentions].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first)) {
    const inside = kept.some((other) => other.first <= mention.last && mention.first <= other.last && !(other.first === mention.first && other.last === mention.last));
    if (!inside) kept.push(mention);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/** Reads `text` once; `masked` spans (quoted notes) are not read. */
export function readAnswerWords(text: string, names: KnownNames, masked: readonly string[] = []): AnswerWords {
  const lexicon = loadGuardLexicon();
  let readable = text;
  for (const span of masked.filter((value) => value.length > 0)) readable = readable.split(span).join(' '.repeat(span.length));
  const words: Word[] = [...readable.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, folded: fold(match[0]) }));
  const folded = words.map((word) => word.folded);
  const mentions = withoutOverlaps([
    ...findMentions(names.items, 'item', words, new Set(), readable),
    ...findMentions(names.organisations, 'organisation', words, new Set(), readable),
    ...findMentions(names.breakdowns, 'breakdown', words, lexicon.notNames, readable),
  ]);
  const named = new Set(mentions.flatMap((mention) => Array.from({ length: mention.last - mention.first + 1 }, (_, index) => mention.first + index)));
  // A label inside a name is part of the name; a movement that ends at a level ("ökade till") names no change.
  const neutral = toHits(findPhrases(lexicon.neutral, folded));
  const free = <T>(hits: readonly Hit<T>[]) => hits.filter((hit) => !Array.from({ length: hit.last - hit.first + 1 }, (_, index) => hit.first + index).some((index) => named.has(index)));
  const labels = free(toHits(findPhrases(lexicon.roles, folded))).filter((hit) => !neutral.some((movement) => movement.first <= hit.last && hit.first <= movement.last));
  const months = new Map<number, number>();
  const years = new Map<number, number>();
  // "(gjord i augusti 2024)": when a forecast was made, not which report it belongs to.
  const dated = new Set(toHits(findPhrases(lexicon.madeIn, folded)).flatMap((hit) => [hit.last + 1, hit.last + 2, hit.last + 3]));
  folded.forEach((word, index) => {
    if (named.has(index) || dated.has(index)) return;
    if (/^(?:19|20)\d\d$/.test(word)) years.set(index, Number(word));
    const month = lexicon.months.get(word);
    // A month word is a month before a year or after a preposition ("per maj", "in May", "augusti 2024"), not "may" the verb.
    if (month !== undefined && (/^(?:19|20)\d\d$/.test(folded[index + 1] ?? '') || lexicon.monthPrepositions.has(folded[index - 1] ?? '') || lexicon.months.has(folded[index - 1] ?? ''))) months.set(index, month);
  });
  for (const match of readable.matchAll(PERIOD_CODE)) {
    const index = words.findIndex((word) => word.start === match.index);
    if (index >= 0 && !named.has(index) && !dated.has(index)) {
      years.set(index, Number(match[1]));
      months.set(index, Number(match[2]));
    }
  }
  return {
    text,
    words,
    sentenceEnds: [...readable.matchAll(SENTENCE_END)].map((match) => match.index),
    paragraphEnds: [...readable.matchAll(PARAGRAPH_END)].map((match) => match.index),
    listItems: [...readable.matchAll(LIST_ITEM)].map((match) => [match.index, match.index + match[0].length] as const),
    mentions,
    labels,
    afterLabels: free(toHits(findPhrases(lexicon.after, folded))),
    priorYear: free(toHits(findPhrases(lexicon.priorYear, folded))),
    comparisons: toHits(findPhrases(lexicon.comparisons, folded)),
    months,
    years,
  };
}
