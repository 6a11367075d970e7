// Which organisation a question is about. Names and aliases are matched as word
// sequences, tolerant of inflection ("kommunstyrelsens"), missing diacritics and
// typos ("forvaltningen", "lansteknik"); a name's distinctive words alone also
// count ("Länsteknik" for Division Länsteknik). "Vi", "oss", "our" and no name at
// all mean the asker's home organisation; "förvaltningen", "regionen" and the
// like mean the asker's own administration, region and so on.
import type { OrganisationRecord } from '../figures/records.js';
import type { OrganisationKind } from '../figures/vocabulary.js';
import { foldedWords } from '../language/fold-text.js';
import { isNearWord } from '../language/edit-distance.js';
import { swedishStem } from '../language/swedish-stem.js';

/** An organisation found in the question, with the word positions it took. */
export interface OrganisationMention {
  readonly organisation: OrganisationRecord;
  readonly score: number;
  readonly start: number;
  readonly end: number;
}

// Words that describe what kind of unit something is, not which one.
const GENERIC = new Set(['avdelningen', 'avdelning', 'avdelningarna', 'division', 'divisionen', 'gemensamma', 'tjanster', 'region', 'regionen', 'kommun', 'kommunen', 'staden', 'och', 'programmet', 'verksamheten', 'enheten', 'forvaltningen', 'it', 'hr', 'av', 'kostnader']);

// Short words that are also ordinary Swedish or English words.
const ORDINARY_SHORT_WORDS = new Set(['hos', 'it', 'och', 'vi', 'du', 'er', 'ni', 'us', 'we', 'is', 'at', 'on', 'in', 'av', 'om', 'pa', 'ru', 'man', 'men', 'for', 'kan', 'har', 'var', 'som', 'den', 'det', 'all', 'the', 'and', 'are', 'was', 'our']);

// Words that refer to the asker's own unit of a kind.
const KIND_WORDS: readonly (readonly [RegExp, readonly OrganisationKind[]])[] = [
  [/^(regionen|region|regionens)$/, ['region']],
  [/^(kommunen|kommunens)$/, ['municipality']],
  [/^(forvaltningen|forvaltningens|administration|administrationen)$/, ['administration']],
  [/^(divisionen|divisionens)$/, ['division']],
  [/^(namnden|namndens|styrelsen|styrelsens|board)$/, ['board']],
];

function wordsMatch(question: string, name: string): boolean {
  if (question === name) return true;
  const a = swedishStem(question);
  const b = swedishStem(name);
  if (a === b) return true;
  return name.length >= 5 && isNearWord(a, b);
}

/** Finds the best match of `nameWords` as a contiguous sequence in `words`; returns its start or -1. */
function findSequence(words: readonly string[], nameWords: readonly string[]): number {
  for (let start = 0; start + nameWords.length <= words.length; start += 1) {
    if (nameWords.every((nameWord, offset) => wordsMatch(words[start + offset]!, nameWord))) return start;
  }
  return -1;
}

/** Every organisation named in the question, best first. */
export function findOrganisationMentions(question: string, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  const words = foldedWords(question);
  const mentions: OrganisationMention[] = [];
  for (const organisation of organisations) {
    let best: OrganisationMention | null = null;
    for (const variant of [organisation.name, ...organisation.aliases]) {
      const nameWords = foldedWords(variant);
      if (nameWords.length === 0) continue;
      // Short abbreviations ("KS", "RK") match whole words only; those that are also
      // ordinary words ("HoS" is "hos") only when written in their own capitals.
      if (nameWords.length === 1 && nameWords[0]!.length <= 3) {
        const index = words.indexOf(nameWords[0]!);
        const ordinaryWord = ORDINARY_SHORT_WORDS.has(nameWords[0]!);
        if (index >= 0 && (!ordinaryWord || new RegExp(`(^|[^\\p{L}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(question))) {
          best = pick(best, { organisation, score: 3, start: index, end: index + 1 });
        }
        continue;
      }
      const start = findSequence(words, nameWords);
      if (start >= 0) best = pick(best, { organisation, score: 3 + nameWords.length / 100, start, end: start + nameWords.length });
      else if (nameWords.length > 1 && !nameWords.some((word) => /\d/.test(word))) {
        // (Names with numbers, "Förvaltning 8", are identifiers: only their exact sequence counts.)
        // Every word of the name, in another order ("HR på regionkontoret" for "Regionkontoret – HR").
        const positions = nameWords.map((nameWord) => words.findIndex((candidate) => candidate === nameWord || (nameWord.length > 3 && wordsMatch(candidate, nameWord))));
        if (positions.every((position) => position >= 0) && Math.max(...positions) - Math.min(...positions) < nameWords.length + 3) {
          best = pick(best, { organisation, score: 3 + nameWords.length / 100, start: Math.min(...positions), end: Math.max(...positions) + 1 });
        }
      }
      const distinctive = nameWords.filter((word) => !GENERIC.has(word) && !ORDINARY_SHORT_WORDS.has(word));
      if (distinctive.length > 0 && distinctive.length < nameWords.length) {
        const positions = distinctive.map((word) => words.findIndex((candidate) => wordsMatch(candidate, word)));
        if (positions.every((position) => position >= 0)) {
          best = pick(best, { organisation, score: 2 + distinctive.length / 100, start: Math.min(...positions), end: Math.max(...positions) + 1 });
        }
      }
    }
    if (best) mentions.push(best);
  }
  // A mention inside a longer one ("Gemensamma tjänster" in "Gemensamma tjänster – HR") gives way.
  return mentions
    .filter((mention) => !mentions.some((other) => other !== mention && other.score >= mention.score - 1 && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start))
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
}

function pick(current: OrganisationMention | null, candidate: OrganisationMention): OrganisationMention {
  return !current || candidate.score > current.score ? candidate : current;
}

/** The asker's nearest organisation (itself or an ancestor) of one of `kinds`. */
export function nearestOfKind(home: OrganisationRecord, organisations: readonly OrganisationRecord[], kinds: readonly OrganisationKind[]): OrganisationRecord | null {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  for (let current: OrganisationRecord | undefined = home; current; current = current.parentId === null ? undefined : byId.get(current.parentId)) {
    if (kinds.includes(current.kind)) return current;
  }
  return null;
}

/**
 * Word positions of "regionen", "förvaltningen" etc., with the asker's organisation each
 * stands for (score 1). When the asker has none of that kind, every organisation of the
 * kind is returned with score 0, for a clarifying question.
 */
export function findKindReferences(question: string, home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  const mentions: OrganisationMention[] = [];
  foldedWords(question).forEach((word, index) => {
    for (const [pattern, kinds] of KIND_WORDS) {
      if (!pattern.test(word)) continue;
      const organisation = nearestOfKind(home, organisations, kinds);
      if (organisation) mentions.push({ organisation, score: 1, start: index, end: index + 1 });
      else for (const candidate of organisations.filter((other) => kinds.includes(other.kind))) mentions.push({ organisation: candidate, score: 0, start: index, end: index + 1 });
    }
  });
  return mentions;
}
