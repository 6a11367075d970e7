// "sbf brännvreta kollektivtrafik kostnad": beside a name of the asker's own tree, another tree's unit named
// by an everyday word ("Kollektivtrafik", Sundsvall's) without that tree's place is no organisation asked
// about: the question is about the named own organisation, and the word says what of it. Dropping the
// mention leaves its words to name a line, so a line the named one lacks is no such line, never the other
// tree's figure and never the rest of the question answered as if the word were not there.
import type { OrganisationRecord } from '../../figures/records.js';
import { foldedWords } from '../../language/fold-text.js';
import { swedishStem } from '../../language/swedish-stem.js';
import { rootOf } from '../answer-context.js';
import type { OrganisationMention } from '../find-organisation-mention.js';

/** The mentions without another tree's units whose place goes unsaid, where an organisation of the asker's own tree is named too. */
export function withoutOtherTreesBesideOwnName(mentions: readonly OrganisationMention[], words: readonly string[], home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  const ownRoot = rootOf(home, organisations);
  const inOwnTree = (mention: OrganisationMention) => rootOf(mention.organisation, organisations).id === ownRoot.id;
  if (!mentions.some(inOwnTree)) return [...mentions];
  const said = new Set(words.map(swedishStem));
  const ownPlaceWords = new Set(foldedWords(ownRoot.name).map(swedishStem));
  // The other tree's place: the words of its root's name the asker's root does not share ("Sundsvall", not "kommun").
  const placeSaid = (organisation: OrganisationRecord) => {
    const root = rootOf(organisation, organisations);
    const place = [root.name, ...root.aliases].flatMap((name) => foldedWords(name).map(swedishStem)).filter((stem) => stem.length >= 4 && !ownPlaceWords.has(stem));
    return organisation.id === root.id || place.some((stem) => said.has(stem));
  };
  return mentions.filter((mention) => inOwnTree(mention) || placeSaid(mention.organisation));
}
