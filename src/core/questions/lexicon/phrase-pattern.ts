// The pattern language of lexicon phrases, matched against a question's folded
// words. A phrase is tokens separated by spaces; each token is
//   word      that word            word*   a word beginning so   *word  ending so
//   a|b       either               tok?    optional                _      any one word
//   #year     a year (19xx/20xx)   #month  a month name            #number  any number
//   ^         a sentence starts here
// Writing the vocabulary this way keeps it data: no regular expression over the
// question lives in code, and a new word is a line in a JSON file.
import { foldText } from '../../language/fold-text.js';

/** A word of a question as phrases see it. */
export interface QuestionToken {
  readonly word: string;
  /** The word begins a sentence (first word, or after . ! ?). */
  readonly sentenceStart: boolean;
}

type Atom = { kind: 'word'; test: (word: string) => boolean; exact: readonly string[] | null } | { kind: 'any' } | { kind: 'year' } | { kind: 'month' } | { kind: 'number' } | { kind: 'start' };
interface Step {
  readonly atom: Atom;
  readonly optional: boolean;
}

/** A compiled phrase. */
export interface PhrasePattern {
  readonly source: string;
  readonly steps: readonly Step[];
  /** The words a match can begin with, when the first step is plain words (null: any word may begin one). */
  readonly firstWords: ReadonlySet<string> | null;
}

/** One match of a phrase: the word positions it covers and what #year/#month captured. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
  readonly month: string | null;
}

function wordTest(alternative: string): (word: string) => boolean {
  const starts = alternative.endsWith('*');
  const ends = alternative.startsWith('*');
  const core = alternative.replace(/^\*|\*$/g, '');
  if (starts && ends) return (word) => word.includes(core);
  if (starts) return (word) => word.startsWith(core);
  if (ends) return (word) => word.endsWith(core);
  return (word) => word === core;
}

/** Compiles one phrase. Words are folded (lower case, no diacritics); hyphens and dots split words as in questions. */
export function compilePhrase(source: string): PhrasePattern {
  const steps: Step[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    const optional = raw.length > 1 && raw.endsWith('?');
    const token = optional ? raw.slice(0, -1) : raw;
    if (token === '_') steps.push({ atom: { kind: 'any' }, optional });
    else if (token === '#year') steps.push({ atom: { kind: 'year' }, optional });
    else if (token === '#month') steps.push({ atom: { kind: 'month' }, optional });
    else if (token === '#number') steps.push({ atom: { kind: 'number' }, optional });
    else if (token === '^') steps.push({ atom: { kind: 'start' }, optional: false });
    else if (token === '%') steps.push({ atom: { kind: 'word', test: (word) => word === '%', exact: ['%'] }, optional });
    else {
      // "it-kostnaderna" and "t.o.m" are several words in a question; a token with such marks becomes several steps.
      const parts = foldText(token).split(/[-.:]+/).filter((part) => part !== '');
      const alternativesPerPart = parts.length > 1 && !token.includes('|') ? parts.map((part) => [part]) : [foldText(token).split('|')];
      for (const alternatives of alternativesPerPart) {
        const plain = alternatives.map((alternative) => alternative.replace(/[-.:]/g, ''));
        const tests = plain.map(wordTest);
        const exact = plain.some((alternative) => alternative.includes('*')) ? null : plain;
        steps.push({ atom: { kind: 'word', test: (word) => tests.some((test) => test(word)), exact }, optional });
      }
    }
  }
  const [first] = steps;
  const firstWords = first && !first.optional && first.atom.kind === 'word' && first.atom.exact ? new Set(first.atom.exact) : null;
  return { source, steps, firstWords };
}

/** Every match of `pattern` in `tokens`, left to right, longest at each start. `months` recognises month names. */
export function matchPhrase(pattern: PhrasePattern, tokens: readonly QuestionToken[], months: (word: string) => boolean): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    // Most phrases begin with a plain word: no need to try them where the question has another.
    if (pattern.firstWords && !pattern.firstWords.has(tokens[start]!.word)) continue;
    const found = matchAt(pattern.steps, 0, tokens, start, months, { year: null, month: null });
    if (found) matches.push({ start, end: found.end, year: found.year, month: found.month });
  }
  return matches;
}

function matchAt(steps: readonly Step[], index: number, tokens: readonly QuestionToken[], position: number, months: (word: string) => boolean, captured: { year: number | null; month: string | null }): { end: number; year: number | null; month: string | null } | null {
  if (index === steps.length) return { end: position, ...captured };
  const step = steps[index]!;
  if (step.atom.kind === 'start') return tokens[position]?.sentenceStart ? matchAt(steps, index + 1, tokens, position, months, captured) : null;
  const token = tokens[position];
  let consumed: { year: number | null; month: string | null } | null = null;
  if (token) {
    const { atom } = step;
    if (atom.kind === 'any') consumed = captured;
    else if (atom.kind === 'word' && atom.test(token.word)) consumed = captured;
    else if (atom.kind === 'year' && /^(19|20)\d\d$/.test(token.word)) consumed = { ...captured, year: Number(token.word) };
    else if (atom.kind === 'month' && months(token.word)) consumed = { ...captured, month: token.word };
    else if (atom.kind === 'number' && /^\d+$/.test(token.word)) consumed = captured;
  }
  if (consumed) {
    const longer = matchAt(steps, index + 1, tokens, position + 1, months, consumed);
    if (longer) return longer;
  }
  return step.optional ? matchAt(steps, index + 1, tokens, position, months, captured) : null;
}
