// A unit and an investment project of the asker's may carry one name ("Björkhagen" and "Ombyggnad
// Björkhagen", "Lindbackaskolan" and "Skolgård Lindbackaskolan"). Asked what was spent on that name,
// with no word for either (no "ombyggnaden", no "nettokostnad"), the asker could mean the project's
// spending as well as the unit's costs: those projects are the other choice.
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';
import type { QuestionCatalogue } from './catalogue/question-catalogue.js';

/** The asker's investment projects with a word that begins as `said` (the word that named the unit) begins. */
export function projectsNamedLikeAUnit(said: string, home: OrganisationRecord, catalogue: QuestionCatalogue): readonly LineItemRecord[] {
  const stem = swedishStem(said);
  // (Five letters at least: a short word begins too many names to name any.)
  if (stem.length < 5) return [];
  return catalogue.itemsOf(home.id).filter((line) => line.kind === 'investment' && foldedWords(line.name).some((word) => word.startsWith(stem)));
}
