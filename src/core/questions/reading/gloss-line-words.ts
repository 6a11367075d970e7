// The lexicons' glossary applied to a question's words: a phrase users write for
// something the report calls by other words ("residential land", "the service
// catalogue", "the staff office") stands for the words the report uses ("bostadsmark",
// "tjänstekatalog", "stab"). Longest phrases first, no word glossed twice.
import type { Lexicon } from '../lexicon/load-lexicon.js';
import type { QuestionToken } from '../lexicon/phrase-pattern.js';
import type { Token } from './tokenize-question.js';

/** The glossed reading of a question's line words. */
export interface LineWordGloss {
  /** The words a position stands for: a phrase's first word carries the phrase's gloss, its other words none, an unglossed word itself. */
  wordsAt(position: number): readonly string[];
  /** Positions a gloss covers (their words are carried by the gloss at the phrase's first position). */
  readonly covered: ReadonlySet<number>;
  /** Positions an English gloss replaced: their words name a line by the gloss, not a concept by their own letters. */
  readonly replaced: ReadonlySet<number>;
}

/** The glossary's phrases found at `positions`, longest first, none overlapping: first position → gloss, and every position covered. */
function glossesAt(tokens: readonly QuestionToken[], positions: readonly number[], lexicon: Lexicon, translationsOnly = false, namesOwnLine: (word: string) => boolean = () => false): { glossAt: Map<number, readonly string[]>; covered: Set<number>; replaced: Set<number> } {
  const open = new Set(positions);
  // A longer phrase of a concept ("building projects") is that concept, not a gloss of one of its words ("building").
  const conceptSpans = lexicon.concepts.flatMap((concept) => concept.phrases.find(tokens));
  const insideConcept = (start: number, end: number) => conceptSpans.some((span) => span.start <= start && end <= span.end && span.end - span.start > end - start);
  const candidates: { start: number; end: number; words: readonly string[]; replaces: boolean }[] = [];
  for (const entry of lexicon.glossary) {
    if (translationsOnly && entry.keepsWritten) continue;
    for (const match of entry.phrases.find(tokens)) {
      let inside = true;
      for (let index = match.start; index < match.end; index += 1) if (!open.has(index)) inside = false;
      if (!inside || match.end <= match.start || insideConcept(match.start, match.end)) continue;
      // A Swedish word written as the asker's lines write it names them by itself.
      if (entry.keepsWritten && match.end - match.start === 1 && namesOwnLine(tokens[match.start]!.word)) continue;
      const written = entry.keepsWritten ? tokens.slice(match.start, match.end).map((token) => token.word) : [];
      candidates.push({ start: match.start, end: match.end, words: [...new Set([...written, ...entry.words])], replaces: !entry.keepsWritten });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const glossAt = new Map<number, readonly string[]>();
  const covered = new Set<number>();
  const replaced = new Set<number>();
  for (const candidate of candidates) {
    let free = true;
    for (let index = candidate.start; index < candidate.end; index += 1) if (covered.has(index)) free = false;
    if (!free) continue;
    for (let index = candidate.start; index < candidate.end; index += 1) {
      covered.add(index);
      if (candidate.replaces) replaced.add(index);
    }
    glossAt.set(candidate.start, candidate.words);
  }
  return { glossAt, covered, replaced };
}

/** Applies the glossary to the words at `positions` (the words left to name a line). */
export function glossLineWords(tokens: readonly QuestionToken[], positions: readonly number[], lexicon: Lexicon, namesOwnLine?: (word: string) => boolean): LineWordGloss {
  const { glossAt, covered, replaced } = glossesAt(tokens, positions, lexicon, false, namesOwnLine);
  return { wordsAt: (position) => glossAt.get(position) ?? (covered.has(position) ? [] : [tokens[position]!.word]), covered, replaced };
}

/**
 * The question as the report would word it ("the elderly care committee" → "äldreomsorg omsorg
 * committee"), for finding organisations named in other words; `origin` gives each token's
 * position in the question. Null when the glossary changes nothing. Only translations count: a
 * Swedish gloss gives the words of lines ("köpt trafik" → "trafikentreprenader", "sociala avgifter"),
 * and a Swedish organisation is named in its own words already.
 */
export function glossTokens(tokens: readonly Token[], lexicon: Lexicon): { tokens: Token[]; origin: { start: number; end: number }[] } | null {
  const { glossAt, covered } = glossesAt(tokens, tokens.map((_, index) => index), lexicon, true);
  if (covered.size === 0) return null;
  const glossed: Token[] = [];
  const origin: { start: number; end: number }[] = [];
  tokens.forEach((token, index) => {
    const words = glossAt.get(index);
    if (words) {
      // Every word of a gloss stands for the whole phrase it replaced.
      let end = index + 1;
      while (end < tokens.length && covered.has(end) && !glossAt.has(end)) end += 1;
      for (const word of words) {
        glossed.push({ ...token, word, original: word, capitals: false, hyphenNext: false });
        origin.push({ start: index, end });
      }
    } else if (!covered.has(index)) {
      glossed.push(token);
      origin.push({ start: index, end: index + 1 });
    }
  });
  return { tokens: glossed, origin };
}
