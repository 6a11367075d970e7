// The guard lexicon's small phrase language, matched on folded words: "a|b" either
// word, "word*" any word that begins so, "?word" an optional word.
import { foldText } from '../../language/fold-text.js';

interface Alternative {
  readonly text: string;
  readonly prefix: boolean;
}

interface Step {
  readonly alternatives: readonly Alternative[];
  readonly optional: boolean;
}

/** A compiled phrase. */
export interface GuardPhrase {
  readonly source: string;
  readonly steps: readonly Step[];
}

/** A phrase found among words: words [start, end). */
export interface PhraseHit {
  readonly start: number;
  readonly end: number;
}

/** Compiles `source`; apostrophes and hyphens split words as they do in the text ("year's" is "year s"). */
export function compileGuardPhrase(source: string): GuardPhrase {
  const steps = source
    .replace(/['’\-–]/g, ' ')
    .trim()
    .split(/\s+/)
    .map((token) => {
      const optional = token.startsWith('?');
      const alternatives = token
        .replace(/^\?/, '')
        .split('|')
        .filter((alternative) => alternative !== '')
        .map((alternative) => ({ text: foldText(alternative.replace(/\*$/, '')), prefix: alternative.endsWith('*') }));
      return { alternatives, optional };
    });
  return { source, steps };
}

function fits(step: Step, word: string): boolean {
  return step.alternatives.some((alternative) => (alternative.prefix ? word.startsWith(alternative.text) : word === alternative.text));
}

/** Every end (exclusive) at which `phrase` matches the folded `words` from `start`. */
export function phraseEnds(phrase: GuardPhrase, words: readonly string[], start: number): number[] {
  let positions = new Set([start]);
  for (const step of phrase.steps) {
    const next = new Set<number>();
    for (const position of positions) {
      if (step.optional) next.add(position);
      if (position < words.length && fits(step, words[position]!)) next.add(position + 1);
    }
    positions = next;
    if (positions.size === 0) return [];
  }
  return [...positions].filter((end) => end > start);
}

interface PhraseIndex<T> {
  /** Entries whose first word is exactly this folded word. */
  readonly exact: ReadonlyMap<string, readonly { readonly phrase: GuardPhrase; readonly meaning: T }[]>;
  /** Entries whose first word begins with a prefix, by the prefix's first two letters. */
  readonly prefixed: ReadonlyMap<string, readonly { readonly prefix: string; readonly phrase: GuardPhrase; readonly meaning: T }[]>;
  /** Entries whose first word is optional: tried everywhere. */
  readonly anywhere: readonly { readonly phrase: GuardPhrase; readonly meaning: T }[];
}

// Lexicons have hundreds of phrases and answers hundreds of words: each list is indexed by its first word once.
const indexes = new WeakMap<readonly unknown[], PhraseIndex<unknown>>();

function indexOf<T>(entries: readonly { readonly phrase: GuardPhrase; readonly meaning: T }[]): PhraseIndex<T> {
  const known = indexes.get(entries);
  if (known) return known as PhraseIndex<T>;
  const exact = new Map<string, { phrase: GuardPhrase; meaning: T }[]>();
  const prefixed = new Map<string, { prefix: string; phrase: GuardPhrase; meaning: T }[]>();
  const anywhere: { phrase: GuardPhrase; meaning: T }[] = [];
  for (const entry of entries) {
    const first = entry.phrase.steps[0];
    if (!first || first.optional || first.alternatives.some((alternative) => alternative.prefix && alternative.text.length < 2)) {
      anywhere.push(entry);
      continue;
    }
    for (const alternative of first.alternatives) {
      if (alternative.prefix) prefixed.set(alternative.text.slice(0, 2), [...(prefixed.get(alternative.text.slice(0, 2)) ?? []), { prefix: alternative.text, ...entry }]);
      else exact.set(alternative.text, [...(exact.get(alternative.text) ?? []), entry]);
    }
  }
  const index = { exact, prefixed, anywhere };
  indexes.set(entries, index);
  return index;
}

/** Every place among `words` where one of `phrases` matches, with what it stands for; the longest match at each start. */
export function findPhrases<T>(entries: readonly { readonly phrase: GuardPhrase; readonly meaning: T }[], words: readonly string[]): (PhraseHit & { readonly meaning: T })[] {
  const index = indexOf(entries);
  const hits: (PhraseHit & { meaning: T })[] = [];
  for (let start = 0; start < words.length; start += 1) {
    const word = words[start]!;
    const candidates = [...(index.exact.get(word) ?? []), ...(index.prefixed.get(word.slice(0, 2)) ?? []).filter((entry) => word.startsWith(entry.prefix)), ...index.anywhere];
    let best: (PhraseHit & { meaning: T }) | null = null;
    for (const entry of candidates) {
      for (const end of phraseEnds(entry.phrase, words, start)) if (!best || end > best.end) best = { start, end, meaning: entry.meaning };
    }
    if (best) hits.push(best);
  }
  return hits;
}
