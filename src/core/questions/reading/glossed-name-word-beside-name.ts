// "Torvby health centre", "the health centre in Torvby": an English phrase the glossary turns into a
// word of the named organisation's own name ("vårdcentral" of Vårdcentral Torvby) says what the named
// one is, as "vårdcentralen i Torvby" would in Swedish; it names no line (the KPI "Andel hyrläkare
// Vårdcentral Torvby" writes the same word).
import type { Lexicon } from '../lexicon/load-lexicon.js';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.js';
import type { OrganisationMention } from '../find-organisation-mention.js';
import { swedishStem } from '../../language/swedish-stem.js';
import type { Token } from './tokenize-question.js';

/** Positions of glossed phrases beside a mention (or one place word away) that gloss to a word of that organisation's names. */
export function glossedNameWordsBesideNames(tokens: readonly Token[], mentions: readonly OrganisationMention[], lexicon: Lexicon, catalogue: QuestionCatalogue): ReadonlySet<number> {
  const positions = new Set<number>();
  if (mentions.length === 0) return positions;
  const placeWordAt = new Set(lexicon.placeLeads.find(tokens).filter((match) => match.end - match.start === 1).map((match) => match.start));
  for (const entry of lexicon.glossary) {
    for (const match of entry.phrases.find(tokens)) {
      const beside = mentions.filter(
        (mention) => mention.end === match.start || match.end === mention.start || (match.end + 1 === mention.start && placeWordAt.has(match.end)),
      );
      const glossStems = entry.words.map(swedishStem);
      const namesIt = beside.some((mention) => catalogue.nameStems(mention.organisation.id).some((stems) => glossStems.some((stem) => stems.includes(stem))));
      if (namesIt) for (let index = match.start; index < match.end; index += 1) positions.add(index);
    }
  }
  return positions;
}
