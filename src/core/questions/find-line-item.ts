// Which report line a question is about. A line's own words are matched with
// inflection and typo tolerance and as parts of compounds ("personal" in
// "personalkostnader"); everyday words reach lines through concepts
// (the lexicon's concepts). The best-covered line wins; equally good different
// lines make the answer a clarifying question.
import type { LineItemRecord } from '../figures/records.js';
import { foldText } from '../language/fold-text.js';
import { abbreviationsIn } from './line-name-heads.js';
import { isNearWord } from '../language/edit-distance.js';
import { abbreviates } from '../language/abbreviation.js';
import { swedishStem } from '../language/swedish-stem.js';
import { loadLexicon, type Lexicon } from './lexicon/load-lexicon.js';
import { conceptPhraseWords, findConcepts, isConceptWord as isLexiconConceptWord } from './reading/find-concepts.js';
import { splitCompound } from './split-compound.js';
import { isQuestionStopword } from './reading/question-stopwords.js';
import { glossLineWords } from './reading/gloss-line-words.js';
import { asksForKpis, withoutKpiWords } from './kpi-words.js';

/** A line, how well the question's words cover it (0–1), and which of its words they matched. */
export interface LineItemMatch {
  readonly item: LineItemRecord;
  readonly score: number;
  /** How many of the line's words the question matched. */
  readonly matched: number;
  readonly matchedWords: readonly string[];
}

// Words in line names that say little about which line it is.
const NAME_STOPWORDS = new Set(['och', 'av', 'for', 'i', 'pa', 'till', 'med', 'inklusive', 'varav', 'samt', 'totalt', 'totala', 'total', 'summa', 'verksamhetens', 'verksamhet', 'verksamheter', 'verksamheten', 'pga', 'fran', 'via']);

/** How well one question word stands for one word of a line name: 1 the same word, less for a part of a compound, 0 none. */
function wordMatch(questionWord: string, nameWord: string): number {
  if (questionWord === nameWord) return 1;
  const question = swedishStem(questionWord);
  const name = swedishStem(nameWord);
  if (question === name) return 1;
  // A typo, not a compound: a word with another in front or behind ("reinvestering") is not a misspelling of it.
  // One letter more at the end is no word behind, but a misspelt ending ("lokalhyrona" for "lokalhyrorna").
  const oneLetterMore = Math.abs(name.length - question.length) === 1 && (name.startsWith(question) || question.startsWith(name));
  const compound = !oneLetterMore && (name.startsWith(question) || name.endsWith(question) || question.startsWith(name) || question.endsWith(name));
  if (!compound && name.length >= 4 && question.length >= 4 && isNearWord(question, name)) return 1;
  // The same root in another word class ("placeringar", "Placerade barn och unga"): a long common
  // beginning that is most of both words.
  if (!compound && sameRoot(question, name)) return 0.8;
  // Compounds: "personal" is the first part of "personalkostnad"; "hyror" the last of "lokalhyror".
  if (question.length >= 5 && name.length > question.length && (name.startsWith(question) || name.endsWith(question))) return 0.8;
  // A short stem of a longer word ("entr" of "entréer") begins a compound as the word does when five letters as
  // written are the compound's first five ("entréer", "Entréavgifter"): the stemmer took more than an ending.
  if (question.length === 4 && name.length > question.length && name.startsWith(question) && commonStart(questionWord, nameWord) >= 5) return 0.8;
  // The head of a Swedish compound is its last part: a "förskola" is a kind of "skola".
  if (isHeadOf(question, name)) return 0.8;
  // The name word is only a part of the question's word ("kostnader" in "personalkostnaderna"): the question means something narrower.
  return name.length >= 5 && question.length > name.length && (question.startsWith(name) || question.endsWith(name)) ? 0.55 : 0;
}

// First parts that make a compound of a total's word mean the total itself ("driftkostnaderna", "totalkostnaden").
const TOTAL_PARTS = new Set(['drift', 'brutto', 'total', 'sammanlagd', 'verksamhet', 'helar', 'period', 'arets', 'summa']);

/**
 * "resekostnaderna", "hotellkostnader": a compound that ends in a line's word ("kostnader") with a first
 * part that no line, concept or small word knows is a narrower thing the organisation does not
 * report, not the line (Verksamhetens kostnader): the answer is that no such line exists.
 */
function narrowedByUnknown(questionWord: string, nameWord: string, known: (part: string) => boolean): boolean {
  const [question, name] = [swedishStem(questionWord), swedishStem(nameWord)];
  if (question.length <= name.length || !question.endsWith(name)) return false;
  const rest = question.slice(0, -name.length).replace(/-$/, '');
  const part = rest.endsWith('s') && rest.length > 4 ? rest.slice(0, -1) : rest;
  return part.length >= 3 && !TOTAL_PARTS.has(part) && !TOTAL_PARTS.has(rest) && !known(part) && !known(rest);
}

/** Whether a stem of 4 letters or more is the last part of a longer compound's stem ("skol" of "forskol"), after a first part of 3 letters or more. */
export function isHeadOf(question: string, name: string): boolean {
  return question.length >= 4 && name.length >= question.length + 3 && name.endsWith(question);
}

// Whether a word is a verb or function word, asked for every word of every line of every organisation a
// question is resolved against: worked out once per word and lexicon.
const functionWordsByLexicon = new WeakMap<Lexicon, Map<string, boolean>>();

function isFunctionWord(word: string, lexicon: Lexicon): boolean {
  let known = functionWordsByLexicon.get(lexicon);
  if (!known) functionWordsByLexicon.set(lexicon, (known = new Map()));
  let answer = known.get(word);
  if (answer === undefined) {
    const specificConceptWord = lexicon.concepts.some((concept) => !concept.generic && isLexiconConceptWord(word, { ...lexicon, concepts: [{ ...concept, phraseWords: new Set<string>() }] }));
    answer = isQuestionStopword(word, lexicon) && !specificConceptWord;
    if (known.size > 50_000) known.clear();
    known.set(word, answer);
  }
  return answer;
}

/** How many letters two words begin with alike. */
function commonStart(a: string, b: string): number {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common;
}

/** Whether two stems share a root: a common beginning of 6 letters or more, at least three quarters of the shorter, lengths within 3. */
function sameRoot(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 3) return false;
  const common = commonStart(a, b);
  return common >= 6 && common >= 0.75 * Math.min(a.length, b.length);
}

/**
 * Whether the question writes the line's name of two words or more in order with some or all of them
 * abbreviated ("övr kostnader", "övr. kostn." for "Övriga kostnader"), or a one-word name as its abbreviated first
 * part followed by a later part ("fin.netto" for "Finansnetto", "pers.kostn" for "Personalkostnader"),
 * as organisation names are read ("digital infra").
 */
function namedAbbreviated(asked: readonly string[], nameWords: readonly string[], written: (questionWord: string, nameWord: string) => boolean): boolean {
  if (nameWords.length === 1) {
    const [nameWord] = nameWords as [string];
    return asked.some((word, index) => abbreviates(word, nameWord) && (asked[index + 1]?.length ?? 0) >= 4 && nameWord.indexOf(asked[index + 1]!, word.length) >= 0);
  }
  for (let start = 0; start + nameWords.length <= asked.length; start += 1) {
    const at = (offset: number) => asked[start + offset]!;
    const spelt = nameWords.map((nameWord, offset) => (written(at(offset), nameWord) ? 'written' : abbreviates(at(offset), nameWord) ? 'abbreviated' : null));
    if (spelt.every((how) => how !== null) && spelt.includes('abbreviated')) return true;
  }
  return false;
}

// Small words of names that list two things rather than join one phrase.
const LIST_WORDS = new Set(['och', 'samt', 'varav', 'inklusive']);
/** Whether a word joins one phrase ("för", "från"), not two things ("och", "samt"). */
const smallWord = (word: string) => NAME_STOPWORDS.has(word) && !LIST_WORDS.has(word);

// Letters a compound may put between its parts ("skolkort|s|intäkter", "kyrk|o|gårdar").
const MAX_JOINT = 1;

/**
 * Whether a compound of a line's name is said as two of the question's words, its first part and its
 * head, in either order with at most a preposition between, where the head is the word of a total above the
 * line ("intäkter från skolkort" for Skolkortsintäkter under Summa intäkter): the asker names the
 * compound line, not the total. `asked` are the question's words in order, `small` tells the words
 * that may stand between ("för", "från"), `totalStems` the stems of the words of the line's totals.
 */
function compoundSaidApart(nameWord: string, asked: readonly string[], small: (word: string) => boolean, totalStems: ReadonlySet<string>): boolean {
  const name = swedishStem(nameWord);
  const stems = asked.map(swedishStem);
  const joint = (first: string, head: string) => name.length - first.length - head.length;
  const phrase = (from: number, to: number) => asked.slice(Math.min(from, to) + 1, Math.max(from, to)).every(small);
  return stems.some((first, at) => first.length >= 4 && name.startsWith(first) && stems.some((head, other) => other !== at && head.length >= 4 && totalStems.has(head) && name.endsWith(head) && joint(first, head) >= 0 && joint(first, head) <= MAX_JOINT && phrase(at, other)));
}

// Line records come from the store's catalogue and live as long as its version: their words are folded once.
const nameWordsCache = new Map<string, string[]>();

const nameStemsCache = new Map<string, string[]>();

/** The stems of a line name's words, in the order of `nameWords`. */
export function nameStems(name: string): string[] {
  const known = nameStemsCache.get(name);
  if (known) return known;
  const stems = nameWords(name).map(swedishStem);
  if (nameStemsCache.size > 100_000) nameStemsCache.clear();
  nameStemsCache.set(name, stems);
  return stems;
}

function nameWords(name: string): string[] {
  const known = nameWordsCache.get(name);
  if (known) return known;
  const words = foldedNameWords(name);
  if (nameWordsCache.size > 100_000) nameWordsCache.clear();
  nameWordsCache.set(name, words);
  return words;
}

function foldedNameWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !NAME_STOPWORDS.has(word));
}

// Long words are worth splitting; shorter ones are words of their own.
const SPLIT_FROM = 9;

/**
 * The line words a long compound of the question is made of ("gymnasieelevantalet" gives
 * "gymnasieskolan", "elever", "antal"), when no line word is the compound or a part of it, and the
 * everyday words of specific concepts among its parts ("hyra" of "hyreskostnaderna"). A compound
 * is what its last part says of its first: "hyreskostnaderna" are the costs of rent, so a generic
 * last part ("kostnader") is no line word of its own beside a specific first part.
 */
function compoundParts(questionWords: readonly string[], lineWords: readonly string[], namesWords: readonly (readonly string[])[], lexicon: ReturnType<typeof loadLexicon>): { lineParts: string[]; conceptParts: string[]; compounds: string[][] } {
  const lineParts: string[] = [];
  const conceptParts: string[] = [];
  const compounds: string[][] = [];
  let conceptWords: string[] | undefined;
  const specific = (part: string) => lexicon.concepts.some((concept) => !concept.generic && isLexiconConceptWord(part, { ...lexicon, concepts: [concept] }));
  const generic = (part: string) => lexicon.concepts.some((concept) => concept.generic && isLexiconConceptWord(part, { ...lexicon, concepts: [concept] }));
  for (const word of questionWords) {
    if (word.length < SPLIT_FROM || lineWords.some((lineWord) => wordMatch(word, lineWord) >= 0.8)) continue;
    conceptWords ??= lexicon.concepts.flatMap((concept) => concept.words.filter((candidate) => !candidate.endsWith('*')));
    // A word only like a line word ("upphandlingsindex", "upphandling") is split into words written in full
    // when one line's name has them all ("Upphandling - Index"): the compound is that name said as one word.
    const oneName = (parts: readonly string[]) => namesWords.some((words) => parts.every((part) => words.includes(part)));
    const parts = splitCompound(word, [...lineWords, ...conceptWords], { wordsInFull: oneName });
    if (!parts) continue;
    // A part the word only begins or ends like a longer known word ("lokal|vården": "lokalhyror",
    // "folktandvård"; "städ|ningen": "energianvändning") shares no real part with it when the compound's
    // line words point at different lines; it still stands for it when they point at one line
    // ("gymnasie|elev|antalet", "bygglovs|tiden"), when it is the compound's one line word, or when it
    // begins the compound before a head the word writes ("bredbands|investeringen"): the head says what it is.
    const head = parts[parts.length - 1]!;
    const kept = (part: string, index: number) => writtenIn(word, part) || (index < parts.length - 1 && writtenIn(word, head));
    // A last part that frames the rest ("personalkostnads|prognosen", "sjukfrånvaro|siffran") says what of it is asked, not which line.
    const framed = lexicon.everydayParts.frames.includes(head) ? parts.slice(0, -1) : parts;
    const lineSaid = framed.filter((part) => lineWords.includes(part));
    const agree = lineSaid.length <= 1 || oneName(lineSaid);
    const named = parts.filter((part, index) => specific(part) && (agree || kept(part, index)));
    conceptParts.push(...named);
    const own = framed.filter((part, index) => lineWords.includes(part) && (agree || kept(part, index)) && !(named.length > 0 && generic(part)));
    lineParts.push(...own);
    if (own.length >= 2) compounds.push(own);
  }
  return { lineParts, conceptParts, compounds };
}

/**
 * Whether a compound writes a known word: whole, less an ending of up to two letters ("personalkostnad|s" of
 * "personalkostnader", "hyr|es" of "hyra"), or clipped at the word's end as controllers shorten ("läkemedels|kostn").
 */
function writtenIn(word: string, known: string): boolean {
  for (let cut = 0; cut <= 2 && known.length - cut >= 3; cut += 1) if (word.includes(known.slice(0, known.length - cut))) return true;
  for (let length = 4; length < known.length; length += 1) if (word.endsWith(known.slice(0, length))) return true;
  return false;
}

// Concepts that ask what something costs in money.
const COST_CONCEPTS: ReadonlySet<string> = new Set(['costs']);

/** The units a question asks a ratio to ("kvadratmeter" of "per kvadratmeter"), as stems. */
function unitsAskedPer(askedWords: readonly string[], lexicon: ReturnType<typeof loadLexicon>): string[] {
  const tokens = askedWords.map((word, index) => ({ word, sentenceStart: index === 0 }));
  return lexicon.perUnit.find(tokens).map((match) => swedishStem(askedWords[match.end - 1]!));
}

/**
 * The units a question asks a ratio to, read from the words as written ("per SFI student": the glossary reads
 * "student" as "elever" and the ratio would be lost): each as its stem and the stems of the glossary's words
 * for it that are units too ("elev"), any of which a line's name may write.
 */
export function unitsAskedPerWritten(written: readonly string[]): string[][] {
  const lexicon = loadLexicon();
  const tokens = written.map((word, index) => ({ word, sentenceStart: index === 0 }));
  const isUnit = (word: string) => lexicon.perUnit.find([{ word: 'per', sentenceStart: false }, { word, sentenceStart: false }]).length > 0;
  return lexicon.perUnit.find(tokens).map((match) => {
    const word = written[match.end - 1]!;
    const glossed = glossLineWords([{ word, sentenceStart: false }], [0], lexicon).wordsAt(0);
    return [...new Set([word, ...glossed.filter(isUnit)].map(swedishStem))];
  });
}

/** The words that ask for a count ("hur många besökare", "antal elbussar"), not an amount ("hur många miljoner"); none when no count is asked. */
function countWords(words: readonly string[], lexicon: ReturnType<typeof loadLexicon>): string[] {
  const tokens = words.map((word, index) => ({ word, sentenceStart: index === 0 }));
  const counts = lexicon.countQuestions.phrases.find(tokens).filter((match) => !lexicon.countQuestions.notBefore.has(words[match.end] ?? ''));
  return counts.flatMap((match) => words.slice(match.start, match.end));
}

/** Whether the question asks for a count ("hur många bor här?", "antal elbussar"), not an amount ("hur många miljoner"). */
export function asksForACount(words: readonly string[]): boolean {
  return countWords(words, loadLexicon()).length > 0;
}

/** Whether a folded word is one of the everyday words for a line. */
export function isConceptWord(word: string): boolean {
  return isLexiconConceptWord(word, loadLexicon());
}

/** Concepts the question's words name. Words inside a phrase ("staff turnover") count for the phrase only. */
export function conceptsIn(questionWords: readonly string[]): string[] {
  return findConcepts(questionWords, loadLexicon());
}

/** Lines of `items` the question names, best first; words already used for an organisation are left out.
 *  `qualifiers` are the first parts of hyphenated words ("IT" in "IT-kostnaderna"): lines without them rank lower.
 *  `conceptWords` (default: the same words) are read for everyday words, which may include compounds of the follow-up vocabulary. */
export function findLineItems(
  writtenWords: readonly string[],
  items: readonly LineItemRecord[],
  qualifiers: readonly string[] = [],
  writtenConceptWords: readonly string[] = writtenWords,
  unitsAsked?: readonly (readonly string[])[],
): LineItemMatch[] {
  const lexicon = loadLexicon();
  // "Nyckeltalen för X", "X-nyckeltalet": only a KPI answers; the key-figure word names no line itself.
  const kpisAsked = asksForKpis(writtenWords, lexicon) || asksForKpis(writtenConceptWords, lexicon);
  const askedWords = kpisAsked ? withoutKpiWords(writtenWords, lexicon) : writtenWords;
  const conceptWords = kpisAsked ? withoutKpiWords(writtenConceptWords, lexicon) : writtenConceptWords;
  const wordsByItem = new Map(items.map((item) => [item.id, nameWords(item.name)]));
  const unitAlternatives = unitsAsked ?? unitsAskedPer(conceptWords, lexicon).map((unit) => [unit]);
  // (The word as written says which ratio; the glossary's words for it may still name the line, "elever" of "Kostnad per elev".)
  const units = unitAlternatives.map((alternatives) => alternatives[0]!);
  const counted = countWords(conceptWords, lexicon);
  const countAsked = counted.length > 0;
  // The unit says which ratio, not which line: "lokalhyror per invånare" is not a line about inhabitants.
  // Nor does the count word name a line: "antal elbussar" is not "Antal resor"; the counted thing must be on record.
  const named = askedWords.filter((word) => !units.includes(swedishStem(word)) && !counted.includes(word));
  const lineWordLists = [...wordsByItem.values()];
  const allLineWords = [...new Set(lineWordLists.flat())];
  const parts = compoundParts(named, allLineWords, lineWordLists, lexicon);
  const questionWords = parts.lineParts.length === 0 ? named : [...named, ...parts.lineParts];
  // A compound a line's name writes ("hemtjänsten" of "Brukartid i hemtjänst") names that line, not the
  // concept of its last part ("tjänster"); a concept's own word ("personalkostnaderna") still names its concept.
  const conceptRead = conceptWords.filter((word) => isLexiconConceptWord(word, lexicon) || !allLineWords.some((lineWord) => lineWord.length >= SPLIT_FROM && wordMatch(word, lineWord) === 1));
  const questionStems = questionWords.map(swedishStem);
  // How many lines each word appears in: a word only one line has names that line.
  const stemsByItem = new Map(items.map((item) => [item.id, nameStems(item.name)]));
  const frequency = new Map<string, number>();
  for (const stems of stemsByItem.values()) for (const stem of new Set(stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  // A word names one line only when no other line has it either as a word or as the head of a compound ("skola", "Förskolan").
  const linesWith = new Map<string, number>();
  const linesHaving = (stem: string): number => {
    let count = linesWith.get(stem);
    if (count === undefined) {
      count = [...stemsByItem.values()].filter((stems) => stems.some((other) => other === stem || isHeadOf(stem, other))).length;
      linesWith.set(stem, count);
    }
    return count;
  };
  const qualifying = qualifiers.filter((qualifier) => [...wordsByItem.values()].some((words) => words.some((word) => word === qualifier || word.startsWith(qualifier))));
  const matches: LineItemMatch[] = [];
  // The first part of a compound narrower than a line's word must be one of that line's words (or say little).
  const knownTo = (lineWords: readonly string[]) => (part: string) => NAME_STOPWORDS.has(part) || isQuestionStopword(part, lexicon) || lineWords.some((nameWord) => swedishStem(nameWord) === swedishStem(part) || nameWord.startsWith(part));
  const namesWord = (questionWord: string, nameWord: string, lineWords: readonly string[]) => {
    const score = wordMatch(questionWord, nameWord);
    return score > 0 && !(score < 0.6 && narrowedByUnknown(questionWord, nameWord, knownTo(lineWords)));
  };
  const unnamedWords = new Set(questionWords.filter((word) => word.length >= 5 && !isLexiconConceptWord(word, lexicon) && !isQuestionStopword(word, lexicon) && ![...wordsByItem.values()].some((lineWords) => lineWords.some((nameWord) => namesWord(word, nameWord, lineWords)))));
  const unnamed = unnamedWords.size > 0;
  // A compound that only ends in a concept's word ("friskvårdsbidraget": "bidrag") with a first part no line,
  // concept or small word knows is a narrower thing: where the concept has several lines, its first part would
  // say which, and none has it, so it names the concept not at all (no question back among every grant line).
  // Where the concept has one line, the thing is a part of it ("långtidssjukfrånvaron" of Sjukfrånvaro).
  // (A known first part, "hyres|kostnaderna", is a concept part of its own.)
  const everyConcept = findConcepts(parts.conceptParts.length === 0 ? conceptRead : [...conceptRead, ...parts.conceptParts], lexicon);
  const namedOutright = unnamed ? new Set(findConcepts([...conceptRead.filter((word) => !unnamedWords.has(word)), ...parts.conceptParts], lexicon)) : new Set(everyConcept);
  const linesOfConcept = (name: string) => {
    const concept = lexicon.concepts.find((candidate) => candidate.name === name);
    return concept ? items.filter((item) => concept.isLineName(foldText(item.name)) || (item.parentId === null && concept.totalKinds.includes(item.kind))).length : 0;
  };
  const costAsked = everyConcept.some((name) => COST_CONCEPTS.has(name));
  const concepts = new Set(everyConcept.filter((name) => namedOutright.has(name) || linesOfConcept(name) <= 1));
  // A concept's own word reaches lines through the concept, or as the line's own word; as a
  // part of a compound ("investering" in "Reinvestering") it would name a narrower line.
  // (A word only a concept's phrase has, "index" of "kund-index", is no concept's word when said without the phrase.)
  const inPhrase = conceptPhraseWords(conceptWords, lexicon);
  const phraseOnly = (word: string) => !inPhrase.has(word) && !lexicon.concepts.some((concept) => isLexiconConceptWord(word, { ...lexicon, concepts: [{ ...concept, phraseWords: new Set<string>() }] }));
  const conceptual = new Set(questionWords.filter((word) => isLexiconConceptWord(word, lexicon) && !phraseOnly(word)));
  // A kind-wide concept's word ("investeringarna") reaches its lines only through the concept, even a
  // total that carries the word ("Investeringar totalt"): so a line the question's other words name wins.
  const kindWide = lexicon.concepts.filter((concept) => concept.totalKinds.length > 0);
  const genericConcepts = lexicon.concepts.filter((concept) => concept.generic);
  const genericWord = (word: string) => genericConcepts.some((concept) => isLexiconConceptWord(word, { ...lexicon, concepts: [concept] }));
  const namedBySpecificConcept = (item: LineItemRecord) => lexicon.concepts.some((concept) => !concept.generic && concepts.has(concept.name) && (concept.isLineName(foldText(item.name)) || concept.totalKinds.includes(item.kind)));
  const kindWord = new Set([...conceptual].filter((word) => kindWide.some((concept) => isLexiconConceptWord(word, { ...lexicon, concepts: [concept] }))));
  // Only a word of the kind on its own: "budget" of "investment budget" asks for a budget, not for investments.
  const kindAskedOf = kindWide.filter((concept) => concepts.has(concept.name) && [...kindWord].some((word) => isLexiconConceptWord(word, { ...lexicon, concepts: [{ ...concept, phraseWords: new Set<string>() }] })));
  // A specific concept's everyday word ("personalen", "utveckling") that is also a word of a line's own name
  // ("Inhyrd personal") names that line as much as the concept names its lines.
  const specificWord = new Set([...conceptual].filter((word) => !kindWord.has(word) && lexicon.concepts.some((concept) => !concept.generic && concept.totalKinds.length === 0 && concepts.has(concept.name) && isLexiconConceptWord(word, { ...lexicon, concepts: [concept] }))));
  // A verb or function word ("gått", "kostar"), kept because a concept's phrase or a generic concept has it,
  // names a line word only written as that very word: "gått" is not the tail of "genomgått", nor "kostar"
  // the food ("kost") of "Personalkostnader kost- och lokalvårdsenheten". A specific concept's word keeps its reach.
  const functionWord = (word: string) => isFunctionWord(word, lexicon);
  const match = (questionWord: string, nameWord: string, lineWords?: readonly string[]) => {
    if (kindWord.has(questionWord)) return 0;
    if (questionWord !== nameWord && functionWord(questionWord)) return 0;
    const score = wordMatch(questionWord, nameWord);
    if (lineWords && score > 0 && !namesWord(questionWord, nameWord, lineWords)) return 0;
    return score < 1 && conceptual.has(questionWord) ? 0 : score;
  };
  // The lines the question's specific concepts name by their own words ("Personalkostnader" for "personal").
  const specificConcepts = lexicon.concepts.filter((concept) => !concept.generic && concept.totalKinds.length === 0 && concepts.has(concept.name));
  // Per everyday word, the lines its own concepts name: "utveckling" names Utvecklingskostnader, "resultat" none of those.
  const conceptLinesOf = new Map([...specificWord].map((word) => {
    const own = specificConcepts.filter((concept) => isLexiconConceptWord(word, { ...lexicon, concepts: [concept] }));
    return [word, items.filter((item) => own.some((concept) => concept.isLineName(foldText(item.name)))).map((item) => item.id)] as const;
  }));
  // The stems of the words of the totals above a line ("intakt" of Summa intäkter).
  const byId = new Map(items.map((item) => [item.id, item]));
  const totalStemsOf = (item: LineItemRecord): Set<string> => {
    const stems = new Set<string>();
    const seen = new Set<number>();
    for (let total = byId.get(item.parentId ?? -1); total && !seen.has(total.id); total = byId.get(total.parentId ?? -1)) {
      seen.add(total.id);
      for (const stem of nameStems(total.name)) stems.add(stem);
    }
    return stems;
  };
  // The question's words as a name is written, without the small words names leave out ("köp av tj." is "köp tj").
  const spelt = askedWords.filter((word) => !NAME_STOPWORDS.has(word) && word !== 'o');
  for (const item of items) {
    const words = wordsByItem.get(item.id)!;
    if (words.length === 0) continue;
    // "Hur många besökare": a count is a KPI's, never a money line's.
    if ((countAsked || kpisAsked) && item.kind !== 'kpi') continue;
    // "Vad kostar feriearbetet?": what something costs is never a count of it ("Feriearbeten, antal ungdomar").
    if (costAsked && !countAsked && item.kind === 'kpi' && countWords(words, lexicon).length > 0) continue;
    // "Per kvadratmeter": a line without the unit in its name is a total, not the ratio asked for.
    if (unitAlternatives.some((alternatives) => !words.some((word) => alternatives.some((unit) => word.startsWith(unit) || swedishStem(word).startsWith(unit))))) continue;
    // "IT-investeringarna": a kind asked for (investments) is a line of that kind, or one whose name says the kind
    // ("Självfinansieringsgrad av investeringar"); the IT operating costs do not answer it.
    if (kindAskedOf.length > 0 && !kindAskedOf.some((concept) => concept.totalKinds.includes(item.kind)) && !words.some((word) => [...kindWord].some((kind) => wordMatch(kind, word) > 0))) continue;
    // "Färdtjänst kostnad" where no line has färdtjänst: a word for costs beside a word no line has asks for
    // those costs, which the report does not give; the costs total answers only the word for costs said alone.
    if (unnamed && !questionWords.some((word) => !genericWord(word) && words.some((nameWord) => match(word, nameWord) > 0)) && !namedBySpecificConcept(item)) continue;
    let covered = 0;
    let unique = false;
    let abbreviated = false;
    let conceptSaid = false;
    const matchedWords: string[] = [];
    const totalStems = totalStemsOf(item);
    for (const word of words) {
      const best = compoundSaidApart(word, named, smallWord, totalStems) ? 1 : Math.max(0, ...questionWords.map((candidate) => match(candidate, word, words)));
      covered += best;
      if (best > 0) matchedWords.push(swedishStem(word));
      const conceptWordsSaid = best === 1 ? questionWords.filter((candidate) => specificWord.has(candidate) && match(candidate, word) === 1) : [];
      const byConceptWord = conceptWordsSaid.length > 0;
      if (byConceptWord) conceptSaid = true;
      // Whether the word was said only as a concept's word that also names another line.
      const conceptNamesOther = byConceptWord && conceptWordsSaid.every((candidate) => (conceptLinesOf.get(candidate) ?? []).some((other) => other !== item.id)) && !questionWords.some((candidate) => !specificWord.has(candidate) && match(candidate, word) === 1);
      // (Not by a concept's everyday word when the concept names another line: "personal" names "Personalkostnader",
      // and "Inhyrd personal" only as a narrower line beside it.)
      if (best === 1 && word.length >= 5 && frequency.get(swedishStem(word)) === 1 && linesHaving(swedishStem(word)) === 1 && !conceptNamesOther) unique = true;
      // "placeringar" for "Placerade barn och unga": the root of a word only this line has names the line.
      if (best === 0.8 && word.length >= 6 && frequency.get(swedishStem(word)) === 1 && questionWords.some((candidate) => sameRoot(swedishStem(candidate), swedishStem(word)))) abbreviated = true;
      // "resursförbr.": an abbreviation of a word only this line has names the line too.
      if (best === 0.8 && word.length >= 8 && frequency.get(swedishStem(word)) === 1 && questionWords.some((candidate) => candidate.length >= 6 && (swedishStem(word).startsWith(candidate) || swedishStem(word).startsWith(swedishStem(candidate))))) abbreviated = true;
    }
    // "övr kostnader", "fin.netto": the whole name, abbreviated as controllers write it.
    if (namedAbbreviated(spelt, words, (questionWord, nameWord) => match(questionWord, nameWord) === 1)) {
      covered = words.length;
      for (const word of words) if (!matchedWords.includes(swedishStem(word))) matchedWords.push(swedishStem(word));
    }
    const coverage = covered / words.length;
    let score = coverage;
    // A word of the name said outright ("placeringarna" for "Placeringar vuxna" and "Placeringar barn och
    // unga", "norr" for "Norra Stadsskogen" and "Verksamhetsområde norr") makes the line a candidate
    // however long the rest of its name: lines alike in this are for the asker to choose between.
    // So does a word said as the head of the name's compound ("skolbygget" for "Förskolan Solbacken" and "Ekbackens skola").
    const stems = stemsByItem.get(item.id)!;
    const saidAsHead = (index: number) => questionWords.some((candidate, at) => isHeadOf(questionStems[at]!, stems[index]!) && match(candidate, words[index]!) > 0);
    // (Or an abbreviation the name writes in capitals, however short: "LED" of "LED-belysning gator".)
    const abbreviations = abbreviationsIn(item.name);
    if (words.length > 1 && words.some((word, index) => ((word.length >= 4 || abbreviations.has(word)) && Math.max(0, ...questionWords.map((candidate) => match(candidate, word))) === 1) || saidAsHead(index))) score = Math.max(score, 0.75);
    // "automatlarmavgifter" for "Avgifter felaktiga automatlarm": a compound whose parts are each a word of
    // this line's name, in any order, is that name said as one word; a line with only one of the parts
    // ("Tillsynsavgifter", "Andel felaktiga automatlarm") is named less.
    if (parts.compounds.some((compound) => compound.every((part) => words.some((word) => match(part, word) === 1)))) score = Math.max(score, 0.9 + coverage * 0.05);
    if (unique) score = Math.max(score, 0.97 + coverage * 0.03);
    if (abbreviated) score = Math.max(score, 0.9 + coverage * 0.05);
    // A line that has the concept's word among others the question leaves unsaid ("Inhyrd personal" for "personal")
    // comes after the line the concept itself names ("Personalkostnader").
    if (conceptSaid) score = Math.max(score, coverage === 1 ? 0.95 : 0.89);
    const foldedName = foldText(item.name);
    let conceptMatches = 0;
    for (const concept of lexicon.concepts) {
      if (!concepts.has(concept.name)) continue;
      // "Vad kostade julfesten?": a generic word ("kostade") does not name a line when the question's own word names none.
      if (concept.generic && unnamed) continue;
      // A kind-wide concept (investments) takes in the totals, and any line of the kind the question also names.
      const byKind = concept.totalKinds.includes(item.kind) && (item.parentId === null || covered > 0);
      // The kind's total ("Totala utgifter") is what a kind-wide word means, before a line that merely contains the word ("Reinvestering");
      // a line of the kind that the question's other words name ("MT-investeringarna") before the total.
      if (byKind && item.parentId === null && covered === 0) score = Math.max(score, 0.95);
      else if (byKind && covered > 0) score = Math.max(score, 0.96 + coverage * 0.03);
      else if (byKind || concept.isLineName(foldedName)) {
        score = Math.max(score, 0.9 + coverage * 0.05);
        // A line the concept names ("Kommunbidrag" for "bidrag") is named as much as one that has the word itself.
        // A line that more of the named concepts name ("premises rent": Lokalhyror, not Lokalanpassningar) is named better.
        if (!byKind && concept.totalKinds.length === 0) conceptMatches += 1;
      }
    }
    if (qualifying.length > 0 && !qualifying.every((qualifier) => words.some((word) => word === qualifier || word.startsWith(qualifier)))) score *= 0.8;
    if (score >= 0.5) matches.push({ item, score, matched: Math.max(matchedWords.length, conceptMatches), matchedWords });
  }
  // Among equals, the line more of whose words the question uses wins, then the
  // shorter name: the more general line ("Tomtförsäljningar", not "… bostadsmark").
  return matches.sort((a, b) => b.score - a.score || b.matched - a.matched || a.item.name.length - b.item.name.length);
}
