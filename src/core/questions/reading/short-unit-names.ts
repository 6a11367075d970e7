// "hr:s budgetavvikelse?", "hur går det för hr?": a short abbreviation in a unit's name ("HR" in
// "Gemensamma tjänster – HR") is a word many trees use for their own unit of that kind, so it names
// no organisation by itself across the store. Inside the asker's own tree, where one unit alone has
// it, it names that unit however it is written (lower case, genitive).
import type { OrganisationRecord } from '../../figures/records.js';
import { foldText, foldedWords } from '../../language/fold-text.js';
import type { OrganisationMention } from '../find-organisation-mention.js';
import type { Lexicon } from '../lexicon/load-lexicon.js';
import { isQuestionStopword } from './question-stopwords.js';
import type { Token } from './tokenize-question.js';

/** Abbreviations of two or three capitals in a name or alias, folded ("HR", "VA"). */
function abbreviationsOf(organisation: OrganisationRecord): Set<string> {
  const written = [organisation.name, ...organisation.aliases].flatMap((name) => name.split(/[^\p{L}\p{N}]+/u));
  return new Set(written.filter((word) => /^\p{Lu}{2,3}$/u.test(word)).map(foldText));
}

/**
 * Mentions of the asker's sub-units by an abbreviation in the name that only one of them has. Where
 * one of the asker's own lines has the word too ("HR-tjänster"), the word may mean either: it is left
 * to the question back between the unit and the line.
 */
export function mentionsByOwnShortNames(tokens: readonly Token[], taken: readonly OrganisationMention[], home: OrganisationRecord, organisations: readonly OrganisationRecord[], homeLines: readonly { readonly name: string }[], lexicon: Lexicon): OrganisationMention[] {
  // "hr", "hrs" ("HR:s" is read as "hr" and "s"): short words only, and no function word ("va", "it").
  const short = tokens.map((token, index) => ({ index, word: token.word.length === 4 && token.word.endsWith('s') ? token.word.slice(0, 3) : token.word })).filter(({ index, word }) => word.length >= 2 && word.length <= 3 && !isQuestionStopword(word, lexicon) && (tokens[index]!.word !== 'it' || tokens[index]!.capitals) && !taken.some((mention) => mention.start <= index && index < mention.end));
  if (short.length === 0) return [];
  const below = new Map<number, OrganisationRecord[]>();
  for (const organisation of organisations) if (organisation.parentId !== null) below.set(organisation.parentId, [...(below.get(organisation.parentId) ?? []), organisation]);
  const units: OrganisationRecord[] = [];
  for (let queue = [...(below.get(home.id) ?? [])]; queue.length > 0; ) {
    const unit = queue.pop()!;
    units.push(unit);
    queue.push(...(below.get(unit.id) ?? []));
  }
  const lineWords = new Set(homeLines.flatMap((line) => foldedWords(line.name)));
  const mentions: OrganisationMention[] = [];
  for (const { index, word } of short) {
    if (lineWords.has(word)) continue;
    const having = units.filter((unit) => abbreviationsOf(unit).has(word));
    if (having.length === 1) mentions.push({ organisation: having[0]!, score: 2, start: index, end: index + 1 });
  }
  return mentions;
}
