// The words of a question that are names from the catalogue: an organisation's name or
// abbreviation, and the words of the lines it reports. A name is written as the report
// writes it whatever the asker's language ("Möbler och utrustning forecast?", "IT-tjänster
// ytd vs bdgt"), so these words say nothing of the language to answer in.
import { swedishStem } from '../../language/swedish-stem.js';
import type { Lexicon } from '../lexicon/load-lexicon.js';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.js';
import type { OrganisationMention } from '../find-organisation-mention.js';
import type { Token } from './tokenize-question.js';

// A stem this short is too common a beginning to say a word is a line's.
const MIN_STEM = 4;

/** Where a question's words are names: of an organisation, and of a line. */
export interface NamePositions {
  readonly organisations: ReadonlySet<number>;
  readonly lines: ReadonlySet<number>;
}

/**
 * Positions of `tokens` that name an organisation (the mentions), and those that spell a whole line
 * name of two words or more or are a line's word and no marker of either language ("möbler",
 * "tjänster"; "och" counts unless the whole name is written). A line's word joined by a hyphen to
 * the next ("it-utrustn") is a compound's first part, never the English pronoun.
 */
export function namePositions(tokens: readonly Token[], mentions: readonly OrganisationMention[], organisationIds: readonly number[], catalogue: QuestionCatalogue, lexicon: Lexicon): NamePositions {
  const organisations = new Set(mentions.flatMap((mention) => Array.from({ length: mention.end - mention.start }, (_, offset) => mention.start + offset)));
  const positions = new Set<number>();
  const names = [...new Set(organisationIds)].flatMap((id) => catalogue.lineNameWords(id));
  const words = tokens.map((token) => token.word);
  for (const name of names) {
    if (name.length < 2) continue;
    for (let start = 0; start + name.length <= words.length; start += 1) {
      if (name.every((word, offset) => words[start + offset] === word)) name.forEach((_, offset) => positions.add(start + offset));
    }
  }
  const lineWords = new Set(names.flat());
  const lineStems = new Set([...lineWords].map(swedishStem).filter((stem) => stem.length >= MIN_STEM));
  const isLineWord = (word: string) => lineWords.has(word) || lineStems.has(swedishStem(word));
  const isMarker = (word: string) => lexicon.markers.sv.has(word) || lexicon.markers.en.has(word);
  tokens.forEach((token, position) => {
    if (isLineWord(token.word) && (token.hyphenNext || !isMarker(token.word))) positions.add(position);
  });
  return { organisations, lines: new Set([...positions].filter((position) => !organisations.has(position))) };
}
