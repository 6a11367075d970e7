// "Bemanningsgraden deltid?" asked at a federation whose own lines have "Personalkostnader heltid"
// (found through a near spelling and a shared concept) while a station reports the KPI "Bemanningsgrad
// deltid": the question writes every word of the station's line and not the home line's own words, so
// the station's line is the one meant, shown as that unit's, never the home line that only resembles it.
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { swedishStem } from '../language/swedish-stem.js';
import { foldedWords } from '../language/fold-text.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';

// One word in common is how lines resemble each other; a name of two words or more written in full says which.
const MIN_NAME_WORDS = 2;

const nameStems = (line: LineItemRecord) => foldedWords(line.name).filter((word) => word.length >= 2 && !/^\d+$/.test(word)).map(swedishStem);

/** The one sub-unit line whose every name word the question says where the home line's are not all said, or null. */
export function subUnitLineSaidInFull(context: AnswerContext, homeLine: LineItemRecord): { organisation: OrganisationRecord; item: LineItemRecord } | null {
  const said = new Set(context.reading.contentWords.map(swedishStem));
  if (said.size < MIN_NAME_WORDS) return null;
  const saysAll = (line: LineItemRecord) => {
    const stems = nameStems(line);
    return stems.length >= MIN_NAME_WORDS && stems.every((stem) => said.has(stem));
  };
  if (saysAll(homeLine)) return null;
  // A line whose every word is said has its first word's stem among the said ones, so only units the
  // catalogue's index finds by those stems can hold one; a large tree is not walked line by line.
  const plausible = context.catalogue.organisationsWithLinesFor(context.reading.contentWords, []);
  const found: { organisation: OrganisationRecord; item: LineItemRecord }[] = [];
  for (const unit of descendantsOf(context.organisation, context.organisations)) {
    if (!plausible.has(unit.id) || (context.visible !== undefined && !context.visible.has(unit.id))) continue;
    for (const item of context.catalogue.itemsOf(unit.id)) if (saysAll(item)) found.push({ organisation: unit, item });
  }
  return found.length === 1 ? found[0]! : null;
}
