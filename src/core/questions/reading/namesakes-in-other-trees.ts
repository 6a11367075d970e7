// "Kommunstyrelsen" asked where the asker's tree has none: one municipality's unit is named so
// exactly, but every other municipality's is named the same with only its place added
// ("Kommunstyrelsen Sundsvall"). The exact name is no sign that the one tree is meant: all the
// namesakes that report figures are equally meant, and the question is asked back.
import type { OrganisationRecord } from '../../figures/records.js';
import type { OrganisationMention } from '../find-organisation-mention.js';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.js';
import { foldedWords } from '../../language/fold-text.js';
import { swedishStem } from '../../language/swedish-stem.js';
import { rootOf } from '../answer-context.js';

/** The words of a name without those of its tree's place ("Kommunstyrelsen Sundsvall" → kommunstyrelsen), stemmed. */
function nameWithoutPlace(organisation: OrganisationRecord, catalogue: QuestionCatalogue): string {
  const place = new Set(foldedWords(rootOf(organisation, catalogue.organisations).name).map(swedishStem));
  return foldedWords(organisation.name)
    .map(swedishStem)
    .filter((stem) => !place.has(stem))
    .join(' ');
}

/**
 * The mentions `kept` should carry: where it names another tree's unit and the asker's tree named none,
 * the other trees' units read from the same words whose names differ from it only by their place (those
 * with figures) are added with the same score, so that the answer asks which.
 */
export function withNamesakesInOtherTrees(kept: readonly OrganisationMention[], read: readonly OrganisationMention[], home: OrganisationRecord, catalogue: QuestionCatalogue): OrganisationMention[] {
  const root = rootOf(home, catalogue.organisations).id;
  const inTree = (organisation: OrganisationRecord) => rootOf(organisation, catalogue.organisations).id === root;
  const [first] = kept;
  if (!first || kept.some((mention) => inTree(mention.organisation))) return [...kept];
  const name = nameWithoutPlace(first.organisation, catalogue);
  const reports = (organisation: OrganisationRecord) => catalogue.itemsOf(organisation.id).length > 0;
  const namesakes = read.filter(
    (mention) =>
      mention.start === first.start &&
      mention.end === first.end &&
      !kept.some((other) => other.organisation.id === mention.organisation.id) &&
      rootOf(mention.organisation, catalogue.organisations).id !== rootOf(first.organisation, catalogue.organisations).id &&
      reports(mention.organisation) &&
      nameWithoutPlace(mention.organisation, catalogue) === name,
  );
  if (namesakes.length === 0 || !reports(first.organisation)) return [...kept];
  return [first, ...namesakes.map((mention) => ({ ...mention, score: first.score })), ...kept.slice(1)];
}
