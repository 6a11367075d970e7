// "Hemtjänsttimmarna" asked at a parent whose own lines have only the compound's first part
// ("Välfärdsteknik hemtjänst", a project) while a sub-unit reports a line with the whole word
// ("Beviljade hemtjänsttimmar" of Hemtjänst): the compound says what of the first part is asked,
// so the sub-unit's line is the one meant, not the parent's line that shares a part of the word.
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { swedishStem } from '../language/swedish-stem.js';
import { foldedWords } from '../language/fold-text.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';

// Only long words are compounds worth reading this way ("hemtjänst|timmar").
const COMPOUND_FROM = 9;

/** The question's compounds the line has only the first part of, as stems. */
function compoundsNamedInPart(words: readonly string[], line: LineItemRecord): string[] {
  const nameStems = foldedWords(line.name).map(swedishStem);
  return words
    .filter((word) => word.length >= COMPOUND_FROM)
    .map(swedishStem)
    .filter((stem) => !nameStems.some((nameStem) => nameStem === stem || nameStem.endsWith(stem) || stem.endsWith(nameStem)) && nameStems.some((nameStem) => nameStem.length >= 4 && stem.startsWith(nameStem)));
}

/** The one sub-unit line that has the whole compound the home line has only in part, or null. */
export function wholeCompoundInSubUnit(context: AnswerContext, homeLine: LineItemRecord): { organisation: OrganisationRecord; item: LineItemRecord } | null {
  const compounds = compoundsNamedInPart(context.reading.contentWords, homeLine);
  if (compounds.length === 0) return null;
  const found: { organisation: OrganisationRecord; item: LineItemRecord }[] = [];
  for (const unit of descendantsOf(context.organisation, context.organisations)) {
    if (context.visible !== undefined && !context.visible.has(unit.id)) continue;
    for (const item of context.catalogue.itemsOf(unit.id)) {
      if (foldedWords(item.name).map(swedishStem).some((stem) => compounds.includes(stem))) found.push({ organisation: unit, item });
    }
  }
  return found.length === 1 ? found[0]! : null;
}
