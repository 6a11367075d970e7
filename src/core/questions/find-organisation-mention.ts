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
import { abbreviates } from '../language/abbreviation.js';
import { swedishStem } from '../language/swedish-stem.js';
import { loadLexicon, type Lexicon } from './lexicon/load-lexicon.js';
import { ancestorsOf, descendantsOf, rootOf } from './answer-context.js';
import { tokenizeQuestion, type Token } from './reading/tokenize-question.js';

/** An organisation found in the question, with the word positions it took. */
export interface OrganisationMention {
  readonly organisation: OrganisationRecord;
  readonly score: number;
  readonly start: number;
  readonly end: number;
}

// Words that describe what kind of unit something is, not which one.
const GENERIC = new Set(['avdelningen', 'avdelning', 'avdelningarna', 'division', 'divisionen', 'gemensamma', 'tjanster', 'region', 'regionen', 'kommun', 'kommunen', 'staden', 'och', 'programmet', 'verksamheten', 'verksamhet', 'enheten', 'enhet', 'forvaltningen', 'forvaltning', 'namnd', 'namnden', 'styrelse', 'styrelsen', 'kontor', 'kontoret', 'administration', 'it', 'hr', 'av', 'i', 'kostnader']);

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
  /** Organisation ids by the first three letters of each word of their names: only those a question's words begin like are matched. */
  readonly byPrefix: ReadonlyMap<string, readonly number[]>;
  /** Organisations known by one distinctive word ("Stadsbussarna"), which the last part of a compound may name. */
  readonly singleWord: readonly { readonly id: number; readonly word: string }[];
  /** Each organisation's root: which tree it is in. */
  readonly roots: ReadonlyMap<number, number>;
}

// The heads of Swedish organisation names: in an initialism the compound's head counts as a
// word of its own ("sjukvårds|nämnden" gives S and N, so Hälso- och sjukvårdsnämnden is HSN).
const NAME_HEADS = ['namnden', 'namnd', 'namnderna', 'styrelsen', 'styrelse', 'forvaltningen', 'forvaltning', 'kontoret', 'kontor', 'avdelningen', 'avdelning', 'avdelningarna', 'enheten', 'enhet', 'enheterna', 'kansliet', 'bolaget', 'omrade', 'omradet', 'klinik', 'kliniken', 'kliniker'];

/** Whether what follows a stem in a name word is a name's head, after the link Swedish puts between ("sjukvårds|nämnden", "förskole|området"). */
export function isNameHead(rest: string): boolean {
  return NAME_HEADS.includes(rest) || (/^[se]/.test(rest) && NAME_HEADS.includes(rest.slice(1)));
}

/** Whether a question word's stem names a name word: the same stem, or the word is the name's compound without its head ("sjukvård" in "sjukvårdsstyrelsen"). */
export function namesNameWord(stem: string, nameWord: string, written?: string): boolean {
  if (swedishStem(nameWord) === stem) return true;
  if (stem.length < 4 || !nameWord.startsWith(stem)) return false;
  if (isNameHead(nameWord.slice(stem.length))) return true;
  // The stem may have cut the word short ("medici" of "medicin"): the letters the word as written shares
  // with the name after the stem belong to the word, before the head ("medicin|kliniken").
  let at = stem.length;
  while (written !== undefined && at < written.length && written[at] === nameWord[at]) {
    at += 1;
    if (isNameHead(nameWord.slice(at))) return true;
  }
  return false;
}
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
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const rootWords = (organisation: OrganisationRecord): Set<string> => {
    let root = organisation;
    for (let parent = root.parentId === null ? undefined : byId.get(root.parentId); parent; parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) root = parent;
    // By stem: "Hammarsund" in "Vård- och omsorgsnämnden Hammarsund" is the "Hammarsunds" of "Hammarsunds kommun".
    return root === organisation ? new Set() : new Set(foldedWords(root.name).map(swedishStem));
  };
  for (const organisation of organisations) {
    // "Stadsbussarna Öjemark" in Region Öjemark: the place is the tree's, said by being in it.
    const implied = rootWords(organisation);
    variants.set(
      organisation.id,
      [organisation.name, ...organisation.aliases].map((written) => {
        const words = foldedWords(written);
        // (A number is no distinctive word on its own: "1" is not "Förvaltning 1".)
        const distinctive = words.map((word, index) => (!GENERIC.has(word) && !ORDINARY_SHORT_WORDS.has(word) && !implied.has(swedishStem(word)) ? index : -1)).filter((index) => index >= 0);
        if (distinctive.length > 0 && distinctive.every((index) => /^\d+$/.test(words[index]!))) distinctive.length = 0;
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
  const byPrefix = new Map<string, number[]>();
  const singleWord: { id: number; word: string }[] = [];
  for (const [id, named] of variants) {
    for (const variant of named) {
      for (const word of variant.words) {
        const key = prefixOf(word);
        const ids = byPrefix.get(key);
        if (!ids) byPrefix.set(key, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
      // (Of a name with several distinctive words, the last: "familjeomsorg" of "Individ- och familjeomsorg".)
      if (variant.distinctive.length > 0) singleWord.push({ id, word: variant.words[variant.distinctive[variant.distinctive.length - 1]!]! });
      // (Of a name whose every word is its own, each: "Brandstation Hällby" ends in "station" too.)
      if (variant.words.length > 1 && variant.distinctive.length === variant.words.length) for (const offset of variant.distinctive.slice(0, -1)) singleWord.push({ id, word: variant.words[offset]! });
    }
  }
  const roots = new Map(organisations.map((organisation) => {
    let root = organisation;
    for (let parent = root.parentId === null ? undefined : byId.get(root.parentId); parent; parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) root = parent;
    return [organisation.id, root.id] as const;
  }));
  const index = { organisations, variants, initialisms, byPrefix, singleWord, roots };
  indexes.set(organisations, index);
  return index;
}

// Swedish plural endings, indefinite and definite ("utryckningar", "insatserna", "åtgärderna").
const PLURAL_ENDING = /(?:ar|er|or)(?:na)?$/;

/** Whether a question word is a plural of its stem ("utryckningar" of "utryckning"), not the stem written out. */
function isPlural(question: Token & { stem: string }): boolean {
  return question.word !== question.stem && PLURAL_ENDING.test(question.word) && !PLURAL_ENDING.test(question.stem);
}

function wordsMatch(question: Token & { stem: string; kindWord?: boolean }, name: string, nameStem: string): boolean {
  if (question.word === name || question.stem === nameStem) return true;
  // A name's genitive ("TESSAs", "Regionkontorets").
  if (question.word === `${name}s` && name.length >= 3) return true;
  // "kultur o fritid": the short "o" is "och".
  if (name === 'och' && question.word === 'o') return true;
  // "fritid", "omsorgen" for "Kultur- och fritidsnämnden", "Omsorgsnämnden": a name's compound without its head.
  // (A kind word is not such a part: "landstinget" is the asker's landsting, not Landstingsstyrelsen.)
  // (A plural is not such a part either: "utryckningar", "insatserna" count things of the sort, they do not
  // name Utryckningsavdelningen or Insatsenheten.)
  if (!question.kindWord && !isPlural(question) && question.stem.length >= 4 && name.startsWith(question.stem) && isNameHead(name.slice(question.stem.length))) return true;
  // A typo, not a compound: "kollektivtrafiknära" goes on from "Kollektivtrafik" and is not a misspelling of it.
  // (A part of three letters or more: two are a typo's, "kommunstyrelssen".)
  // (Words, not stems: the stem of "kollektivtrafiknära" is "kollektivtrafikn", one letter from the name's.)
  const [shorter, longer] = question.word.length < name.length ? [question.word, name] : [name, question.word];
  const compound = longer.length - shorter.length >= 3 && (longer.startsWith(shorter) || longer.endsWith(shorter));
  return name.length >= 5 && !compound && isNearWord(question.stem, nameStem);
}

// Each word of a name written as the name writes it (or inflected) adds this much: less than a word
// more of a name (0,01), enough to decide between two names read from the same words (a clarifying question needs them under 0,005 apart).
const EXACT_WORD = 0.006;

/** The bonus for the words of a match that are the name's own words, not a stem's compound or a near spelling. */
function exactness(pairs: readonly (readonly [Token & { stem: string }, string, string])[]): number {
  return pairs.filter(([question, name, nameStem]) => question.word === name || question.stem === nameStem || question.word === `${name}s`).length * EXACT_WORD;
}

/** Whether a question word is an abbreviation of a name word ("infra", "adm"), and no ordinary word ("för" is no "förvaltningsgemensamt"). */
function abbreviatesNameWord(word: string, nameWord: string): boolean {
  return abbreviates(word, nameWord) && !ORDINARY_SHORT_WORDS.has(word) && !CONNECTIVES.has(word);
}

/** "bussarna" for "Stadsbussarna": the last part of a compound name word, a weaker sign than the whole word. */
// Any inflection of a generic word ("verksamheter" as "verksamheten") names no compound by its end either:
// "vilken av våra verksamheter" is no mention of "Förskoleverksamheten".
const GENERIC_STEMS = new Set([...GENERIC].filter((word) => word.length >= 5).map(swedishStem));
function endsCompound(question: Token & { stem: string }, name: string): boolean {
  // A kind word ("nämnden") ends many names and names none of them.
  // ("bussarnas": a genitive s is not part of the name.)
  const word = question.word.length > 5 && question.word.endsWith('s') && !name.endsWith(question.word) ? question.word.slice(0, -1) : question.word;
  if (NAME_HEADS.includes(word) || NAME_HEADS.includes(question.stem) || GENERIC.has(word) || GENERIC_STEMS.has(question.stem)) return false;
  return word.length >= 5 && name.length >= word.length + 3 && (name.endsWith(word) || (question.stem.length >= 5 && swedishStem(name).endsWith(question.stem)));
}

// A compound's head cut short, as controllers write them ("säkerhetsavd", "ekonomiavd", "kulturförv"):
// the head written out, so the word reads as the name it shortens. Only after a first part of its own.
const SHORT_HEADS: readonly (readonly [string, string])[] = [
  ['avd', 'avdelningen'],
  ['forv', 'forvaltningen'],
];
function writtenOutHead(word: string): string {
  const head = SHORT_HEADS.find(([short]) => word.length >= short.length + 4 && word.endsWith(short));
  return head ? word.slice(0, -head[0].length) + head[1] : word;
}

/** Every organisation named in the tokens, best first. */
export function findOrganisationMentionsIn(tokens: readonly Token[], index: OrganisationIndex): OrganisationMention[] {
  // Words the lexicon reads as a kind of organisation ("landstinget", "nämnden").
  const kindPositions = new Set(loadLexicon().organisationKinds.flatMap(([, phrases]) => phrases.find(tokens).flatMap((match) => Array.from({ length: match.end - match.start }, (_, offset) => match.start + offset))));
  const words = tokens.map((token, position) => {
    const word = writtenOutHead(token.word);
    return { ...token, word, stem: swedishStem(word), kindWord: kindPositions.has(position) };
  });
  const mentions: OrganisationMention[] = [];
  const at = (nameWord: string, nameStem: string, from = 0) => words.findIndex((candidate, position) => position >= from && wordsMatch(candidate, nameWord, nameStem));
  // Only organisations a word of the question could name: by the beginning of a word, an
  // initialism in capitals, or the end of a one-word name.
  const candidates = new Set<number>();
  for (const token of words) {
    for (const id of index.byPrefix.get(prefixOf(token.word)) ?? []) candidates.add(id);
    if (token.stem !== token.word) for (const id of index.byPrefix.get(prefixOf(token.stem)) ?? []) candidates.add(id);
    // A short name's genitive ("LDs") begins unlike the name.
    if (token.word.length <= 4 && token.word.endsWith('s')) for (const id of index.byPrefix.get(prefixOf(token.word.slice(0, -1))) ?? []) candidates.add(id);
  }
  for (const [id, initialisms] of index.initialisms) if (words.some((token) => token.capitals && initialisms.some((initialism) => token.word === initialism || token.word === `${initialism}s`))) candidates.add(id);
  for (const { id, word } of index.singleWord) if (words.some((token) => endsCompound(token, word))) candidates.add(id);
  for (const organisation of index.organisations) {
    if (!candidates.has(organisation.id)) continue;
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
        // "digital infra", "avd kund": the name in order, a word written out and the others abbreviated (3 letters or more).
        else if (
          nameWords.length > 1 &&
          nameWords.some((nameWord, offset) => wordsMatch(words[candidate + offset]!, nameWord, stems[offset]!)) &&
          nameWords.every((nameWord, offset) => wordsMatch(words[candidate + offset]!, nameWord, stems[offset]!) || abbreviatesNameWord(words[candidate + offset]!.word, nameWord))
        )
          start = candidate;
      }
      // A name written word for word outranks one read through a compound's stem or a near spelling:
      // "Nacka kommun" is Nacka kommun, not Kommunstyrelsen Nacka ("kommun" as "kommun|styrelsen").
      if (start >= 0) best = pick(best, { organisation, score: 3 + nameWords.length / 100 + exactness(nameWords.map((nameWord, offset) => [words[start + offset]!, nameWord, stems[offset]!])), start, end: start + nameWords.length });
      // A name written as one word ("fvisprogrammet" for "FVIS-programmet").
      const joined = variant.joined;
      const together = nameWords.length > 1 && joined.length >= 8 ? words.findIndex((candidate) => candidate.word === joined || candidate.stem === swedishStem(joined)) : -1;
      if (start < 0 && together >= 0) best = pick(best, { organisation, score: 3 + nameWords.length / 100, start: together, end: together + 1 });
      else if (nameWords.length > 1 && !nameWords.some((word) => /\d/.test(word))) {
        // (Names with numbers, "Förvaltning 8", are identifiers: only their exact sequence counts.)
        // Every word of the name, in another order ("HR på regionkontoret" for "Regionkontoret – HR").
        const positions = nameWords.map((nameWord, offset) => words.findIndex((candidate) => candidate.word === nameWord || (nameWord.length > 3 && wordsMatch(candidate, nameWord, stems[offset]!))));
        if (positions.every((position) => position >= 0) && Math.max(...positions) - Math.min(...positions) < nameWords.length + 3) {
          best = pick(best, { organisation, score: 3 + nameWords.length / 100 + exactness(nameWords.map((nameWord, offset) => [words[positions[offset]!]!, nameWord, stems[offset]!])), start: Math.min(...positions), end: Math.max(...positions) + 1 });
        }
      }
      if (variant.distinctive.length > 0 && variant.distinctive.length < nameWords.length) {
        let positions = variant.distinctive.map((offset) => at(nameWords[offset]!, stems[offset]!));
        // "adm o övrigt": once one distinctive word is written out, the others may be abbreviated (3 letters or more).
        if (positions.some((position) => position >= 0) && positions.some((position) => position < 0)) {
          positions = positions.map((position, index) => (position >= 0 ? position : words.findIndex((candidate) => abbreviatesNameWord(candidate.word, nameWords[variant.distinctive[index]!]!))));
        }
        if (positions.every((position) => position >= 0)) {
          best = pick(best, { organisation, score: 2 + variant.distinctive.length / 100, start: Math.min(...positions), end: Math.max(...positions) + 1 });
        } else if (variant.distinctive.length === 1 || positions.every((position) => position < 0)) {
          // "bussarna" for "Stadsbussarna Öjemark": its one distinctive word by the compound's last part;
          // "omsorgen" for "Individ- och familjeomsorg" as for "Äldreomsorg", by its last distinctive word,
          // so that a word several units' names end with asks which of them.
          const nameWord = nameWords[variant.distinctive[variant.distinctive.length - 1]!]!;
          const position = words.findIndex((candidate) => endsCompound(candidate, nameWord));
          if (position >= 0) best = pick(best, { organisation, score: 1.5, start: position, end: position + 1 });
        }
      }
    }
    // "tåget" for "Öjetåget": a one-word name by the last part of its compound, a weak sign; so is a name
    // whose every word is its own ("boendet" for "Solgläntans äldreboende", "stationen" for "Brandstation Hällby").
    if (!best) {
      for (const variant of index.variants.get(organisation.id) ?? []) {
        const own = variant.words.length === 1 ? [0] : variant.distinctive.length === variant.words.length ? variant.distinctive : [];
        for (const offset of own) {
          if (variant.words[offset]!.length <= 3) continue;
          const position = words.findIndex((candidate) => endsCompound(candidate, variant.words[offset]!));
          if (position >= 0) best = pick(best, { organisation, score: 1.5, start: position, end: position + 1 });
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
  // A mention inside a longer one ("Gemensamma tjänster" in "Gemensamma tjänster – HR") gives way, and
  // of two units of one tree read from the same words the weaker ("Regionkontoret" is Regionkontoret,
  // not Regionkontoret – HR); another tree's is kept for the asker's scope to decide.
  const sameTree = (a: OrganisationRecord, b: OrganisationRecord) => index.roots.get(a.id) === index.roots.get(b.id);
  return mentions
    .filter((mention) => !mentions.some((other) => other !== mention && other.score >= mention.score - 1 && other.start <= mention.start && other.end >= mention.end && (other.end - other.start > mention.end - mention.start || (other.score >= mention.score + 0.5 && sameTree(other.organisation, mention.organisation)))))
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/** Every organisation named in the question, best first. */
export function findOrganisationMentions(question: string, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  return findOrganisationMentionsIn(tokenizeQuestion(question), indexOrganisations(organisations));
}

/** The key of a word in the prefix index: its first three letters (all of a shorter word). */
function prefixOf(word: string): string {
  return word.slice(0, 3);
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
      const said = tokens.slice(match.start, match.end).map((token) => swedishStem(token.word));
      for (const { organisation, score } of candidatesOfKind(home, organisations, kind, said)) mentions.push({ organisation, score, start: match.start, end: match.end });
    }
  }
  // "the committee" matches "the committee" and "committee": one reference, the longer.
  const sorted = mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((mention, index) => !sorted.slice(0, index).some((other) => other.organisation.id === mention.organisation.id && other.start <= mention.start && other.end >= mention.end));
}

/**
 * What "förvaltningen", "the committee" means to someone at `home`: their own of that kind (itself
 * or a parent), else the one below them, else the one in their own tree; several in their own tree
 * are a choice among those (score 0). Only an asker whose tree has none ("regionen" asked in a
 * municipality) is offered the other trees' (score 0).
 */
// Kinds of part of an administration that reports call by many names ("avdelningen", "enheten", "området").
const PARTS: readonly OrganisationKind[] = ['department', 'unit', 'business_area', 'programme'];

function candidatesOfKind(home: OrganisationRecord, organisations: readonly OrganisationRecord[], kind: OrganisationKind, said: readonly string[] = []): { organisation: OrganisationRecord; score: number }[] {
  // "Programmet", "the programme" name a part of that kind only; the department words stand for any part.
  const exactPart = PARTS.includes(kind) && kind !== 'department';
  const kinds = PARTS.includes(kind) && !exactPart ? PARTS : [kind];
  // "området" asked at Område Sjukhusvård, "avdelningen" at a unit of Avdelningen Kund: the nearest of
  // the asker's own (itself, then its parents) whose name is called by the word, whatever kind the store
  // files it under ("Område …" is often an administration); the parts below it come second.
  if (PARTS.includes(kind)) {
    const calledSo = [home, ...ancestorsOf(home, organisations)].find((organisation) => foldedWords(organisation.name).some((word) => said.includes(swedishStem(word))));
    if (calledSo) return [{ organisation: calledSo, score: 1 }];
  }
  const own = nearestOfKind(home, organisations, kinds);
  if (own) return [{ organisation: own, score: 1 }];
  const below = descendantsOf(home, organisations).filter((candidate) => kinds.includes(candidate.kind));
  if (below.length === 1) return [{ organisation: below[0]!, score: 1 }];
  // The asker's own parts first, those whose name says what the question says ("avdelningen": the
  // "Avdelningen …" units); a part of another tree is never what "avdelningen" means.
  if (exactPart && below.length > 1) return below.map((organisation) => ({ organisation, score: 0 }));
  if (PARTS.includes(kind)) {
    const named = below.filter((organisation) => foldedWords(organisation.name).some((word) => said.includes(swedishStem(word))));
    return (named.length > 0 ? named : below).map((organisation) => ({ organisation, score: named.length === 1 ? 1 : 0 }));
  }
  const root = rootOf(home, organisations);
  const tree = [root, ...descendantsOf(root, organisations)].filter((candidate) => candidate.kind === kind);
  if (tree.length === 1) return [{ organisation: tree[0]!, score: 1 }];
  const choices = tree.length > 0 ? tree : organisations.filter((candidate) => candidate.kind === kind);
  return choices.map((organisation) => ({ organisation, score: 0 }));
}

/** findKindReferencesIn for a question's text. */
export function findKindReferences(question: string, home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationMention[] {
  return findKindReferencesIn(tokenizeQuestion(question), loadLexicon(), home, organisations);
}
