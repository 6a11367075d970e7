// "Stationen", "förbundet", "vilken station …": a word that heads the compound names of several units
// ("Brand|station Hällby", "Deltids|stationerna", "Räddningstjänst|förbundet") is read from each of them
// alike, as a weak sign (the last part of a compound, score under 2). Said by someone at one of those
// units, or below one, it is the asker's own, as "området" is at Område Primärvård; in a ranking it
// says which units are ranked.
import type { OrganisationRecord } from '../../figures/records.js';
import { foldedWords } from '../../language/fold-text.js';
import { swedishStem } from '../../language/swedish-stem.js';
import { ancestorsOf, descendantsOf } from '../answer-context.js';
import type { OrganisationMention } from '../find-organisation-mention.js';

// Scores under this are signs read from a compound's last part, not names (find-organisation-mention.ts).
const WEAK = 2;

/** Mentions read from the same words as another mention, all of them weak signs: the words head several names. */
function readAlike(mentions: readonly OrganisationMention[]): OrganisationMention[] {
  const span = (mention: OrganisationMention) => `${mention.start}:${mention.end}`;
  return mentions.filter((mention) => mention.score < WEAK && mentions.some((other) => other !== mention && span(other) === span(mention) && other.score < WEAK));
}

/**
 * The mentions with a word several units' names end with kept only as the asker's own unit, where the
 * asker is one of them or sits below one ("stationen" asked at Brandstation Hällby); unchanged otherwise.
 */
export function ownAmongUnitsReadAlike(mentions: readonly OrganisationMention[], home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  const alike = readAlike(mentions);
  if (alike.length === 0) return [...mentions];
  // Nearest first: the asker, then its parent, and so on up.
  const own = [home, ...ancestorsOf(home, organisations)];
  const dropped = new Set<OrganisationMention>();
  for (const mention of alike) {
    const peers = alike.filter((other) => other.start === mention.start && other.end === mention.end);
    const nearest = own.find((organisation) => peers.some((peer) => peer.organisation.id === organisation.id));
    if (nearest && mention.organisation.id !== nearest.id) dropped.add(mention);
  }
  return mentions.filter((mention) => !dropped.has(mention));
}

/**
 * In a ranking, "vilken station …": the units a word several names end with is read from, as the units
 * to rank (their ids), and the mentions without them, so that they narrow no scope. None where no word is so read.
 */
export function unitsRankedByAWordOfTheirNames(mentions: readonly OrganisationMention[]): { unitIds: readonly number[]; mentions: OrganisationMention[] } {
  const alike = readAlike(mentions);
  return { unitIds: [...new Set(alike.map((mention) => mention.organisation.id))], mentions: mentions.filter((mention) => !alike.includes(mention)) };
}

/**
 * "Förbundet" asked below Omsorgsförbundet, beside a Förbundskansliet: a word that is the last part of a
 * name of the asker's own (itself or above) is that one, not a unit whose name only begins with the word
 * ("förbunds|kansliet", read as a name without its head). Mentions of one word are replaced so.
 */
export function ownNamedByItsHead(words: readonly string[], mentions: readonly OrganisationMention[], home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  const own = [home, ...ancestorsOf(home, organisations)];
  const nameWords = (organisation: OrganisationRecord) => [organisation.name, ...organisation.aliases].flatMap((name) => foldedWords(name));
  // (At least four letters, and a first part of three or more before it: a compound's head.)
  const endsWith = (nameWord: string, stem: string) => nameWord.length >= stem.length + 3 && swedishStem(nameWord).endsWith(stem);
  return mentions.map((mention) => {
    if (mention.end - mention.start !== 1 || own.some((organisation) => organisation.id === mention.organisation.id)) return mention;
    const stem = swedishStem(words[mention.start]!);
    if (stem.length < 4 || nameWords(mention.organisation).some((word) => swedishStem(word) === stem || endsWith(word, stem))) return mention;
    const headed = own.find((organisation) => nameWords(organisation).some((word) => endsWith(word, stem)));
    return headed ? { ...mention, organisation: headed, score: Math.min(mention.score, 1.5) } : mention;
  });
}

// A compound at least this long: shorter words the ranking reads as kinds ("område", "enhet") are the kinds themselves.
const SHORTEST_COMPOUND = 8;

/**
 * "Vilket förvaltningsområde går sämst?": a compound the ranking's words read as a kind of unit ("…område")
 * that is the first word of several of the asker's units' names ("Förvaltningsområde Kvarnbacka",
 * "Förvaltningsområde Norra länsdelen") says which units are ranked: their ids, none where no word is so.
 */
export function unitsFirstNamedBy(words: readonly string[], home: OrganisationRecord, organisations: readonly OrganisationRecord[]): readonly number[] {
  const units = descendantsOf(home, organisations);
  for (const word of words) {
    if (word.length < SHORTEST_COMPOUND) continue;
    const stem = swedishStem(word);
    const named = units.filter((unit) => [unit.name, ...unit.aliases].some((name) => swedishStem(foldedWords(name)[0] ?? '') === stem));
    if (named.length > 1) return named.map((unit) => unit.id);
  }
  return [];
}
