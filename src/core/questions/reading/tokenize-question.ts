// A question's words as the reader sees them: folded (lower case, no diacritics),
// with what folding loses and the reading still needs: whether a word was written
// in capitals ("IT", not the pronoun "it"), whether it is joined by a hyphen to the
// next ("IT-kostnaderna"), and where sentences start.
import { cleanText, foldText } from '../../language/fold-text.js';
import type { QuestionToken } from '../lexicon/phrase-pattern.js';

export interface Token extends QuestionToken {
  /** The word as written. */
  readonly original: string;
  /** Written in capitals, two letters or more ("IT", "KLK", "HoS" is not). */
  readonly capitals: boolean;
  /** Joined to the next word by a hyphen ("it" in "IT-kostnaderna"). */
  readonly hyphenNext: boolean;
  /** Followed by a colon ("expl: …"): a label heading what is said after it. */
  readonly colonNext?: boolean;
}

/** Words whose "'s" is "is" or "has" ("what's", "there's"), as the lexicons write them: "whats". */
const CONTRACTED = new Set(['what', 'that', 'there', 'where', 'how', 'who', 'here', 'let', 'she']);

/** The tokens of a question; "%" is a word of its own. */
export function tokenizeQuestion(question: string): Token[] {
  const text = cleanText(question);
  const tokens: Token[] = [];
  // An English contraction is one word without its apostrophe ("what's" → "whats", "don't" → "dont"),
  // as the lexicons write them; split, its "s" or "t" would be a word of its own.
  const pattern = /[\p{L}\p{N}]+(?:['’ʼ]\p{L}{1,2}(?!\p{L}))?|%/gu;
  let sentenceStart = true;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const between = text.slice(last, match.index);
    if (tokens.length > 0 && /[.!?]\s/.test(`${between} `) && /[.!?]/.test(between)) sentenceStart = true;
    // The apostrophe of a contraction or an abbreviation's genitive goes ("LD's" is LDs); an
    // English genitive of a word loses its "'s" ("the region's result" is about the region).
    const genitive = /^(\p{L}{3,})['’ʼ]s$/u.exec(match[0]);
    const original = genitive && !/^\p{Lu}+$/u.test(genitive[1]!) && !CONTRACTED.has(genitive[1]!.toLowerCase()) ? genitive[1]! : match[0].replace(/['’ʼ]/gu, '');
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    const word = foldText(original);
    tokens.push({ word, original, sentenceStart, capitals: original.length >= 2 && /^\p{Lu}+$/u.test(original), hyphenNext: /^[-‐–][\p{L}\p{N}]/u.test(after), ...(/^\s?:/u.test(after) ? { colonNext: true } : {}) });
    sentenceStart = false;
    last = match.index + match[0].length;
  }
  return tokens;
}
