// "Nybyggnad vårdbyggnad Kvarnbacka (Hus 12)": a report writes a project's or a line's short name in
// brackets after its long one, and people use the short name ("hur går hus 12?", "hus12 prognos").
// A bracketed part written as a name (with a number or an abbreviation in capitals: "Hus 12", "RIB")
// is a name of the line of its own, said with or without its spaces; a bracketed word that only
// qualifies the name ("(tusental)", "(månadsarbetare)") is left to the usual matching.
import type { LineItemRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';
import type { Token } from './reading/tokenize-question.js';

// Shorter joined names ("k2") are too easily part of something else.
const SHORTEST = 3;

/** The bracketed short name of a line, folded and joined ("hus12"); undefined when it has none written as a name. */
function shortNameOf(name: string): string | undefined {
  const bracketed = /\(([^()]+)\)/u.exec(name)?.[1];
  if (!bracketed || !/\p{L}/u.test(bracketed) || !(/\d/u.test(bracketed) || /(^|[^\p{L}])\p{Lu}{2,}([^\p{L}]|$)/u.test(bracketed))) return undefined;
  const joined = foldedWords(bracketed).join('');
  return joined.length >= SHORTEST ? joined : undefined;
}

/** Whether consecutive tokens, joined, are exactly `joined`. */
function writes(tokens: readonly Token[], joined: string): boolean {
  for (let start = 0; start < tokens.length; start += 1) {
    let text = '';
    for (let end = start; end < tokens.length && joined.startsWith(text + tokens[end]!.word); end += 1) {
      text += tokens[end]!.word;
      if (text === joined) return true;
    }
  }
  return false;
}

/** The one line whose bracketed short name the question writes; undefined when none or several. */
export function lineByBracketedName(tokens: readonly Token[], items: readonly LineItemRecord[]): LineItemRecord | undefined {
  const named = items.filter((item) => {
    const short = shortNameOf(item.name);
    return short !== undefined && writes(tokens, short);
  });
  return named.length === 1 ? named[0] : undefined;
}
