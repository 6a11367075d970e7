// "Deltidarna", "heltidarna": Swedish names the people of a unit by the first part of the unit's compound
// name and the plural of -are ("deltid|arna", the part-timers, for "Deltids|stationerna"). Inside the
// asker's own tree such a word names the units whose names begin with that part, as a weak sign (the
// last part of a compound name is one too); another tree's unit is never named so.
import type { OrganisationRecord } from '../../figures/records.js';
import { foldedWords } from '../../language/fold-text.js';
import { descendantsOf, rootOf } from '../answer-context.js';
import type { OrganisationMention } from '../find-organisation-mention.js';
import type { Token } from './tokenize-question.js';

// The plural of a noun of people in -are, definite, and its genitive; the part before it has four letters or more.
const PEOPLE_PLURAL = /^(\p{L}{4,}?)(arna|arnas)$/u;
// What the unit's name has after the part: a head of five letters or more, after a link s or none.
const MIN_HEAD = 5;
// A name word that is the part's own plural ("avdelning|arna") is no compound: "avdelningarna" names the word's kind, no people.
const OWN_PLURAL = /^(ar|er)/u;

/** The first part of a word of people ("deltid" of "deltidarna"), or null when the word is none. */
function firstPartOf(word: string): string | null {
  return PEOPLE_PLURAL.exec(word)?.[1] ?? null;
}

/** Whether a name word is a compound that begins with `part` ("deltidsstationerna" with "deltid"). */
function beginsCompound(nameWord: string, part: string): boolean {
  if (!nameWord.startsWith(part)) return false;
  const rest = nameWord.slice(part.length);
  const head = rest.startsWith('s') ? rest.slice(1) : rest;
  return head.length >= MIN_HEAD && !OWN_PLURAL.test(rest);
}

/** Mentions of units of the asker's own tree named by the people in them ("deltidarna"), score 1.5; none for words already read as a name. */
export function mentionsByColloquialPlurals(tokens: readonly Token[], taken: readonly OrganisationMention[], home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  const root = rootOf(home, organisations);
  const tree = [root, ...descendantsOf(root, organisations)];
  const mentions: OrganisationMention[] = [];
  tokens.forEach((token, index) => {
    if (taken.some((mention) => mention.start <= index && index < mention.end)) return;
    const part = firstPartOf(token.word);
    if (part === null) return;
    for (const unit of tree) {
      if ([unit.name, ...unit.aliases].some((name) => foldedWords(name).some((word) => beginsCompound(word, part)))) mentions.push({ organisation: unit, score: 1.5, start: index, end: index + 1 });
    }
  });
  return mentions;
}
