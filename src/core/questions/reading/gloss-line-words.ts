// The lexicons' glossary applied to the words left to name a line: a phrase users
// write for something the report calls by other words ("residential land", "the
// service catalogue") stands for the words the report's lines use ("bostadsmark",
// "tjänstekatalog"). Longest phrases first, no word glossed twice.
import type { Lexicon } from '../lexicon/load-lexicon.js';
import type { QuestionToken } from '../lexicon/phrase-pattern.js';

/** The glossed reading of a question's line words. */
export interface LineWordGloss {
  /** The words a position stands for: a phrase's first word carries the phrase's gloss, its other words none, an unglossed word itself. */
  wordsAt(position: number): readonly string[];
  /** Positions a gloss replaced: their words name a line by the gloss, not a concept by their own letters. */
  readonly covered: ReadonlySet<number>;
}

/** Applies the glossary to the words at `positions` (the words left to name a line). */
export function glossLineWords(tokens: readonly QuestionToken[], positions: readonly number[], lexicon: Lexicon): LineWordGloss {
  const open = new Set(positions);
  const candidates: { start: number; end: number; words: readonly string[] }[] = [];
  for (const entry of lexicon.glossary) {
    for (const match of entry.phrases.find(tokens)) {
      let inside = true;
      for (let index = match.start; index < match.end; index += 1) if (!open.has(index)) inside = false;
      if (inside && match.end > match.start) candidates.push({ start: match.start, end: match.end, words: entry.words });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const glossAt = new Map<number, readonly string[]>();
  const covered = new Set<number>();
  for (const candidate of candidates) {
    let free = true;
    for (let index = candidate.start; index < candidate.end; index += 1) if (covered.has(index)) free = false;
    if (!free) continue;
    for (let index = candidate.start; index < candidate.end; index += 1) covered.add(index);
    glossAt.set(candidate.start, candidate.words);
  }
  return { wordsAt: (position) => glossAt.get(position) ?? (covered.has(position) ? [] : [tokens[position]!.word]), covered };
}
