// "vart hamnar expl vid bokslutet?" asked at Exploateringsverksamheten: controllers clip their own long
// one-word name to its first letters as they clip line names ("personalkostn"). Across the store a clipped
// word could begin many names, and even among the asker's units it proved too loose (it took words that
// meant something else), so it is read as the asker's own name only, and only where none of the asker's
// lines begins with it.
import type { OrganisationRecord } from '../../figures/records.js';
import { foldedWords } from '../../language/fold-text.js';
import { descendantsOf } from '../answer-context.js';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.js';
import { isNameHead, type OrganisationMention } from '../find-organisation-mention.js';
import type { Lexicon } from '../lexicon/load-lexicon.js';
import { isConceptWord } from './find-concepts.js';
import { isQuestionStopword } from './question-stopwords.js';
import type { Token } from './tokenize-question.js';

// Four letters at least ("expl"): shorter clippings are abbreviations (short-unit-names.ts) or ordinary words.
const SHORTEST = 4;
// A clipping leaves out a good part of the word.
const LEFT_OUT = 4;

const KNOWN = new WeakMap<QuestionCatalogue, readonly string[]>();
/** Every word of the store's names and lines, four letters or more: the parts compounds are made of. */
function knownWords(catalogue: QuestionCatalogue): readonly string[] {
  const cached = KNOWN.get(catalogue);
  if (cached) return cached;
  const words = new Set<string>();
  for (const organisation of catalogue.organisations) {
    for (const name of [organisation.name, ...organisation.aliases]) for (const word of foldedWords(name)) words.add(word);
    for (const nameWords of catalogue.lineNameWords(organisation.id)) for (const word of nameWords) words.add(word);
  }
  const known = [...words].filter((word) => word.length >= 4);
  KNOWN.set(catalogue, known);
  return known;
}

const WHOLE = new WeakMap<QuestionCatalogue, ReadonlySet<string>>();
/** Every word of the store's organisation names and aliases, folded: once per catalogue, not per question (400 names on a large store). */
function wholeNameWordsOf(catalogue: QuestionCatalogue): ReadonlySet<string> {
  let words = WHOLE.get(catalogue);
  if (!words) WHOLE.set(catalogue, (words = new Set(catalogue.organisations.flatMap((organisation) => [organisation.name, ...organisation.aliases].flatMap(foldedWords)))));
  return words;
}

/**
 * "region|bussarna", "läns|teknik": a word that ends where a part of the compound ends is that part, a word
 * of its own, not the name cut short; what follows it (after a linking s or e) begins a word the store knows.
 */
function endsAPart(word: string, nameWord: string, known: readonly string[]): boolean {
  const rest = nameWord.slice(word.length);
  // "trafik|förvaltningen": the name without its head is read by the name finder, and a word of its own.
  if (isNameHead(rest)) return true;
  return [rest, rest.replace(/^[se]/u, '')].some((after) => after.length >= 4 && known.some((knownWord) => after.startsWith(knownWord) || knownWord.startsWith(after.slice(0, 6))));
}

// Each clipped part of a clipped compound ("säk|avd") keeps at least three letters.
const SHORTEST_PART = 3;

/**
 * Whether `word` clips a one-word compound name part by part ("säk|avd" of "säkerhets|avdelningen",
 * "ek|avd" is too short): its first letters begin the name, and the rest begins a later part of it
 * that is a name's head or a word the store knows, after letters the clipping left out.
 */
function clipsPartByPart(word: string, nameWord: string, known: readonly string[]): boolean {
  if (nameWord.startsWith(word)) return false;
  for (let cut = SHORTEST_PART; cut <= word.length - SHORTEST_PART; cut += 1) {
    const [first, rest] = [word.slice(0, cut), word.slice(cut)];
    if (!nameWord.startsWith(first)) return false;
    for (let at = nameWord.indexOf(rest, cut + 1); at > cut; at = nameWord.indexOf(rest, at + 1)) {
      const part = nameWord.slice(at);
      if (isNameHead(part) || known.some((knownWord) => knownWord.length >= 4 && part.startsWith(knownWord))) return true;
    }
  }
  return false;
}

/** Mentions of the asker's own organisation by the first letters of the first word of its name or an alias. */
export function mentionsByClippedOwnName(tokens: readonly Token[], taken: readonly OrganisationMention[], home: OrganisationRecord, catalogue: QuestionCatalogue, lexicon: Lexicon): OrganisationMention[] {
  // A word that begins a word of one of the asker's lines may be that line cut short ("pers" for "Personalkostnader").
  const lineWords = catalogue.lineNameWords(home.id).flat();
  const known = knownWords(catalogue);
  // A word some name in the store has whole ("region", "kommun"), or a kind word, is a word, not a clipping.
  const wholeNameWords = wholeNameWordsOf(catalogue);
  const kindPositions = new Set(lexicon.organisationKinds.flatMap(([, phrases]) => phrases.find(tokens).flatMap((match) => Array.from({ length: match.end - match.start }, (_, offset) => match.start + offset))));
  const firstWords = [home.name, ...home.aliases].map((name) => foldedWords(name)[0] ?? '');
  const mentions: OrganisationMention[] = [];
  tokens.forEach((token, index) => {
    const word = token.word;
    if (word.length < SHORTEST || !/^\p{L}+$/u.test(word) || taken.some((mention) => mention.start <= index && index < mention.end)) return;
    if (wholeNameWords.has(word) || kindPositions.has(index) || isQuestionStopword(word, lexicon) || isConceptWord(word, lexicon)) return;
    const label = index === 0 && token.colonNext === true;
    if (!label && lineWords.some((lineWord) => lineWord.startsWith(word))) return;
    const clips = (name: string) => {
      const first = foldedWords(name)[0] ?? '';
      return first.length >= word.length + LEFT_OUT && first.startsWith(word) && !endsAPart(word, first, known);
    };
    if (firstWords.some((first) => clips(first)) && !lineWords.some((lineWord) => lineWord.startsWith(word))) mentions.push({ organisation: home, score: 2, start: index, end: index + 1 });
    // "expl: what's the full-yr result fcst?": a clipped word that heads the question as a label before a colon
    // says whose figures are asked, as controllers head a chat message; there it may clip one of the asker's
    // units, when it clips one alone.
    else {
      const labelled = label ? descendantsOf(home, catalogue.organisations).filter((unit) => [unit.name, ...unit.aliases].some(clips)) : [];
      // "säkavd" at Regionkontoret: a one-word unit name clipped part by part, each part kept to its first
      // letters, is as sure as a name, label or not: it names the one unit of the asker's it clips so.
      const byParts = (name: string) => foldedWords(name).length === 1 && clipsPartByPart(word, foldedWords(name)[0]!, known);
      const units = labelled.length === 1 ? labelled : descendantsOf(home, catalogue.organisations).filter((unit) => [unit.name, ...unit.aliases].some(byParts));
      if (units.length === 1) mentions.push({ organisation: units[0]!, score: 2, start: index, end: index + 1 });
    }
  });
  return mentions;
}
