// "Vuxenutbildningens investeringar?" where the unit reports no investments of its own, but its parent
// reports projects whose names write the unit's name ("Ombyggnad lokaler Vuxenutbildningen",
// "Verksamhetssystem vuxenutbildning"): those projects are the unit's investments the asker means.
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';
import type { QuestionCatalogue } from './catalogue/question-catalogue.js';
import { ancestorsOf, rootOf } from './answer-context.js';
import { projectsNamedLikeAUnit } from './projects-named-like-a-unit.js';

/** The nearest ancestor (the asker may see) with projects named by a word of the unit's own name (not its place's), and those projects. */
export function unitProjectsInParent(unit: OrganisationRecord, catalogue: QuestionCatalogue, visible?: ReadonlySet<number>): { organisation: OrganisationRecord; projects: readonly LineItemRecord[] } | null {
  if (catalogue.itemsOf(unit.id).some((line) => line.kind === 'investment')) return null;
  const place = new Set(foldedWords(rootOf(unit, catalogue.organisations).name).map(swedishStem));
  const words = foldedWords(unit.name).filter((word) => !place.has(swedishStem(word)));
  for (const ancestor of ancestorsOf(unit, catalogue.organisations)) {
    if (visible !== undefined && !visible.has(ancestor.id)) continue;
    const projects = [...new Set(words.flatMap((word) => projectsNamedLikeAUnit(word, ancestor, catalogue)))];
    if (projects.length > 0) return { organisation: ancestor, projects };
  }
  return null;
}
