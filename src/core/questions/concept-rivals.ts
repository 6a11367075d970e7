// A line named by a word that is also an everyday word of a concept ("utvecklingen": Resultat
// utveckling has the word, Utvecklingskostnader is what the concept "development" names as
// well) is not named more than the concept's other lines: the word is the concept's, and every
// line the concept names is what the asker may mean. A question that says more of the line
// ("utvecklingsresultatet") matches words beyond the concept's and names it alone, and so does
// a question that says the whole of a line's name ("kommunbidraget", "lokalhyrorna").
import { foldText } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';
import { nameStems, type LineItemMatch } from './find-line-item.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { findConcepts, isConceptWord } from './reading/find-concepts.js';

// A concept's line is a rival only when it matched about as a concept's line does (0.9 and up).
const MIN_RIVAL_SCORE = 0.9;

/** The other lines a specific concept of the question names beside `best`, when `best` matched by that concept's words only. */
export function conceptRivals(best: LineItemMatch, matches: readonly LineItemMatch[], conceptWords: readonly string[]): LineItemMatch[] {
  const lexicon = loadLexicon();
  if (best.matchedWords.length === 0 || best.matchedWords.length >= nameStems(best.item.name).length) return [];
  const named = new Set(findConcepts(conceptWords, lexicon));
  for (const concept of lexicon.concepts) {
    if (!named.has(concept.name) || concept.generic || concept.totalKinds.length > 0 || !concept.isLineName(foldText(best.item.name))) continue;
    const own = { ...lexicon, concepts: [concept] };
    const stems = new Set(conceptWords.filter((word) => isConceptWord(word, own)).map(swedishStem));
    if (!best.matchedWords.every((stem) => stems.has(stem))) continue;
    // A line more of the question's concepts name ("leased IT kit": rent, leasing and IT) keeps its lead.
    const rivals = matches.filter((match) => match !== best && match.score >= MIN_RIVAL_SCORE && match.matched >= best.matched && match.item.kind !== 'kpi' && concept.isLineName(foldText(match.item.name)));
    if (rivals.length > 0) return rivals;
  }
  return [];
}
