// The one reading of a question: everything the answer needs to know about its
// words, read once with the lexicon and the store's catalogue — language, intent,
// organisations named, period and comparison, measures asked for, ranking, and the
// words left to name a line — each slot with how sure the reading is. Nothing
// after this step looks at the question's text again.
import type { Language } from '../answer.js';
import { cleanText } from '../../language/fold-text.js';
import type { OrganisationRecord } from '../../figures/records.js';
import { loadLexicon, type Lexicon } from '../lexicon/load-lexicon.js';
import { findKindReferencesIn, findOrganisationMentionsIn, type OrganisationMention } from '../find-organisation-mention.js';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.js';
import { detectLanguageOf } from './detect-language.js';
import { conceptPhraseWords, findConcepts, isConceptWord } from './find-concepts.js';
import { readPeriod, type PeriodRequest } from './read-period.js';
import { tokenizeQuestion, type Token } from './tokenize-question.js';
import { glossLineWords } from './gloss-line-words.js';
import { lineHeadOfCompound } from './line-head-of-compound.js';
import { swedishStem } from '../../language/swedish-stem.js';
import { rootOf } from '../answer-context.js';
import { isQuestionStopword } from './question-stopwords.js';

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
  readonly by: 'deviation' | 'size';
  /** "Vilka investeringar ligger efter?": ranked by how far spending lags the budget. */
  readonly behind: boolean;
  /** "Vilket område har tappat mest?": a change for the worse. */
  readonly changeWorse: boolean;
  /** Rank only lines whose sub-lines are not ranked too (a summary never sets a total against its parts). */
  readonly leavesOnly: boolean;
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
  /** Risks, uncertainties, assumptions or measures: answered from the report's words. */
  readonly asksRisks: boolean;
  readonly period: PeriodRequest;
  readonly wantsForecast: boolean;
  readonly wantsBudget: boolean;
  readonly wantsTarget: boolean;
  /** "Årsbudgeten", "annual budget": the full-year budget itself, not the forecast. */
  readonly wantsFullYearBudget: boolean;
  /** The outcome itself was asked for ("utfallet"). */
  readonly wantsActual: boolean;
  /** The outcome so far belongs beside a forecast. */
  readonly wantsActualSoFar: boolean;
  /** The deviation in percent of budget. */
  readonly wantsPercent: boolean;
  /** The share of the full-year budget used so far. */
  readonly wantsShareUsed: boolean;
  /** What is left of the full-year budget after the outcome so far. */
  readonly wantsRemaining: boolean;
  readonly ranking: RankingRequest;
  /** "Jämför X med Y": the question may name two organisations on purpose. */
  readonly comparesOrganisations: boolean;
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
  /** First parts of hyphenated words ("it" in "IT-kostnaderna"), except in organisation names. */
  readonly qualifiers: readonly string[];
  readonly concepts: readonly string[];
  /** Breakdown labels the question names by everyday words, and whether it names one by its numbers ("dag 60"). */
  readonly breakdown: { readonly isNamedLabel: (foldedLabel: string) => boolean; readonly named: boolean; readonly groupWords: readonly string[] };
  /** How sure each slot is: 1 read from explicit words, lower for defaults. */
  readonly confidence: { readonly intent: number; readonly organisation: number; readonly period: number; readonly items: number };
}

function rankingCount(tokens: readonly Token[], lexicon: Lexicon): number {
  for (const [index, token] of tokens.entries()) {
    const previous = tokens[index - 1]?.word ?? '';
    const count = lexicon.counts.get(token.word);
    if (count && (lexicon.countLeads.has(previous) || index === 0)) return count;
    if (/^\d{1,2}$/.test(token.word) && lexicon.countLeads.has(previous)) return Math.max(1, Math.min(20, Number(token.word)));
  }
  return 5;
}

// A name's distinctive word alone ("Halland") that is also part of one of the
// asker's line names ("Bredbandsutbyggnad i Halland") names the line, not the region.
function relevantMentions(mentions: OrganisationMention[], words: readonly string[], home: OrganisationRecord, catalogue: QuestionCatalogue): OrganisationMention[] {
  if (mentions.every((mention) => mention.score >= 3)) return mentions;
  const lineText = catalogue.lineText(home.id);
  return mentions.filter((mention) => mention.score >= 3 || !words.slice(mention.start, mention.end).every((word) => lineText.includes(word)) || mention.organisation.id === home.id);
}

// Scope first: a name that another tree's organisation carries exactly ("Kommunstyrelsen")
// but that is also the start of an organisation in the asker's own tree ("Kommunstyrelsen
// Sundsvall") means the asker's own. Among mentions otherwise equal, the own tree comes first.
function preferOwnTree(mentions: OrganisationMention[], words: readonly string[], home: OrganisationRecord, catalogue: QuestionCatalogue): OrganisationMention[] {
  const root = rootOf(home, catalogue.organisations).id;
  const inTree = (organisation: OrganisationRecord) => rootOf(organisation, catalogue.organisations).id === root;
  const own = catalogue.organisations.filter(inTree);
  const replaced = mentions.map((mention) => {
    if (inTree(mention.organisation)) return mention;
    const said = words.slice(mention.start, mention.end).map(swedishStem);
    const candidates = own.filter((organisation) => catalogue.nameStems(organisation.id).some((stems) => said.every((stem) => stems.includes(stem))));
    const [nearest] = candidates.sort((a, b) => catalogue.nameStems(a.id)[0]!.length - catalogue.nameStems(b.id)[0]!.length);
    return nearest ? { ...mention, organisation: nearest } : mention;
  });
  const unique = replaced.filter((mention, index) => replaced.findIndex((other) => other.organisation.id === mention.organisation.id) === index);
  // Named equally well in the asker's tree and in another ("SN"), the asker means their own.
  const scoped = unique.filter((mention) => inTree(mention.organisation) || !unique.some((other) => inTree(other.organisation) && Math.abs(other.score - mention.score) < 0.005 && other.start === mention.start));
  return scoped.sort((a, b) => b.score - a.score || Number(inTree(b.organisation)) - Number(inTree(a.organisation)));
}

/** Reads one question, asked by someone at `home`, against the store's catalogue. */
export function readQuestion(question: string, catalogue: QuestionCatalogue, home: OrganisationRecord): QuestionReading {
  const lexicon = loadLexicon();
  const tokens = tokenizeQuestion(question);
  const words = tokens.map((token) => token.word);
  const text = cleanText(question).replace(/\s+/g, ' ').trim();
  const period = readPeriod(tokens, lexicon);
  const has = (set: { test(tokens: readonly Token[]): boolean }) => set.test(tokens);

  const mentions = preferOwnTree(relevantMentions(findOrganisationMentionsIn(tokens, catalogue.organisationIndex), words, home, catalogue), words, home, catalogue);
  const used = new Set<number>();
  for (const mention of mentions) for (let index = mention.start; index < mention.end; index += 1) used.add(index);
  // Words of a named organisation's aliases ("införandet" in "TESSA-införandet") describe it, not a line.
  const aliasWords = new Set(mentions.flatMap((mention) => catalogue.aliasWords(mention.organisation.id)));
  words.forEach((word, index) => {
    if (aliasWords.has(word)) used.add(index);
  });
  const kindReferences = findKindReferencesIn(tokens, lexicon, home, catalogue.organisations).filter((reference) => !used.has(reference.start));
  for (const reference of kindReferences) for (let index = reference.start; index < reference.end; index += 1) used.add(index);
  // "it" is an English pronoun unless written as the abbreviation IT; period words never name a line.
  const itemPositions = tokens.map((token, index) => index).filter((index) => !used.has(index) && (tokens[index]!.word !== 'it' || tokens[index]!.capitals || tokens[index]!.hyphenNext) && (!period.positions.has(index) || isConceptWord(words[index]!, lexicon)));
  // What users call by other words ("residential land") stands for the words lines use ("bostadsmark").
  // The glossary is for what no concept covers: a glossed phrase names lines by the gloss only.
  const gloss = glossLineWords(tokens, itemPositions, lexicon);
  // "Bemanningsprognosen": the line is named by the part before the follow-up word.
  const heads = new Map<number, string>();
  for (const index of itemPositions) {
    const head = gloss.covered.has(index) ? null : lineHeadOfCompound(words[index]!);
    if (head !== null) heads.set(index, head);
  }
  const lineWordsAt = (index: number): readonly string[] => (heads.has(index) ? [heads.get(index)!] : gloss.wordsAt(index));
  const itemWords = itemPositions.flatMap(lineWordsAt);
  const qualifiers = itemPositions.filter((index) => tokens[index]!.hyphenNext && words[index]!.length <= 5 && index + 1 < tokens.length).map((index) => words[index]!);
  // In a ranking, "överskott" and "deficit" say which direction, not which line.
  const directionPositions = new Set<number>();
  for (const set of [lexicon.directions.worse, lexicon.directions.better]) for (const match of set.find(tokens)) for (let index = match.start; index < match.end; index += 1) directionPositions.add(index);
  const ranks = lexicon.intents.superlative.test(tokens) || lexicon.intents.ranking.test(tokens);
  const conceptWordsWithout = (skipDirections: boolean) => itemPositions.filter((index) => !(skipDirections && directionPositions.has(index)) && !gloss.covered.has(index)).map((index) => heads.get(index) ?? words[index]!);
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

  const forecast = has(lexicon.measures.forecast);
  const fullYearBudget = has(lexicon.measures.fullYearBudget) && !forecast;
  const worse = has(lexicon.directions.worse);
  const better = has(lexicon.directions.better);
  const budget = has(lexicon.measures.budget);
  const behind = has(lexicon.directions.behind);
  const superlative = has(lexicon.intents.superlative);
  let intent: QuestionReading['intent'] = 'figure';
  let intentConfidence = 1;
  const help = has(lexicon.intents.help);
  if (tokens.length === 0 || (help && tokens.length <= 12 && concepts.length === 0)) intent = 'help';
  else if (has(lexicon.intents.causes)) intent = 'causes';
  else if (superlative) intent = 'ranking';
  else if (has(lexicon.intents.coverage)) intent = 'coverage';
  else if (has(lexicon.intents.ranking)) intent = 'ranking';
  else intentConfidence = 0.6;
  const asksRisks = has(lexicon.intents.risks);
  // "Whats our biggest risk?" asks for the report's words about risks, not a ranking of lines.
  if (asksRisks && (intent === 'figure' || intent === 'ranking')) intent = 'causes';
  const groupWords = lexicon.breakdownGroups.filter((group) => group.words.test(tokens)).map((group) => group.group);
  const hints = lexicon.breakdownHints.filter((hint) => hint.words.test(tokens));
  return {
    text,
    tokens,
    words,
    language: detectLanguageOf(tokens, lexicon),
    intent,
    asksOverview: has(lexicon.intents.overview),
    asksRisks,
    period,
    wantsForecast: forecast || (period.fullYear && !fullYearBudget && !has(lexicon.measures.fullYearBudget)),
    wantsBudget: budget,
    wantsTarget: has(lexicon.measures.target),
    wantsFullYearBudget: fullYearBudget,
    wantsActual: has(lexicon.measures.actual),
    wantsActualSoFar: has(lexicon.measures.actualSoFar),
    wantsPercent: has(lexicon.measures.percent),
    wantsShareUsed: has(lexicon.measures.shareUsed),
    wantsRemaining: has(lexicon.measures.remaining),
    ranking: {
      dimension: has(lexicon.rankingDimensions.projects) ? 'projects' : has(lexicon.rankingDimensions.units) ? 'units' : 'items',
      dimensionNamed: has(lexicon.rankingDimensions.projects) || has(lexicon.rankingDimensions.units) || has(lexicon.rankingDimensions.items),
      direction: worse ? 'worse' : better ? 'better' : 'any',
      count: rankingCount(tokens, lexicon),
      // "Största posten", "mest pengar" rank by size; deviation words rank by deviation.
      by: budget || worse || better || behind || has(lexicon.measures.rankingByDeviation) ? 'deviation' : 'size',
      behind,
      changeWorse: has(lexicon.directions.changeWorse),
      leavesOnly: false,
    },
    comparesOrganisations: has(lexicon.intents.comparesOrganisations),
    containsInstructions: has(lexicon.intents.instructions),
    mentions,
    kindReferences,
    itemWords,
    contentWords,
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
