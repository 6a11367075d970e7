// "Resultatet" where a unit reports its result in parts that each say which ("Resultat förvaltning",
// "Resultat utveckling"): no line is the result itself, and the word names the parts alike. Where
// one line is the word alone ("Nettokostnad" beside "Nettokostnad före regionbidrag"), that one is meant.
import type { LineItemRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';

/** Whether `lines` (two or more of one kind) all write a shared word with a qualifier of their own, none the shared words alone. */
export function isResultInParts(lines: readonly LineItemRecord[]): boolean {
  if (lines.length < 2 || lines.some((line) => line.kind !== lines[0]!.kind)) return false;
  const named = lines.map((line) => foldedWords(line.name));
  const shared = named[0]!.filter((word) => named.every((words) => words.includes(word)));
  return shared.length > 0 && named.every((words) => words.some((word) => !shared.includes(word)));
}
