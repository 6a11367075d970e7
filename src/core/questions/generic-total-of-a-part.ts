// "Hur ser det ut med kostnaderna?" asked at an office whose own lines have no cost total while one of
// its several programmes reports a line called just "Kostnader": the everyday word for a total means
// the asker's total, and one part's total is not it, however it is labelled. The answer says where the
// line is (and that the asker has none of its own) instead of giving the part's figure for the word.
// (A part that is all the asker reports, a board's one administration, is still answered for it.)
import type { OrganisationRecord } from '../figures/records.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';

/** Whether `owner`, a sub-unit, was reached only through a generic total's word while other sub-units report too. */
export function isGenericTotalOfAPart(context: AnswerContext, owner: OrganisationRecord): boolean {
  const { reading, catalogue } = context;
  if (reading.contentWords.length > 0 || reading.concepts.length === 0) return false;
  const concepts = loadLexicon().concepts;
  if (!reading.concepts.every((name) => concepts.find((concept) => concept.name === name)?.generic === true)) return false;
  const reporting = descendantsOf(context.organisation, context.organisations).filter((unit) => catalogue.periodsOf(unit.id).length > 0);
  return reporting.length > 1 && reporting.some((unit) => unit.id === owner.id);
}
