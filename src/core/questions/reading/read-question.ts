// The one reading of a question: everything the answer needs to know about its
// words, read once with the lexicon and the store's catalogue — language, intent,
// organisations named, period and comparison, measures asked for, ranking, and the
// words left to name a line — each slot with how sure the reading is. Nothing
// after this step looks at the question's text again.
import type { Language } from '../../answering/answer.js';
import { cleanText, foldedWords } from '../../language/fold-text.js';
import type { OrganisationRecord } from '../../figures/records.js';
import type { OrganisationKind } from '../../figures/vocabulary.js';
import { loadLexicon, type Lexicon } from '../lexicon/load-lexicon.js';
import { mentionsByOwnShortNames } from './short-unit-names.js';
import { mentionsByClippedOwnName } from './clipped-own-name.js';
import { mentionsByOwnNameAsPeople } from './own-name-as-people.js';
import { withoutOtherTreesBesideOwnName } from './other-tree-beside-own-name.js';
import { ownAmongUnitsReadAlike, ownNamedByItsHead, unitsFirstNamedBy, unitsRankedByAWordOfTheirNames } from './units-read-alike.js';
import { findKindReferencesIn, findOrganisationMentionsIn, namesNameWord, type OrganisationMention } from '../find-organisation-mention.js';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.js';
import { detectLanguageOf } from './detect-language.js';
import { namePositions } from './name-positions.js';
import { conceptPhraseWords, findConcepts, isConceptWord } from './find-concepts.js';
import { readPeriod, type PeriodRequest } from './read-period.js';
import { tokenizeQuestion, type Token } from './tokenize-question.js';
import { glossLineWords, glossTokens } from './gloss-line-words.js';
import { glossedNameWordsBesideNames } from './glossed-name-word-beside-name.js';
import { lineHeadOfCompound } from './line-head-of-compound.js';
import { splitCompound } from '../split-compound.js';
import { abbreviationsIn, headWords } from '../line-name-heads.js';
import { swedishStem } from '../../language/swedish-stem.js';
import { isNearWord } from '../../language/edit-distance.js';
import { ancestorsOf, descendantsOf, rootOf } from '../answer-context.js';
import { isQuestionStopword } from './question-stopwords.js';
import { withNamesakesInOtherTrees } from './namesakes-in-other-trees.js';

export const INTENTS = ['figure', 'comparison', 'ranking', 'kpi', 'causes', 'coverage', 'help'] as const;
export type Intent = (typeof INTENTS)[number];

export type RankingDimension = 'items' | 'units' | 'projects';
export type RankingDirection = 'worse' | 'better' | 'any';

/** How a ranking is to be made. */
export interface RankingRequest {
  readonly dimension: RankingDimension;
  /** Whether the question says what to rank ("vilka poster", "which departments"); else lines and sub-units are both candidates. */
  readonly dimensionNamed: boolean;
  readonly direction: RankingDirection;
  readonly count: number;
  /** Whether the question says how many ("de tre", "top 5"); else `count` is the default. */
  readonly countNamed: boolean;
  readonly by: 'deviation' | 'size';
  /** The amount a size ranking ranks: the budget where the question says so ("störst budget", "by budget"), else the forecast or the outcome as asked. */
  readonly sizeOf: 'budget' | null;
  /** "Vilka investeringar ligger efter?": ranked by how far spending lags the budget. */
  readonly behind: boolean;
  /** "Vilket område har tappat mest?": a change for the worse. */
  readonly changeWorse: boolean;
  /** "Rangordna … bäst först": the direction orders the ranking, nothing is left out. */
  readonly orderOnly: boolean;
  /** Rank only lines whose sub-lines are not ranked too (a summary never sets a total against its parts). */
  readonly leavesOnly: boolean;
  /** "Vilken nämnd …", "which programmes …": the kinds of unit the words name; empty for units of any kind. */
  readonly unitKinds: readonly OrganisationKind[];
  /** "Vilken station …": the units a word of their names says are ranked (ids); empty for units of any name. */
  readonly unitIds: readonly number[];
}

/** What a question asks, before it is matched to the store's figures. */
export interface QuestionReading {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The folded words, in order. */
  readonly words: readonly string[];
  readonly language: Language;
  /** help, coverage, causes, ranking, or a figure (comparison and kpi are decided once the line is known). */
  readonly intent: 'help' | 'coverage' | 'causes' | 'ranking' | 'figure';
  /** "Hur går det?": an overview when no line is named. */
  readonly asksOverview: boolean;
  /** A request to look at something that names nothing to look at ("kolla siffrorna åt mig", "can you check the numbers?"). */
  readonly asksWhatToLookAt: boolean;
  /** Risks, uncertainties, assumptions or measures: answered from the report's words. */
  readonly asksRisks: boolean;
  /** Of those, risk or uncertainty itself ("vilka risker finns?"), not measures: only notes that speak of an uncertainty answer it. */
  readonly asksRiskItself: boolean;
  /** A superlative ("högst", "störst", "top", "worst"): the top of a list, not all of it. */
  readonly asksSuperlative: boolean;
  readonly period: PeriodRequest;
  readonly wantsForecast: boolean;
  readonly wantsBudget: boolean;
  readonly wantsTarget: boolean;
  /** "Årsbudgeten", "annual budget": the full-year budget itself, not the forecast. */
  readonly wantsFullYearBudget: boolean;
  /** The outcome itself was asked for ("utfallet"). */
  readonly wantsActual: boolean;
  /** A verb of change ("slutat", "minskat", "dropped"): the change the report states belongs in the answer. */
  readonly wantsChange: boolean;
  /** The outcome so far belongs beside a forecast. */
  readonly wantsActualSoFar: boolean;
  /** The deviation in percent of budget. */
  readonly wantsPercent: boolean;
  /** The share of the full-year budget used so far. */
  readonly wantsShareUsed: boolean;
  /** What is left of the full-year budget after the outcome so far. */
  readonly wantsRemaining: boolean;
  /** A figure only a report's words state (an accumulated deficit to restore): the notes answer beside the figures. */
  readonly wantsStatedInWords: boolean;
  /** The budget itself is what is asked for, not a comparison with it: without one on record there is no answer. */
  readonly wantsBudgetItself: boolean;
  /** An amount is what is asked for ("själva beloppet"): a deviation alone is no answer. */
  readonly wantsAmount: boolean;
  /** The target itself is what is asked for: without one on record there is no answer. */
  readonly wantsTargetItself: boolean;
  /** The folded words that ask for a target ("mål", "mot", "målet"): a KPI whose name carries them all is named, not asked against its target. */
  readonly targetWords: readonly string[];
  /** The question asks for an amount: only a figure answers it. */
  readonly asksHowMuch: boolean;
  /** "Vad har vi lagt på X?", "X spend?": money spent, which a project is asked about as much as a unit. */
  readonly asksSpent: boolean;
  /** "Prognosen för projektet?": one investment project, not named. */
  readonly namesOneProject: boolean;
  readonly ranking: RankingRequest;
  /** "Jämför X med Y": the question may name two organisations on purpose. */
  readonly comparesOrganisations: boolean;
  /** "Hur står vi oss mot andra förvaltningar?": the asker against the other units under its parent. */
  readonly comparesWithPeers: boolean;
  /** The question tries to give Utfall instructions; they are ignored, and the answer says so. */
  readonly containsInstructions: boolean;
  /** Organisations named, best first, and words standing for the asker's own ("förvaltningen"). */
  readonly mentions: readonly OrganisationMention[];
  readonly kindReferences: readonly OrganisationMention[];
  /** Words left to name a line: not an organisation's, not a period's. */
  readonly itemWords: readonly string[];
  /** The content words among them: what a line must match, or else the line is not on record. */
  readonly contentWords: readonly string[];
  /** The words concepts are read from (in a ranking, without the direction words). */
  readonly conceptWords: readonly string[];
  /** Words that only form a concept's phrase ("pers" and "kostnader" in "pers.kostnader"). */
  readonly phraseWords: ReadonlySet<string>;
  /** The words the glossary gives beside a word it keeps ("medicin" → "läkemedel"), folded. */
  readonly glossedAs: ReadonlyMap<string, readonly string[]>;
  /** First parts of hyphenated words ("it" in "IT-kostnaderna"), except in organisation names. */
  readonly qualifiers: readonly string[];
  readonly concepts: readonly string[];
  /** Breakdown labels the question names by everyday words, and whether it names one by its numbers ("dag 60"). */
  readonly breakdown: { readonly isNamedLabel: (foldedLabel: string) => boolean; readonly named: boolean; readonly groupWords: readonly string[] };
  /** How sure each slot is: 1 read from explicit words, lower for defaults. */
  readonly confidence: { readonly intent: number; readonly organisation: number; readonly period: number; readonly items: number };
}

function rankingCount(tokens: readonly Token[], lexicon: Lexicon): number | null {
  for (const [index, token] of tokens.entries()) {
    const previous = tokens[index - 1]?.word ?? '';
    const count = lexicon.counts.get(token.word);
    if (count && (lexicon.countLeads.has(previous) || index === 0)) return count;
    if (/^\d{1,2}$/.test(token.word) && lexicon.countLeads.has(previous)) return Math.max(1, Math.min(20, Number(token.word)));
  }
  return null;
}

// A name's distinctive word alone ("Halland") that is also part of one of the
// asker's line names ("Bredbandsutbyggnad i Halland") names the line, not the region.
// And a line of the asker's own written out in full ("Framtidens vårdinformationssystem,
// FVIS" at Regionkontoret) names that line, though a sub-unit carries part of it as its alias.
// A line's words may be said in translation: "the Ekbacken rebuild" says "Ombyggnad Ekbacken" in full.
function relevantMentions(mentions: OrganisationMention[], words: readonly string[], home: OrganisationRecord, catalogue: QuestionCatalogue, translated: readonly string[] = []): OrganisationMention[] {
  if (mentions.length === 0) return mentions;
  const said = new Set([...words, ...translated]);
  // (A word of the named unit's own name may go unsaid: "the Torvby rebuild" says "Ombyggnad vårdcentral
  // Torvby", Torvby being Vårdcentral Torvby; a word of the line beyond the name must be said.)
  const nameWordsOf = (mention: OrganisationMention) => new Set([mention.organisation.name, ...mention.organisation.aliases].flatMap((name) => foldedWords(name)));
  const saysLineInFull = (lineWords: readonly string[], nameWords: ReadonlySet<string>) => lineWords.length >= 2 && lineWords.every((word) => said.has(word) || nameWords.has(word)) && lineWords.some((word) => said.has(word) && !nameWords.has(word));
  const insideLine = (mention: OrganisationMention) => {
    if (mention.organisation.id === home.id) return false;
    const nameWords = nameWordsOf(mention);
    return catalogue.lineNameWords(home.id).some((lineWords) => saysLineInFull(lineWords, nameWords) && words.slice(mention.start, mention.end).every((word) => lineWords.includes(word)));
  };
  const kept = mentions.filter((mention) => !insideLine(mention) && !nearSpeltOtherTree(mention, words, home, catalogue));
  if (kept.every((mention) => mention.score >= 3)) return kept;
  const lineText = catalogue.lineText(home.id);
  // By stem: "kunderna" is the "kund" of the asker's "Nöjd kund-index", not another tree's "Avdelning kund".
  const inLineText = (word: string) => lineText.includes(word) || (swedishStem(word).length >= 4 && lineText.includes(swedishStem(word)));
  // A unit of the asker's own, named by a word written as its name writes it ("va" for VA-verksamheten), is that
  // unit though a line carries the word as a qualifier ("Brukningsavgifter VA"); not when a line is what the word
  // names, its head ("förskolan" beside the project "Förskola Björkliden"); and "kunderna" for "Avdelning kund" is no name.
  const below = new Set(descendantsOf(home, catalogue.organisations).map((unit) => unit.id));
  const lineHeads = new Set(catalogue.itemsOf(home.id).flatMap((item) => headWords(item.name).filter((head) => !abbreviationsIn(item.name).has(head)).map(swedishStem)));
  const writtenAsItsName = (mention: OrganisationMention) => {
    const nameWords = new Set([mention.organisation.name, ...mention.organisation.aliases].flatMap((name) => foldedWords(name)));
    return words.slice(mention.start, mention.end).every((word) => nameWords.has(word) && !lineHeads.has(swedishStem(word)));
  };
  const names = kept.filter((mention) => mention.score >= 3 || !words.slice(mention.start, mention.end).every(inLineText) || mention.organisation.id === home.id || (below.has(mention.organisation.id) && writtenAsItsName(mention)));
  // Once the words are a unit's name ("sjukhuset" for Ekholmens sjukhus), the asker's other units read
  // from them as surely (Länssjukhuset, by its compound's head) are as much meant: the choice is theirs.
  const peerOfName = (mention: OrganisationMention) => below.has(mention.organisation.id) && names.some((name) => below.has(name.organisation.id) && name.start === mention.start && name.end === mention.end && name.score === mention.score);
  return kept.filter((mention) => names.includes(mention) || peerOfName(mention));
}

// Another tree's unit read from a word only by a near spelling ("Kvarnbacken" for "Kvarnbacka") is no
// name when the asker's own line names write that word ("Kvarnbackens äldreboende, ombyggnad"): the
// asker speaks of their own line, and another tree's figure is never shown unasked.
function nearSpeltOtherTree(mention: OrganisationMention, words: readonly string[], home: OrganisationRecord, catalogue: QuestionCatalogue): boolean {
  if (rootOf(mention.organisation, catalogue.organisations).id === rootOf(home, catalogue.organisations).id) return false;
  const nameWords = new Set([mention.organisation.name, ...mention.organisation.aliases].flatMap((name) => foldedWords(name)));
  const said = words.slice(mention.start, mention.end);
  if (said.every((word) => nameWords.has(word) || (word.endsWith('s') && nameWords.has(word.slice(0, -1))))) return false;
  const lineWords = catalogue.lineNameWords(home.id).flat();
  const ownLineWord = (word: string) => lineWords.some((lineWord) => lineWord === word || swedishStem(lineWord) === swedishStem(word) || (word.length >= 5 && lineWord.startsWith(word)));
  return said.some((word) => !nameWords.has(word) && ownLineWord(word));
}

// Scope first: a name that another tree's organisation carries exactly ("Kommunstyrelsen")
// but that is also the start of an organisation in the asker's own tree ("Kommunstyrelsen
// Sundsvall") means the asker's own. Among mentions otherwise equal, the own tree comes first.
function preferOwnTree(mentions: OrganisationMention[], words: readonly string[], home: OrganisationRecord, catalogue: QuestionCatalogue): OrganisationMention[] {
  const root = rootOf(home, catalogue.organisations).id;
  const inTree = (organisation: OrganisationRecord) => rootOf(organisation, catalogue.organisations).id === root;
  const own = catalogue.organisations.filter(inTree);
  // A weak sign (the last part of a compound name, score under 2) names a unit of the asker's own tree only.
  // Another tree's unit named by one word of its name, inflected as a common noun ("kunderna" for "Avdelning kund"),
  // is no name at all: a proper name is written as it is, at most in the genitive ("Hallands").
  const writtenAsName = (mention: OrganisationMention) => {
    // (An initialism in capitals, "HSN", is written as the name is written.)
    if (mention.end - mention.start !== 1 || (mention.score >= 2.5 && mention.score < 3)) return true;
    // A one-word name read from a longer word ("kollektivtrafiknära" for "Kollektivtrafik") is no
    // name either, however close the spelling: the word is written as the name only when it is the name, inflected.
    const word = words[mention.start]!;
    const nameWords = [mention.organisation.name, ...mention.organisation.aliases].flatMap((name) => foldedWords(name));
    return nameWords.some((nameWord) => word === nameWord || word === `${nameWord}s` || (mention.score >= 3 && word.length <= nameWord.length + 1 && isNearWord(word, nameWord)));
  };
  const replaced = mentions.filter((mention) => inTree(mention.organisation) || (mention.score >= 2 && writtenAsName(mention))).map((mention) => {
    if (inTree(mention.organisation)) return mention;
    const said = words.slice(mention.start, mention.end).map(swedishStem);
    // ("omsorg" names "omsorgsnämnden": a name's compound without its head.)
    const candidates = own.filter((organisation) => catalogue.nameStems(organisation.id).some((stems) => said.every((stem) => stems.includes(stem) || [organisation.name, ...organisation.aliases].some((name) => foldedWords(name).some((word) => namesNameWord(stem, word))))));
    const [nearest] = candidates.sort((a, b) => catalogue.nameStems(a.id)[0]!.length - catalogue.nameStems(b.id)[0]!.length);
    return nearest ? { ...mention, organisation: nearest } : mention;
  });
  const unique = replaced.filter((mention, index) => replaced.findIndex((other) => other.organisation.id === mention.organisation.id) === index);
  // Words that name a unit of the asker's own tree ("KFN", "kultur o fritid") name that one, even when
  // another tree's unit carries them as its name or alias.
  const overlaps = (a: OrganisationMention, b: OrganisationMention) => a.start < b.end && b.start < a.end;
  // Another tree's unit whose name carries its place ("Grundskola Hammarsund") is named only with the place:
  // "grundskolan" asked at Tornvik is Tornvik's schools, never Hammarsund's.
  const saidWords = new Set(words.map(swedishStem));
  // So is one whose alias carries it ("Administration och övrigt KS Sundsvall": "övr … ks" asked at Alingsås's
  // KS is never Sundsvall's), unless the question says the unit's whole name.
  const placeSaid = (organisation: OrganisationRecord) => {
    const named = [organisation.name, ...organisation.aliases].flatMap((name) => foldedWords(name).map(swedishStem));
    const places = foldedWords(rootOf(organisation, catalogue.organisations).name).map(swedishStem).filter((stem) => stem.length >= 4 && named.includes(stem));
    const wholeName = foldedWords(organisation.name).every((word) => saidWords.has(swedishStem(word)));
    return places.length === 0 || wholeName || places.some((stem) => saidWords.has(stem) || [...saidWords].some((word) => word.startsWith(stem)));
  };
  const scoped = unique.filter((mention) => inTree(mention.organisation) || (placeSaid(mention.organisation) && !unique.some((other) => inTree(other.organisation) && overlaps(other, mention))));
  const sorted = scoped.sort((a, b) => b.score - a.score || Number(inTree(b.organisation)) - Number(inTree(a.organisation)));
  return withNamesakesInOtherTrees(sorted, unique, home, catalogue);
}

/**
 * Units of the asker's own tree named in the words the report would use ("the elderly care committee",
 * "the staff office"): found in the glossed question, a little weaker than a name written out.
 * Another tree's unit is found this way only where the question names that tree's place ("in Tornvik").
 */
function mentionsInOtherWords(tokens: readonly Token[], direct: readonly OrganisationMention[], lexicon: Lexicon, catalogue: QuestionCatalogue, home: OrganisationRecord): OrganisationMention[] {
  const glossed = glossTokens(tokens, lexicon);
  if (!glossed) return [];
  // The asker's own tree, and a tree the question names by its place ("the culture school in Tornvik"):
  // there the asker has said whose unit is meant.
  const roots = new Set([rootOf(home, catalogue.organisations).id, ...direct.filter((mention) => mention.score >= 3 && mention.organisation.parentId === null).map((mention) => mention.organisation.id)]);
  // "The culture school": two words glossed one after the other are one Swedish compound ("kulturskola").
  const joined = withCompoundsOfGlosses(glossed, tokens);
  // Names only: a glossed word that merely ends a name ("verksamhetens") is no sign of one; but as in
  // Swedish ("tåget" for "Öjetåget"), the last part of a one-word name is a weak sign of a unit below the asker ("the train").
  // Not when the glossed words name a line of the asker's in full: "is the train on time?" is "Punktlighet tåg".
  // (Or of the asker's own, itself or above: "the federation" asked at one of its departments is the federation.)
  const below = new Set(descendantsOf(home, catalogue.organisations).map((unit) => unit.id));
  const own = new Set([home, ...ancestorsOf(home, catalogue.organisations)].map((unit) => unit.id));
  const saidStems = new Set(joined.tokens.map((token) => swedishStem(token.word)));
  const namesOwnLine = catalogue.lineNameWords(home.id).some((lineWords) => lineWords.length >= 2 && lineWords.every((word) => saidStems.has(swedishStem(word))));
  // (And only where one unit ends so: "hospital" glossed to "sjukhus" ends several and names none of them.)
  // ("The federation" glossed to "förbundet" is the asker's Omsorgsförbundet, not a Förbundskansliet beside it.)
  const found = ownNamedByItsHead(joined.tokens.map((token) => token.word), findOrganisationMentionsIn(joined.tokens, catalogue.organisationIndex), home, catalogue.organisations);
  const weak = found.filter((mention) => mention.score >= 1.5 && mention.score < 2 && (below.has(mention.organisation.id) || own.has(mention.organisation.id)));
  // (Nor where another unit below writes the word apart, "Norra vårdcentralen" beside "Hamnvårdcentralen": then it names both.)
  const writtenApart = (mention: OrganisationMention) => {
    const stem = swedishStem(joined.tokens[mention.start]!.word);
    return catalogue.organisations.some((unit) => unit.id !== mention.organisation.id && below.has(unit.id) && foldedWords(unit.name).some((word) => swedishStem(word) === stem));
  };
  const weakSign = (mention: OrganisationMention) => weak.includes(mention) && !namesOwnLine && weak.filter((other) => other.start === mention.start).length === 1 && !writtenApart(mention);
  return found
    .filter((mention) => (mention.score >= 2 || weakSign(mention)) && roots.has(rootOf(mention.organisation, catalogue.organisations).id))
    .map((mention) => ({ ...mention, start: joined.origin[mention.start]!.start, end: joined.origin[mention.end - 1]!.end, score: mention.score - 0.25 }))
    .filter((mention) => !direct.some((other) => other.organisation.id === mention.organisation.id || (other.start < mention.end && mention.start < other.end && other.score >= mention.score)));
}

// "Underskottet", "överskottet" follow up a unit as a forecast or a budget does.
const DEVIATION_PARTS = ['underskott', 'overskott'];

/**
 * "Badhusunderskottet", "biblioteksprognosen": a unit of the asker's tree named by the first part of a
 * compound whose last part is a word of follow-up (the lexicon reads the measure from the whole word).
 */
function mentionsInFollowUpCompounds(tokens: readonly Token[], direct: readonly OrganisationMention[], catalogue: QuestionCatalogue, home: OrganisationRecord): OrganisationMention[] {
  const headOf = (word: string) => {
    const part = DEVIATION_PARTS.map((deviation) => word.indexOf(deviation)).find((index) => index >= 4);
    return lineHeadOfCompound(word) ?? (part === undefined ? null : word.slice(0, part).replace(/(.{4,})s$/, '$1'));
  };
  const heads = tokens.map((token) => headOf(token.word));
  if (heads.every((head) => head === null)) return [];
  const root = rootOf(home, catalogue.organisations).id;
  const split = tokens.map((token, index) => (heads[index] ? { ...token, word: heads[index]! } : token));
  return findOrganisationMentionsIn(split, catalogue.organisationIndex).filter(
    (mention) => mention.score >= 2 && mention.end - mention.start === 1 && heads[mention.start] !== null && rootOf(mention.organisation, catalogue.organisations).id === root && !direct.some((other) => other.start < mention.end && mention.start < other.end),
  );
}

// A gloss gives a word a few Swedish words at most; pairs beyond this many are not tried.
const MAX_COMPOUND_PAIRS = 12;

/**
 * The glossed tokens, with a compound added after each two glossed phrases side by side: the first's
 * words joined to the second's ("culture" + "school": "kulturskola"), standing for both phrases.
 */
function withCompoundsOfGlosses(glossed: { tokens: Token[]; origin: { start: number; end: number }[] }, original: readonly Token[]): { tokens: Token[]; origin: { start: number; end: number }[] } {
  const tokens: Token[] = [];
  const origin: { start: number; end: number }[] = [];
  const isGloss = (index: number) => {
    const from = glossed.origin[index]!;
    return from.end - from.start > 1 || original[from.start]!.word !== glossed.tokens[index]!.word;
  };
  glossed.tokens.forEach((token, index) => {
    tokens.push(token);
    origin.push(glossed.origin[index]!);
    const here = glossed.origin[index]!;
    // The last word of one glossed phrase, before the words of the phrase right after it.
    if (!isGloss(index) || glossed.origin[index + 1]?.start === here.start) return;
    const next = glossed.tokens.map((candidate, position) => ({ candidate, position })).filter(({ position }) => glossed.origin[position]!.start === here.end && isGloss(position));
    const firsts = glossed.tokens.filter((_, position) => glossed.origin[position]!.start === here.start && isGloss(position));
    const pairs = firsts.flatMap((first) => next.map(({ candidate }) => first.word + candidate.word)).slice(0, MAX_COMPOUND_PAIRS);
    for (const word of pairs) {
      tokens.push({ ...token, word, original: word });
      origin.push({ start: here.start, end: glossed.origin[next[0]!.position]!.end });
    }
  });
  return { tokens, origin };
}

/**
 * "Löneposten": a compound of an everyday word for a line and a word that frames it ("löne|posten")
 * stands for the everyday word. Null when the word is no such compound. `isLineWord` tells a word a
 * line of the asker's tree is named by: "lönebidrags|kostnaderna" frames the line word "lönebidrag",
 * not the everyday word its first part also is ("lön").
 */
function everydayHead(word: string, lexicon: Lexicon, isLineWord: (word: string) => boolean): string | null {
  if (word.length < 8 || isConceptWord(word, lexicon)) return null;
  const { concepts, frames } = lexicon.everydayParts;
  const parts = splitCompound(word, [...concepts, ...frames]);
  if (parts && parts.every((part) => concepts.includes(part) || frames.includes(part)) && frames.includes(parts[parts.length - 1]!)) {
    const framed = framedPart(word, parts[parts.length - 1]!);
    if (parts.length > 2 && framed !== null && isLineWord(framed)) return framed;
    return parts.find((part) => concepts.includes(part)) ?? null;
  }
  // "bredbandspengarna", "möbelinköpen": the word before a word for money or purchases names the line
  // when it has five letters or more ("möbel" of "möbelinköpen"; shorter ones are mostly link stems).
  const frame = lexicon.everydayParts.moneyFrames.filter((candidate) => candidate.length >= 4 && word.endsWith(candidate) && word.length - candidate.length >= 5).sort((a, b) => b.length - a.length)[0];
  if (!frame) return null;
  const head = word.slice(0, -frame.length);
  return head.endsWith('s') ? head.slice(0, -1) : head;
}

/** The part of a compound before its framing last part ("lönebidrag" of "lönebidrags|kostnaderna"), less a linking s; null when the frame is not found. */
function framedPart(word: string, frame: string): string | null {
  const at = word.lastIndexOf(frame.slice(0, 4));
  if (at < 4) return null;
  const before = word.slice(0, at);
  return before.length > 4 && before.endsWith('s') ? before.slice(0, -1) : before;
}

/** "Läkemedelskostn", "patientavg": a compound whose last part is written short reads as written in full. */
function writtenInFull(token: Token, lexicon: Lexicon): Token {
  for (const [short, full] of lexicon.shortEndings) {
    if (token.word.length >= short.length + 4 && token.word.endsWith(short)) return { ...token, word: token.word.slice(0, -short.length) + full };
  }
  return token;
}

/** Reads one question, asked by someone at `home`, against the store's catalogue. */
export function readQuestion(question: string, catalogue: QuestionCatalogue, home: OrganisationRecord): QuestionReading {
  const lexicon = loadLexicon();
  const written = tokenizeQuestion(question).map((token) => writtenInFull(token, lexicon));
  // "it, hur går det?": in a Swedish question "it" is IT however it is written; only English has the pronoun.
  const swedish = detectLanguageOf(written, lexicon) === 'sv';
  let tokens = swedish ? written.map((token) => (token.word === 'it' ? { ...token, capitals: true } : token)) : written;
  const words = tokens.map((token) => token.word);
  const text = cleanText(question).replace(/\s+/g, ' ').trim();
  const period = readPeriod(tokens, lexicon);
  const has = (set: { test(tokens: readonly Token[]): boolean }) => set.test(tokens);

  // "Löner och sociala avgifter", "social assistance", "funding from the council": a word inside a longer
  // glossary phrase is part of what the phrase names (a line), not a sign of an organisation ("Socialnämnden").
  const glossed = lexicon.glossary.flatMap((entry) => entry.phrases.find(tokens));
  const insideGloss = (mention: { start: number; end: number }) => glossed.some((span) => span.start <= mention.start && mention.end <= span.end && span.end - span.start > mention.end - mention.start);
  const direct = findOrganisationMentionsIn(tokens, catalogue.organisationIndex).filter((mention) => !insideGloss(mention));
  // "Which committee did worst?": in a ranking, a kind word that says what is ranked names no organisation.
  const ranksUnits = (lexicon.intents.superlative.test(tokens) || lexicon.intents.ranking.test(tokens)) ? lexicon.rankingDimensions.units.find(tokens) : [];
  // "Which school is doing worst?" asked at an education administration: the kind word ranked may
  // also gloss to the asker's own organisation ("school" → Utbildningsförvaltningen); it asks for the
  // asker's schools, so it is no mention of the asker.
  const isRankedKindOfHome = (mention: OrganisationMention) => mention.organisation.id === home.id && ranksUnits.some((match) => match.start <= mention.start && mention.end <= match.end);
  const readMentions = preferOwnTree(relevantMentions(direct, words, home, catalogue, glossTokens(tokens, lexicon)?.tokens.map((token) => token.word)).concat(mentionsInOtherWords(tokens, direct, lexicon, catalogue, home), mentionsInFollowUpCompounds(tokens, direct, catalogue, home), mentionsByOwnShortNames(tokens, direct, home, catalogue.organisations, catalogue.itemsOf(home.id), lexicon), mentionsByClippedOwnName(tokens, direct, home, catalogue, lexicon), mentionsByOwnNameAsPeople(tokens, direct, home, catalogue.itemsOf(home.id), lexicon)), words, home, catalogue).filter((mention) => !isRankedKindOfHome(mention));
  // "Vilken station …": in a ranking, a word several units' names end with says which units are ranked;
  // elsewhere, said at one of them ("stationen" at Brandstation Hällby), it is the asker's own.
  const rankedByNames = ranksUnits.length > 0 || lexicon.intents.superlative.test(tokens) || lexicon.intents.ranking.test(tokens) ? unitsRankedByAWordOfTheirNames(readMentions) : { unitIds: [], mentions: readMentions };
  const ownMentions = ownAmongUnitsReadAlike(ownNamedByItsHead(words, rankedByNames.mentions, home, catalogue.organisations), home, catalogue.organisations);
  const mentions = has(lexicon.intents.comparesOrganisations) ? ownMentions : withoutOtherTreesBesideOwnName(ownMentions, words, home, catalogue.organisations);
  // "rk it prognos": "it" right after an organisation's name or abbreviation is IT of that organisation, however
  // it is written; the English pronoun follows a verb or a preposition ("is it", "on it"), never a name.
  const itAfterName = new Set(mentions.map((mention) => mention.end).filter((end) => tokens[end]?.word === 'it' && !tokens[end]!.capitals));
  if (itAfterName.size > 0) tokens = tokens.map((token, index) => (itAfterName.has(index) ? { ...token, capitals: true } : token));
  const used = new Set<number>();
  for (const mention of mentions) for (let index = mention.start; index < mention.end; index += 1) used.add(index);
  // Words of a named organisation's aliases ("införandet" in "TESSA-införandet") describe it, not a line.
  // The words of a name ("Avdelningen Kund och service") name that organisation; they ask for no ranking of departments.
  const named = new Set(used);
  // "the exploitation unit", "HR-avdelningen": a kind word right after a name says what the named one is.
  for (const mention of mentions) named.add(mention.end);
  const unnamed = (match: { start: number; end: number }) => !Array.from({ length: match.end - match.start }, (_, offset) => match.start + offset).some((index) => named.has(index));
  const hasUnnamed = (set: { find(tokens: readonly Token[]): readonly { start: number; end: number }[] }) => set.find(tokens).some(unnamed);
  // "Which ks investments …": an organisation is never a project, so a project word after a name ranks its projects.
  const outsideNames = (match: { start: number; end: number }) => !Array.from({ length: match.end - match.start }, (_, offset) => match.start + offset).some((index) => used.has(index));
  const ranksProjects = lexicon.rankingDimensions.projects.find(tokens).some(outsideNames);
  for (const index of glossedNameWordsBesideNames(tokens, mentions, lexicon, catalogue)) used.add(index);
  const aliasWords = new Set(mentions.flatMap((mention) => catalogue.aliasWords(mention.organisation.id)));
  words.forEach((word, index) => {
    if (aliasWords.has(word)) used.add(index);
  });
  const kindReferencesAsRead = findKindReferencesIn(tokens, lexicon, home, catalogue.organisations).filter((reference) => !used.has(reference.start) && !insideGloss(reference) && !ranksUnits.some((match) => match.start <= reference.start && reference.start < match.end));
  // "The board's forecast for the whole municipality's result": the kind word said with "whole" is the scope asked about.
  const wholeAt = lexicon.wholeScope.find(tokens).map((match) => match.end);
  const saysWhole = (reference: OrganisationMention) => wholeAt.some((end) => end >= reference.start - 1 && end <= reference.end);
  const kindReferences = [...kindReferencesAsRead.filter(saysWhole), ...kindReferencesAsRead.filter((reference) => !saysWhole(reference))];
  for (const reference of kindReferences) for (let index = reference.start; index < reference.end; index += 1) used.add(index);
  // "Hur stor andel av årsbudgeten": the words asking for the share used or the remainder say how to answer, not which line;
  // "mot de andra nämnderna", "against the other committees" say whom to compare with ("other" is no Övriga kostnader).
  for (const set of [lexicon.measures.shareUsed, lexicon.measures.remaining, lexicon.intents.comparesWithPeers]) for (const match of set.find(tokens)) for (let index = match.start; index < match.end; index += 1) used.add(index);
  // "it" is an English pronoun unless written as the abbreviation IT; period words never name a line.
  const itemPositions = tokens.map((token, index) => index).filter((index) => !used.has(index) && (tokens[index]!.word !== 'it' || tokens[index]!.capitals || tokens[index]!.hyphenNext) && (!period.positions.has(index) || isConceptWord(words[index]!, lexicon)));
  // What users call by other words ("residential land") stands for the words lines use ("bostadsmark").
  // The glossary is for what no concept covers: a glossed phrase names lines by the gloss only.
  // (Not a word a line of the asker's tree is named by: "räntekostnader" is the line Räntekostnader, not "räntor".)
  let treeLineWords: ReadonlySet<string> | null = null;
  const namesTreeLine = (word: string) => {
    treeLineWords ??= new Set([rootOf(home, catalogue.organisations), ...descendantsOf(rootOf(home, catalogue.organisations), catalogue.organisations)].flatMap((organisation) => catalogue.lineNameWords(organisation.id).flat().map(swedishStem)));
    return treeLineWords.has(swedishStem(word));
  };
  // A Swedish gloss adds the words of lines the report names otherwise; a word that begins several of the
  // asker's own lines ("tillgängligheten" beside two Tillgänglighet KPIs) names them alike, and a gloss would tip it to one.
  const ownFirstWords = catalogue.lineNameWords(home.id).map((name) => name[0]).filter((word) => word !== undefined).map(swedishStem);
  const beginsSeveralOwnLines = (word: string) => ownFirstWords.filter((first) => first === swedishStem(word)).length >= 2;
  const gloss = glossLineWords(tokens, itemPositions, lexicon, beginsSeveralOwnLines);
  // "Bemanningsprognosen": the line is named by the part before the follow-up word.
  const everydayHeadOf = (word: string) => {
    const head = everydayHead(word, lexicon, namesTreeLine);
    return head !== null && namesTreeLine(word) ? null : head;
  };
  const heads = new Map<number, string>();
  for (const index of itemPositions) {
    const head = gloss.covered.has(index) ? null : (lineHeadOfCompound(words[index]!) ?? everydayHeadOf(words[index]!));
    if (head !== null) heads.set(index, head);
  }
  const lineWordsAt = (index: number): readonly string[] => (heads.has(index) ? [heads.get(index)!] : gloss.wordsAt(index));
  const itemWords = itemPositions.flatMap(lineWordsAt);
  // (A glossary phrase written with a hyphen, "fin-netto", is one name, its first part no qualifier of the second.)
  const qualifiers = itemPositions.filter((index) => tokens[index]!.hyphenNext && words[index]!.length <= 5 && index + 1 < tokens.length && !(gloss.covered.has(index) && gloss.covered.has(index + 1))).map((index) => words[index]!);
  // In a ranking, "överskott" and "deficit" say which direction, not which line.
  const directionPositions = new Set<number>();
  for (const set of [lexicon.directions.worse, lexicon.directions.better]) for (const match of set.find(tokens)) for (let index = match.start; index < match.end; index += 1) directionPositions.add(index);
  const ranks = lexicon.intents.superlative.test(tokens) || lexicon.intents.ranking.test(tokens);
  const conceptWordsWithout = (skipDirections: boolean) => itemPositions.filter((index) => !(skipDirections && directionPositions.has(index)) && !gloss.replaced.has(index)).map((index) => heads.get(index) ?? words[index]!);
  let conceptWords = conceptWordsWithout(ranks);
  let concepts = findConcepts(conceptWords, lexicon);
  // "Varför har vi överskott på personalsidan?": a surplus or deficit of something named is
  // that thing's; the result is meant only when nothing else is named.
  if (concepts.includes('result') && concepts.length > 1) {
    const withoutDirections = findConcepts(conceptWordsWithout(true), lexicon);
    if (withoutDirections.length > 0 && !withoutDirections.includes('result')) {
      conceptWords = conceptWordsWithout(true);
      concepts = withoutDirections;
    }
  }
  // Words the lexicon reads as intent, measure, direction or ranking say how to answer, not which line.
  const phrased = new Set<number>();
  const phraseSets = [...Object.values(lexicon.intents), ...Object.values(lexicon.measures), ...Object.values(lexicon.directions), ...Object.values(lexicon.rankingDimensions)];
  for (const set of phraseSets) for (const match of set.find(tokens)) for (let index = match.start; index < match.end; index += 1) phrased.add(index);
  // "HR", "VON": abbreviations in capitals name something even when short.
  const capitalWords = new Set(itemPositions.filter((index) => tokens[index]!.capitals && words[index] !== 'it').map((index) => words[index]!));
  const contentWords = itemPositions
    .filter((index) => !phrased.has(index) || isConceptWord(words[index]!, lexicon) || heads.has(index))
    .flatMap(lineWordsAt)
    .filter((word) => (word.length >= 3 || capitalWords.has(word)) && !isQuestionStopword(word, lexicon) && !isConceptWord(word, lexicon) && !/^\d+$/.test(word));

  // "Vilket förvaltningsområde …": a ranking's kind word written as the first word of several units' names ranks those units.
  // (Not a kind word itself, "kliniken", "områdena": that is what the units are, whatever their names begin with.)
  const kindWordAt = (index: number) => ranksUnits.some((match) => match.start <= index && index < match.end);
  const rankedUnitIds = rankedByNames.unitIds.length > 1 ? rankedByNames.unitIds : ranks ? unitsFirstNamedBy(itemPositions.filter((index) => phrased.has(index) && !kindWordAt(index)).map((index) => words[index]!), home, catalogue.organisations) : [];
  const forecast = has(lexicon.measures.forecast);
  // "Hur har prognosen förändrats?", "has the forecast moved?": a forecast that changes, with no other time to
  // compare with, has changed since the forecast before it, the previous report's.
  const forecastMoved = forecast && has(lexicon.measures.change) && !period.previousReport && !period.priorYear && !period.sinceYearEnd && period.comparedYear === null && period.comparedMonth === null;
  // "Vad har X för budget på helår?", "what budget do we have for the year?": the budget itself, for the
  // full year, is the full-year budget; a forecast does not answer it.
  // "Utvecklingsbudgeten", "lönebudgeten": a line's budget as one compound asks for the budget itself, as
  // "budgeten för utveckling" does; "budgeten" alone has no line in front, and "periodbudgeten",
  // "helårsbudgeten" a period (a stopword, where "utveckling" is an everyday word for lines too), so they are read as before.
  const lineInFront = (word: string) => {
    const head = lineHeadOfCompound(word);
    return head !== null && (!isQuestionStopword(head, lexicon) || isConceptWord(head, lexicon));
  };
  const budgetOfALine = lexicon.measures.budgetOfALine.find(tokens).some((match) => lineInFront(words[match.start]!));
  const budgetItself = has(lexicon.measures.budgetItself) || budgetOfALine;
  const fullYearBudget = (has(lexicon.measures.fullYearBudget) || (budgetItself && period.fullYear)) && !forecast;
  // Income under budget is a shortfall, and over budget a surplus: where only income is named, the
  // words that place the outcome against the budget turn round ("vilka intäkter ligger under budget?").
  const below = has(lexicon.directions.belowBudget);
  const above = has(lexicon.directions.aboveBudget);
  const incomeOnly = concepts.length > 0 && concepts.every((concept) => concept === 'income') && below !== above;
  const worse = incomeOnly ? below : has(lexicon.directions.worse);
  const better = incomeOnly ? above : has(lexicon.directions.better);
  const budget = has(lexicon.measures.budget) || budgetOfALine;
  const behind = has(lexicon.directions.behind);
  // "Most budget left", "mest kvar av budgeten": in a ranking, the budget not used is the deviation on the better side.
  const remainingAsked = has(lexicon.measures.remaining);
  const byBudget = has(lexicon.measures.rankingByBudget) && !has(lexicon.measures.rankingByDeviation) && !remainingAsked;
  const superlative = has(lexicon.intents.superlative);
  let intent: QuestionReading['intent'] = 'figure';
  let intentConfidence = 1;
  // "Home help hours": a word of a glossed phrase names what the report calls by other words, it asks for no help.
  const help = lexicon.intents.help.find(tokens).some((match) => !gloss.covered.has(match.start));
  if (tokens.length === 0 || (help && tokens.length <= 12 && concepts.length === 0)) intent = 'help';
  else if (has(lexicon.intents.causes)) intent = 'causes';
  else if (superlative) intent = 'ranking';
  // ("Which lines are over budget?" ranks: "which lines" asks what the store covers only where no direction is said.)
  else if (has(lexicon.intents.coverage) && !(has(lexicon.intents.ranking) && (worse || better))) intent = 'coverage';
  else if (has(lexicon.intents.ranking)) intent = 'ranking';
  else intentConfidence = 0.6;
  // A question about risk itself is a question about risks, whichever list holds its word ("orosmoln").
  const asksRiskItself = has(lexicon.intents.riskItself);
  const asksRisks = asksRiskItself || has(lexicon.intents.risks);
  // "Whats our biggest risk?" asks for the report's words about risks, not a ranking of lines;
  // "vad finns det för risker?" for the risks, not for what the store covers.
  if (asksRisks && (intent === 'figure' || intent === 'ranking' || (intent === 'coverage' && asksRiskItself))) intent = 'causes';
  // "Hur går det för vår enhet?": a unit word that says which of the asker's own organisations is meant ranks nothing.
  // Nor does a kind word that is part of a name or follows one ("Avdelningen Kund och service", "the exploitation unit").
  // Nor does one inside a phrase the glossary reads as a line's words ("exploitation area" → exploateringsområden).
  // But in a ranking, a unit word right after the name of an organisation with units below it asks which of
  // them ("which itf department has the biggest surplus"): the organisation is the scope, its units are ranked.
  const afterScope = (match: { start: number }) => ranks && mentions.some((mention) => mention.end === match.start && catalogue.organisations.some((unit) => unit.parentId === mention.organisation.id));
  const namesUnits = lexicon.rankingDimensions.units.find(tokens).some((match) => (unnamed(match) || afterScope(match)) && !insideGloss(match) && !kindReferences.some((reference) => reference.start <= match.start && match.start < reference.end));
  const groupWords = lexicon.breakdownGroups.filter((group) => group.words.test(tokens)).map((group) => group.group);
  const hints = lexicon.breakdownHints.filter((hint) => hint.words.test(tokens));
  // "Kan du ta fram en jämförelse?": a request whose every other word is a general word for figures, with no
  // line, unit, measure or period named, says nothing of what to look at; "hur går det?" asks for the overview.
  const requestWithoutObject = () => {
    if (!has(lexicon.intents.request) || has(lexicon.intents.overview) || concepts.length > 0 || mentions.length > 0 || kindReferences.length > 0 || period.phrases.length > 0) return false;
    const measured = [lexicon.measures.forecast, lexicon.measures.budget, lexicon.measures.target, lexicon.measures.actual, lexicon.measures.percent, lexicon.measures.change, lexicon.measures.remaining].some(has);
    const general = new Set([...lexicon.intents.request.find(tokens), ...lexicon.intents.requestObjects.find(tokens)].flatMap((match) => words.slice(match.start, match.end)));
    return !measured && contentWords.every((word) => general.has(word));
  };
  return {
    text,
    tokens,
    words,
    language: detectLanguageOf(tokens, lexicon, namePositions(tokens, mentions, [home.id, ...mentions.map((mention) => mention.organisation.id)], catalogue, lexicon)),
    intent,
    asksOverview: has(lexicon.intents.overview),
    asksWhatToLookAt: intent === 'figure' && requestWithoutObject(),
    asksRisks,
    asksRiskItself,
    asksSuperlative: superlative,
    period: forecastMoved ? { ...period, previousReport: true } : period,
    wantsForecast: forecast || (period.fullYear && !fullYearBudget && !has(lexicon.measures.fullYearBudget)),
    wantsChange: has(lexicon.measures.change),
    wantsBudget: budget,
    wantsTarget: has(lexicon.measures.target),
    wantsFullYearBudget: fullYearBudget,
    wantsActual: has(lexicon.measures.actual),
    wantsActualSoFar: has(lexicon.measures.actualSoFar),
    wantsPercent: has(lexicon.measures.percent),
    wantsShareUsed: has(lexicon.measures.shareUsed),
    wantsRemaining: has(lexicon.measures.remaining),
    wantsStatedInWords: has(lexicon.measures.statedInWords),
    wantsBudgetItself: budgetItself,
    wantsAmount: has(lexicon.measures.amountItself),
    wantsTargetItself: has(lexicon.measures.targetItself),
    targetWords: lexicon.measures.target.find(tokens).flatMap((match) => words.slice(match.start, match.end)),
    asksHowMuch: has(lexicon.measures.howMuch),
    asksSpent: has(lexicon.measures.spent),
    namesOneProject: has(lexicon.oneProject),
    ranking: {
      dimension: ranksProjects ? 'projects' : namesUnits || rankedUnitIds.length > 1 ? 'units' : 'items',
      dimensionNamed: ranksProjects || namesUnits || rankedUnitIds.length > 1 || hasUnnamed(lexicon.rankingDimensions.items),
      unitIds: rankedUnitIds,
      direction: worse ? 'worse' : better || remainingAsked ? 'better' : 'any',
      // A ranking asked for as such ("rangordna avdelningarna") lists them all, within reason.
      count: has(lexicon.directions.orderOnly) && (rankingCount(tokens, lexicon) ?? 5) === 5 ? 15 : (rankingCount(tokens, lexicon) ?? 5),
      countNamed: rankingCount(tokens, lexicon) !== null,
      // "Största posten", "mest pengar" rank by size; deviation words rank by deviation.
      // "Hur går det för nämnderna?": how units are doing is how they stand against their budgets.
      // "Störst budget", "by budget" rank budget amounts; "över budget", "mot budget" deviations.
      by: byBudget ? 'size' : budget || worse || better || behind || remainingAsked || has(lexicon.measures.rankingByDeviation) || (has(lexicon.intents.overview) && namesUnits) ? 'deviation' : 'size',
      sizeOf: byBudget ? 'budget' : null,
      behind,
      changeWorse: has(lexicon.directions.changeWorse),
      orderOnly: has(lexicon.directions.orderOnly),
      leavesOnly: false,
      unitKinds: namesUnits ? lexicon.rankedUnitKinds.filter(([, phrases]) => phrases.find(tokens).some(unnamed)).map(([kind]) => kind) : [],
    },
    comparesOrganisations: has(lexicon.intents.comparesOrganisations),
    comparesWithPeers: has(lexicon.intents.comparesWithPeers),
    containsInstructions: has(lexicon.intents.instructions),
    mentions,
    kindReferences,
    itemWords,
    contentWords,
    glossedAs: new Map(itemPositions.filter((index) => gloss.covered.has(index) && !gloss.replaced.has(index)).map((index) => [words[index]!, gloss.wordsAt(index).filter((word) => word !== words[index])] as const).filter(([, glossed]) => glossed.length > 0)),
    qualifiers,
    concepts,
    conceptWords,
    phraseWords: conceptPhraseWords(itemWords, lexicon),
    breakdown: { isNamedLabel: (label) => hints.some((hint) => hint.isLabel(label)), named: hints.length > 0 || has(lexicon.explicitBreakdowns), groupWords },
    confidence: {
      intent: intentConfidence,
      organisation: mentions.length > 0 ? Math.min(1, mentions[0]!.score / 3) : kindReferences.length > 0 ? 0.9 : 0.5,
      period: period.phrases.length > 0 ? 1 : 0.5,
      items: concepts.length > 0 || contentWords.length > 0 ? 0.8 : 0.3,
    },
  };
}
