// Which organisation a question is about. Names and aliases are matched as word
// sequences, tolerant of inflection ("kommunstyrelsens"), missing diacritics and
// typos ("forvaltningen", "lansteknik"); a name's distinctive words alone also
// count ("Länsteknik" for Division Länsteknik). "Vi", "oss", "our" and no name at
// all mean the asker's home organisation; "förvaltningen", "regionen" and the
// like (the lexicon's organisation-kind words) mean the asker's own administration,
// region and so on. Names are folded and stemmed once per organisation list.
import type { OrganisationRecord } from '../figures/records.js';
import type { OrganisationKind } from '../figures/vocabulary.js';
import { foldedWords } from '../language/fold-text.js';
import { isNearWord } from '../language/edit-distance.js';
import { swedishStem } from '../language/swedish-stem.js';
import { loadLexicon, type Lexicon } from './lexicon/load-lexicon.js';
import { tokenizeQuestion, type Token } from './reading/tokenize-question.js';

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

interface NameVariant {
  readonly written: string;
  readonly words: readonly string[];
  readonly stems: readonly string[];
  readonly distinctive: readonly number[];
  readonly joined: string;
}

/** Organisation names and aliases, folded and stemmed once. */
export interface OrganisationIndex {
  readonly organisations: readonly OrganisationRecord[];
  readonly variants: ReadonlyMap<number, readonly NameVariant[]>;
  /** Initialisms formed from each name ("hsn" for Hälso- och sjukvårdsnämnden), folded. */
  readonly initialisms: ReadonlyMap<number, readonly string[]>;
}

// The heads of Swedish organisation names: in an initialism the compound's head counts as a
// word of its own ("sjukvårds|nämnden" gives S and N, so Hälso- och sjukvårdsnämnden is HSN).
const NAME_HEADS = ['namnden', 'namnd', 'styrelsen', 'styrelse', 'forvaltningen', 'forvaltning', 'kontoret', 'kontor', 'avdelningen', 'avdelning', 'enheten', 'enhet', 'kansliet', 'bolaget'];
const CONNECTIVES = new Set(['och', 'o', 'i', 'for', 'av', 'med', 'pa', 'samt', 'the', 'of', 'and']);

/**
 * The initialism that people write for a name: the first letter of each word (and of the
 * head of a compound), an abbreviation in capitals kept whole ("IT-förvaltningen" is ITF).
 * None for a one-word name without a compound head, nor when it would be an ordinary word.
 */
export function initialismOf(name: string): string | null {
  const written = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const letters: string[] = [];
  for (const original of written) {
    const word = foldedWords(original)[0] ?? '';
    if (CONNECTIVES.has(word)) continue;
    if (/^\p{Lu}{2,}$/u.test(original)) {
      letters.push(word);
      continue;
    }
    letters.push(word[0] ?? '');
    const head = NAME_HEADS.find((candidate) => word.length > candidate.length + 2 && word.endsWith(candidate));
    if (head) letters.push(head[0]!);
  }
  const initialism = letters.join('');
  return letters.length >= 2 && initialism.length <= 6 && !ORDINARY_SHORT_WORDS.has(initialism) ? initialism : null;
}

const indexes = new WeakMap<readonly OrganisationRecord[], OrganisationIndex>();

/** The index of `organisations`, built once per list. */
export function indexOrganisations(organisations: readonly OrganisationRecord[]): OrganisationIndex {
  const known = indexes.get(organisations);
  if (known) return known;
  const variants = new Map<number, NameVariant[]>();
  for (const organisation of organisations) {
    variants.set(
      organisation.id,
      [organisation.name, ...organisation.aliases].map((written) => {
        const words = foldedWords(written);
        const distinctive = words.map((word, index) => (!GENERIC.has(word) && !ORDINARY_SHORT_WORDS.has(word) ? index : -1)).filter((index) => index >= 0);
        return { written, words, stems: words.map(swedishStem), distinctive, joined: words.join('') };
      }),
    );
  }
  const initialisms = new Map<number, string[]>();
  for (const organisation of organisations) {
    const own = new Set([organisation.name, ...organisation.aliases].map((name) => foldedWords(name).join('')));
    const initialism = initialismOf(organisation.name);
    // An alias already says how the name is shortened.
    if (initialism !== null && !own.has(initialism)) initialisms.set(organisation.id, [initialism]);
  }
  const index = { organisations, variants, initialisms };
  indexes.set(organisations, index);
  return index;
}

function wordsMatch(question: Token & { stem: string }, name: string, nameStem: string): boolean {
  if (question.word === name || question.stem === nameStem) return true;
  return name.length >= 5 && isNearWord(question.stem, nameStem);
}

/** Every organisation named in the tokens, best first. */
export function findOrganisationMentionsIn(tokens: readonly Token[], index: OrganisationIndex): OrganisationMention[] {
  const words = tokens.map((token) => ({ ...token, stem: swedishStem(token.word) }));
  const mentions: OrganisationMention[] = [];
  const at = (nameWord: string, nameStem: string, from = 0) => words.findIndex((candidate, position) => position >= from && wordsMatch(candidate, nameWord, nameStem));
  for (const organisation of index.organisations) {
    let best: OrganisationMention | null = null;
    for (const variant of index.variants.get(organisation.id) ?? []) {
      const { words: nameWords, stems } = variant;
      if (nameWords.length === 0) continue;
      // Short abbreviations ("KS", "RK") match whole words only; those that are also
      // ordinary words ("HoS" is "hos") only when written in their own capitals.
      if (nameWords.length === 1 && nameWords[0]!.length <= 3) {
        // "ITDs": an abbreviation in its own capitals takes a genitive s.
        const position = words.findIndex((candidate) => (candidate.word === nameWords[0] && (!ORDINARY_SHORT_WORDS.has(nameWords[0]!) || candidate.original === variant.written)) || (candidate.original === `${variant.written}s` && /^\p{Lu}+$/u.test(variant.written)));
        if (position >= 0) best = pick(best, { organisation, score: 3, start: position, end: position + 1 });
        continue;
      }
      let start = -1;
      for (let candidate = 0; candidate + nameWords.length <= words.length && start < 0; candidate += 1) {
        if (nameWords.every((nameWord, offset) => wordsMatch(words[candidate + offset]!, nameWord, stems[offset]!))) start = candidate;
        // "digital infra": the name in order, a word written out and the others abbreviated (4 letters or more).
        else if (
          nameWords.length > 1 &&
          nameWords.some((nameWord, offset) => wordsMatch(words[candidate + offset]!, nameWord, stems[offset]!)) &&
          nameWords.every((nameWord, offset) => wordsMatch(words[candidate + offset]!, nameWord, stems[offset]!) || (words[candidate + offset]!.word.length >= 4 && nameWord.length > words[candidate + offset]!.word.length + 2 && nameWord.startsWith(words[candidate + offset]!.word)))
        )
          start = candidate;
      }
      if (start >= 0) best = pick(best, { organisation, score: 3 + nameWords.length / 100, start, end: start + nameWords.length });
      // A name written as one word ("fvisprogrammet" for "FVIS-programmet").
      const joined = variant.joined;
      const together = nameWords.length > 1 && joined.length >= 8 ? words.findIndex((candidate) => candidate.word === joined || candidate.stem === swedishStem(joined)) : -1;
      if (start < 0 && together >= 0) best = pick(best, { organisation, score: 3 + nameWords.length / 100, start: together, end: together + 1 });
      else if (nameWords.length > 1 && !nameWords.some((word) => /\d/.test(word))) {
        // (Names with numbers, "Förvaltning 8", are identifiers: only their exact sequence counts.)
        // Every word of the name, in another order ("HR på regionkontoret" for "Regionkontoret – HR").
        const positions = nameWords.map((nameWord, offset) => words.findIndex((candidate) => candidate.word === nameWord || (nameWord.length > 3 && wordsMatch(candidate, nameWord, stems[offset]!))));
        if (positions.every((position) => position >= 0) && Math.max(...positions) - Math.min(...positions) < nameWords.length + 3) {
          best = pick(best, { organisation, score: 3 + nameWords.length / 100, start: Math.min(...positions), end: Math.max(...positions) + 1 });
        }
      }
      if (variant.distinctive.length > 0 && variant.distinctive.length < nameWords.length) {
        let positions = variant.distinctive.map((offset) => at(nameWords[offset]!, stems[offset]!));
        // "adm o övrigt": once one distinctive word is written out, the others may be abbreviated (3 letters or more).
        if (positions.some((position) => position >= 0) && positions.some((position) => position < 0)) {
          positions = positions.map((position, index) => (position >= 0 ? position : words.findIndex((candidate) => candidate.word.length >= 3 && nameWords[variant.distinctive[index]!]!.length > candidate.word.length + 2 && nameWords[variant.distinctive[index]!]!.startsWith(candidate.word))));
        }
        if (positions.every((position) => position >= 0)) {
          best = pick(best, { organisation, score: 2 + variant.distinctive.length / 100, start: Math.min(...positions), end: Math.max(...positions) + 1 });
        }
      }
    }
    // An initialism formed from the name ("HSN:s läge"), written in capitals: weaker than a name or alias.
    for (const initialism of index.initialisms.get(organisation.id) ?? []) {
      const position = words.findIndex((candidate) => candidate.capitals && (candidate.word === initialism || candidate.word === `${initialism}s`));
      if (position >= 0) best = pick(best, { organisation, score: 2.5, start: position, end: position + 1 });
    }
    if (best) mentions.push(best);
  }
  // A mention inside a longer one ("Gemensamma tjänster" in "Gemensamma tjänster – HR") gives way.
  return mentions
    .filter((mention) => !mentions.some((other) => other !== mention && other.score >= mention.score - 1 && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start))
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/** Every organisation named in the question, best first. */
export function findOrganisationMentions(question: string, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  return findOrganisationMentionsIn(tokenizeQuestion(question), indexOrganisations(organisations));
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
export function findKindReferencesIn(tokens: readonly Token[], lexicon: Lexicon, home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  const mentions: OrganisationMention[] = [];
  for (const [kind, phrases] of lexicon.organisationKinds) {
    for (const match of phrases.find(tokens)) {
      const organisation = nearestOfKind(home, organisations, [kind]);
      if (organisation) mentions.push({ organisation, score: 1, start: match.start, end: match.end });
      else for (const candidate of organisations.filter((other) => other.kind === kind)) mentions.push({ organisation: candidate, score: 0, start: match.start, end: match.end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** findKindReferencesIn for a question's text. */
export function findKindReferences(question: string, home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  return findKindReferencesIn(tokenizeQuestion(question), loadLexicon(), home, organisations);
}
