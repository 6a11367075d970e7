// The offline question engine: reads a question once (reading/read-question.ts),
// finds the organisation, period and line it means in the store's catalogue, and
// hands it to the answer for its intent (answer-intents.ts): exact figures, a
// clarifying question, or a precise account of what is missing. No language model.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { Period } from '../figures/period.js';
import type { Measure } from '../figures/vocabulary.js';
import type { Answer } from '../answering/answer.js';
import { AnswerBuilder } from './answer-builder.js';
import { ancestorsOf, descendantsOf, rootOf, type AnswerContext } from './answer-context.js';
import { answerHelp } from './answer-help.js';
import { monthName } from './answer-phrases.js';
import { messages } from './messages/messages.js';
import { questionCatalogue, type QuestionCatalogue } from './catalogue/question-catalogue.js';
import { swedishStem } from '../language/swedish-stem.js';
import { foldText, foldedWords } from '../language/fold-text.js';
import { splitCompound } from './split-compound.js';
import { asksForACount, isHeadOf, unitsAskedPerWritten } from './find-line-item.js';
import { detectLanguage } from './detect-language.js';
import { INTENT_ANSWERS } from './answer-intents.js';
import { defaultLine } from './default-line.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { isQuestionStopword } from './reading/question-stopwords.js';
import { findConcepts, isConceptWord } from './reading/find-concepts.js';
import { namesNameWord } from './find-organisation-mention.js';
import { unitWrittenByItsWords } from './unit-written-by-its-words.js';
import { readQuestion, type QuestionReading } from './reading/read-question.js';
import type { OrganisationMention } from './find-organisation-mention.js';
import { resolveLineItem, type LineResolution } from './resolve-line-item.js';
import { subUnitLinesThatAreTheWord } from './sub-unit-line-is-the-word.js';
import { whatToLookAt } from './answer-what-to-look-at.js';
import { kpiByTargetValue } from './goal-by-target.js';
import { wholeCompoundInSubUnit } from './whole-compound-in-sub-unit.js';
import { subUnitLineSaidInFull } from './sub-unit-line-said-in-full.js';
import { isGenericTotalOfAPart } from './generic-total-of-a-part.js';
import { resolveReportPeriod } from './resolve-report-period.js';
import { projectsNamedLikeAUnit } from './projects-named-like-a-unit.js';
import { answerAgainstPeers } from './answer-against-peers.js';
import { lineNamesAnotherUnit } from './line-names-another-unit.js';
import { isPlaceAfterUnit } from './place-after-unit.js';
import { netCostForCosts } from './net-cost-for-costs.js';
import { lineByBracketedName } from './bracketed-short-name.js';
import { kpiFromNextReport } from './kpi-from-next-report.js';
import { unitProjectsInParent } from './unit-projects-in-parent.js';
import { soleReportingAdministration } from './answer-rollup.js';
import { isResultInParts } from './result-in-parts.js';

/** A question and who asks it, resolved: the home organisation is a record of the store, not a name to look up again. */
export interface Question {
  readonly text: string;
  /** The asker's home organisation: the default when the question names none. */
  readonly home: OrganisationRecord;
  /** The organisations the asker may see; all when absent (no people configured, CLI without --as). */
  readonly visibleOrganisationIds?: ReadonlySet<number>;
}

/** The answer when the asker's home organisation is not in the store (a name no organisation has, or one an import removed). */
export function unknownHomeAnswer(text: string, homeOrganisation: string): Answer {
  const language = detectLanguage(text.slice(0, MAX_QUESTION_LENGTH));
  return new AnswerBuilder(language, String).build('error', messages(language).question.unknownHome(homeOrganisation));
}

/** The one answer for anything outside the asker's scope: it says nothing about whether figures exist. */
function denied(builder: AnswerBuilder, language: 'sv' | 'en'): Answer {
  return builder.build('denied', messages(language).question.denied());
}

// A clarifying question offers at most this many units; more means the word names none of them.
const MAX_OPTIONS = 6;

// A word of a unit's name this long at least says which unit: shorter ones ("IT", "och") say little.
const MIN_NAME_WORD = 5;

/** Questions longer than this are refused rather than read: no budget question needs more. */
export const MAX_QUESTION_LENGTH = 2000;

// Mentions scored under this are read from the last part of a compound name, not from a name written out.
const WEAK_SIGN = 2;

// Concepts that mean the organisation's bottom line when it has no line of that name.
const RESULT_CONCEPTS: ReadonlySet<string> = new Set(['result', 'net-cost']);

/** The measures a question asks for, to choose between lines that match equally. */
export function measuresAsked(reading: QuestionReading): Measure[] {
  if (reading.wantsFullYearBudget) return ['budget_full_year'];
  if (reading.wantsForecast) return ['forecast', 'forecast_deviation', 'budget_full_year'];
  if (reading.period.priorYear) return ['prior_year_actual', 'prior_year_full_year'];
  // "Vad är utvecklingsbudgeten?": the budget itself, which a line with only a deviation does not give.
  if (reading.wantsBudgetItself) return ['budget', 'budget_full_year'];
  if (reading.wantsBudget) return ['budget', 'budget_full_year', 'deviation', 'forecast_deviation'];
  return ['actual', 'deviation'];
}

/** Whether the question names the figures it asks for (a forecast, a budget, last year, the outcome), not only a line. */
function namesFigures(reading: QuestionReading): boolean {
  return reading.wantsFullYearBudget || reading.wantsForecast || reading.period.priorYear || reading.wantsBudgetItself || reading.wantsBudget || reading.wantsActual || reading.wantsActualSoFar;
}

/** Answers one question from `store`. Never throws for a bad question; store failures propagate. */
export async function answerQuestion(store: FigureStore, question: Question): Promise<Answer> {
  const catalogue = questionCatalogue(await store.loadCatalogue());
  const { organisations } = catalogue;
  const nameOf = (id: number) => catalogue.organisation(id)?.name ?? String(id);
  // The catalogue's own record: the engine compares and indexes its records.
  const home = catalogue.organisation(question.home.id);
  if (!home) return unknownHomeAnswer(question.text, question.home.name);
  if (question.text.length > MAX_QUESTION_LENGTH) {
    const language = detectLanguage(question.text.slice(0, MAX_QUESTION_LENGTH));
    return new AnswerBuilder(language, nameOf).build('error', messages(language).question.tooLong(MAX_QUESTION_LENGTH));
  }
  const reading = withoutHomeNameWords(readQuestion(question.text, catalogue, home), home, catalogue);
  const language = reading.language;
  const builder = new AnswerBuilder(language, nameOf);
  builder.knowNames(organisations.flatMap((organisation) => [organisation.name, ...organisation.aliases]));
  const base = { store, catalogue, reading, organisations, home, builder, visible: question.visibleOrganisationIds, itemWords: reading.itemWords };
  const outside = (organisation: OrganisationRecord) => question.visibleOrganisationIds !== undefined && !question.visibleOrganisationIds.has(organisation.id);
  if (reading.intent === 'help') return answerHelp({ ...base, organisation: home, namedOrganisation: false });

  const { kindReferences } = reading;
  // "The culture school in Tornvik" asked elsewhere: another tree's place named beside one of its own units says
  // where that unit is; it is not asked about as well. Unless organisations are compared.
  const homeRoot = rootOf(home, organisations).id;
  // So is the asker's own place written right beside one of its units ("sof gransjö kostnader"): it says whose SOF.
  const beside = (mention: OrganisationMention, other: OrganisationMention) => mention.end - mention.start === 1 && (mention.start === other.end || mention.end === other.start);
  const placeOf = (mention: OrganisationMention, other: OrganisationMention) => mention.organisation.parentId === null && (mention.organisation.id !== homeRoot || beside(mention, other)) && other.organisation.id !== mention.organisation.id && rootOf(other.organisation, organisations).id === mention.organisation.id;
  const placeLeads = loadLexicon().placeLeads.find(reading.tokens);
  const mentions = reading.comparesOrganisations ? reading.mentions : reading.mentions.filter((mention) => !reading.mentions.some((other) => placeOf(mention, other) || isPlaceAfterUnit(mention, other, placeLeads, organisations)));
  // "Regionen" from someone outside every region: which one? Only among those the asker may see;
  // a clarifying question never names an organisation outside the asker's scope.
  const kindOptions = [...new Set(kindReferences.filter((reference) => reference.score === 0 && !outside(reference.organisation)).map((reference) => reference.organisation.name))];
  if (mentions.length === 0 && kindReferences.length > 0 && kindReferences.every((reference) => outside(reference.organisation))) return denied(builder, language);
  if (mentions.length === 0 && kindOptions.length > 1 && reading.intent !== 'ranking') {
    return builder.build('clarify', messages(language).question.whichOne(kindOptions), kindOptions);
  }
  const distinct = mentions.filter((mention, index) => mentions.findIndex((other) => other.organisation.id === mention.organisation.id) === index);
  const [first, second] = distinct;
  if (distinct.some((mention) => outside(mention.organisation)) || (distinct.length === 0 && kindReferences.some((reference) => reference.score > 0 && outside(reference.organisation)))) return denied(builder, language);
  // "Jämför sjukfrånvaron på Länsteknik med Regionkontoret": one answer per organisation.
  // "Hur går det för HoS och RU?": organisations named in different words are all meant.
  const apart = first !== undefined && second !== undefined && (second.start >= first.end || first.start >= second.end);
  if (first && second && apart && reading.intent === 'figure') {
    const answers: Answer[] = [];
    for (const mention of distinct.slice(0, 4)) answers.push(await answerForOrganisation({ ...base, organisation: mention.organisation, namedOrganisation: true }, false));
    const answered = answers.filter((answer) => answer.status === 'answered');
    if (answered.length === 0) return answers[0]!;
    return builder.build('answered', answers.map((answer) => answer.text).join('\n'));
  }
  // "Styr och stöd" when the tree has both "Avdelningen styr och stöd" and "Avdelningen styr och
  // stöd – gemensamma kostnader": a name that another unit's name goes on from is ambiguous.
  // (Not for a word that only ends the asker's own name, "stationen" asked at Brandstation Hällby: it is the asker's.)
  const ownByItsEnd = first !== undefined && first.score < WEAK_SIGN && [home, ...ancestorsOf(home, organisations)].some((unit) => unit.id === first.organisation.id);
  const longer = first && !ownByItsEnd && !reading.comparesOrganisations ? unitsNamedLonger(reading, first, home, catalogue).filter((unit) => !outside(unit)) : [];
  // "styr o stöd common costs": the words the glossary gives for the rest of one longer name say it is that unit.
  const restSaid = first ? longer.filter((unit) => restOfNameSaid(reading, first, unit, catalogue)) : [];
  if (first && restSaid.length === 1) {
    // The glossed words and the words they gloss name the unit, not a line of it.
    const restStems = new Set(catalogue.nameStems(restSaid[0]!.id).flat());
    const glossed = reading.itemWords.filter((word) => !reading.words.includes(word) && restStems.has(swedishStem(word)));
    const sources = [...reading.glossedAs].filter(([, gloss]) => gloss.some((word) => glossed.includes(word))).map(([word]) => word);
    const narrowed = [...glossed, ...sources].reduce(withoutWord, reading);
    return answerForOrganisation({ ...base, reading: narrowed, itemWords: narrowed.itemWords, organisation: restSaid[0]!, namedOrganisation: true }, true);
  }
  if (first && longer.length > 0) {
    // The units read from the same words as surely are as much meant ("stationen": every station).
    const peers = distinct.filter((mention) => mention !== first && mention.start === first.start && mention.end === first.end && Math.abs(mention.score - first.score) < 0.005).map((mention) => mention.organisation);
    const options = [...new Set([first.organisation, ...peers, ...longer].map((unit) => unit.name))];
    return builder.build('clarify', messages(language).question.whichOne(options), options);
  }
  if (first && second && Math.abs(first.score - second.score) < 0.005 && reading.intent !== 'ranking') {
    const options = distinct.filter((mention) => Math.abs(mention.score - first.score) < 0.005).map((mention) => mention.organisation.name);
    return builder.build('clarify', messages(language).question.whichOrganisation(options), options);
  }
  // "How is the preschool doing?": a unit found only through another language's word ("förskola") is no
  // surer than a line the same word names.
  const inOtherWords = first !== undefined && second === undefined && first.organisation.id !== home.id && first.score < 3 && !reading.tokens.slice(first.start, first.end).some((token) => token.capitals || unitWrittenByItsWords(token.word, first.organisation));
  if (inOtherWords && kindReferences.length === 0 && reading.intent !== 'ranking' && reading.contentWords.length === 0) {
    // The lines of the asker's own named by the unit's first word, as the gloss gave it.
    const stem = swedishStem(foldedWords(first.organisation.name)[0] ?? '');
    const lines = stem.length >= 5 ? linesNamedBy(stem, home, catalogue) : [];
    if (lines.length > 0 && lines.length <= 4) {
      const options = [first.organisation.name, ...lines.map((item) => item.name)];
      return builder.build('clarify', messages(language).question.whichOne(options), options);
    }
  }
  // "Hur ligger FVIS?" with a programme FVIS and a project line "Framtidens vårdinformationssystem, FVIS" of
  // the asker's own: a unit's one-word name that one of the asker's lines also carries could be either (a why
  // is answered from the notes, and a word for investments says it is the project).
  if (first && !second && kindReferences.length === 0 && reading.intent === 'figure' && reading.concepts.length === 0 && reading.contentWords.length === 0 && first.end - first.start === 1 && descendantsOf(home, organisations).some((unit) => unit.id === first.organisation.id)) {
    const said = reading.tokens[first.start]!.word;
    // A line that the word names (an abbreviation after a comma or in brackets: "…, FVIS", "… (FVIS)"), not one
    // it qualifies ("Brukningsavgifter VA": fees, of the VA unit).
    const namedBy = (line: LineItemRecord) => {
      const name = foldText(line.name).replace(/\s+/gu, '');
      return name.endsWith(`,${said}`) || name.endsWith(`(${said})`);
    };
    // Money spent on the unit's name ("vad har vi lagt på Björkhagen?") may be spent on a project of that name.
    const projects = reading.asksSpent ? projectsNamedLikeAUnit(said, home, catalogue) : [];
    const lines = said.length >= 2 ? [...new Set([...catalogue.itemsOf(home.id).filter(namedBy), ...projects])] : [];
    if (lines.length > 0 && lines.length < MAX_OPTIONS) {
      const options = [first.organisation.name, ...lines.map((line) => line.name)];
      return builder.build('clarify', messages(language).question.whichOne(options), options);
    }
  }
  if (!first && kindReferences.length === 0 && reading.intent !== 'ranking') {
    // "Hur ser det ut för IT?" with a unit "IT och Digitalisering" and a line "IT-utrustning": either.
    const both = unitAndLinesSharingAWord(reading, home, catalogue);
    if (both.length > 1) return builder.build('clarify', messages(language).question.whichOne(both), both);
    // "Hur går grundskolan?", "taxeverksamheten": a word for a group of units by what they are asks which of them.
    const grouped = unitsOfAGroup(reading, home, catalogue);
    if (grouped.length > 1) return builder.build('clarify', messages(language).question.whichOne(grouped), grouped);
    const { units: sharing, word, lines: sharingLines } = unitsSharingAWord(reading, home, catalogue);
    if (sharing.length > 1) {
      const options = [...sharing.map((unit) => unit.name), ...sharingLines.map((line) => line.name)];
      return builder.build('clarify', messages(language).question.whichOne(options), options);
    }
    // "Hur går det för HR?": the one unit of the asker's own whose name has that word.
    if (sharing.length === 1 && !outside(sharing[0]!)) {
      // The other words of its name that picked it ("på länssjukhuset") say whose, not which line.
      const narrowed = withoutHomeNameWords(withoutWord(reading, word), sharing[0]!, catalogue);
      return answerForOrganisation({ ...base, reading: narrowed, itemWords: narrowed.itemWords, organisation: sharing[0]!, namedOrganisation: true }, true);
    }
  }
  // "Rank the förvaltningsområden", "vilket förvaltningsområde går sämst?": in a ranking, a word that several of the
  // asker's units' names share and no line has says which units are ranked, as a word their names end with does.
  if (!first && kindReferences.length === 0 && reading.intent === 'ranking' && reading.ranking.unitIds.length === 0) {
    const { units, word, lines } = unitsSharingAWord(reading, home, catalogue);
    if (units.length > 1 && lines.length === 0 && !units.some(outside)) {
      const narrowed = withoutWord(reading, word);
      const ranked = { ...narrowed, ranking: { ...narrowed.ranking, dimension: 'units' as const, dimensionNamed: true, unitIds: units.map((unit) => unit.id) } };
      return answerForOrganisation({ ...base, reading: ranked, itemWords: ranked.itemWords, organisation: home, namedOrganisation: false }, true);
    }
  }
  // "Hur står vi oss mot andra förvaltningar?": no unit named, the asker against its peers.
  // (Only where no line is named: peers compared on one line is a ranking the usual reading makes.)
  if (reading.comparesWithPeers && !first && reading.contentWords.length === 0 && reading.concepts.every((name) => RESULT_CONCEPTS.has(name))) return answerAgainstPeers({ ...base, organisation: home, namedOrganisation: false }, (context) => answerForOrganisation(context, false));
  const kindReference = kindReferences.find((reference) => !outside(reference.organisation));
  let organisation = first?.organisation ?? kindReference?.organisation ?? home;
  let scoped = base;
  // "Comms in Gemensamma tjänster": the words left may name one of the named organisation's parts.
  if (first && reading.intent !== 'ranking') {
    const { units: parts, word } = unitsSharingAWord(reading, first.organisation, catalogue);
    if (parts.length > 1) return builder.build('clarify', messages(language).question.whichOne(parts.map((unit) => unit.name)), parts.map((unit) => unit.name));
    if (parts.length === 1) {
      if (outside(parts[0]!)) return denied(builder, language);
      organisation = parts[0]!;
      const narrowed = withoutWord(reading, word);
      scoped = { ...base, reading: narrowed, itemWords: narrowed.itemWords };
    }
  }
  const answer = await answerForOrganisation({ ...scoped, organisation, namedOrganisation: Boolean(first ?? kindReference) }, true);
  // Another tree's organisation, named by the question: the answer says whose it is.
  const otherRoot = rootOf(organisation, organisations);
  if (answer.status !== 'answered' || otherRoot.id === rootOf(home, organisations).id || otherRoot.id === organisation.id) return answer;
  return withLead(answer, messages(language).question.belongsTo(organisation.name, otherRoot.name), [organisation.name, otherRoot.name]);
}

/**
 * Units of the asker's tree, other than the one mentioned and its own parents and parts, whose
 * name begins with every word the mention was read from and goes on with words the question lacks.
 */
function unitsNamedLonger(reading: QuestionReading, mention: QuestionReading['mentions'][number], home: OrganisationRecord, catalogue: QuestionCatalogue): OrganisationRecord[] {
  // ("o" is how people shorten "och" in names.)
  const said = reading.words.slice(mention.start, mention.end).map((word) => swedishStem(word === 'o' ? 'och' : word));
  if (said.length === 0) return [];
  const root = rootOf(home, catalogue.organisations);
  const related = new Set([mention.organisation, ...ancestorsOf(mention.organisation, catalogue.organisations), ...descendantsOf(mention.organisation, catalogue.organisations)].map((unit) => unit.id));
  const asked = new Set(reading.words.map(swedishStem));
  return [root, ...descendantsOf(root, catalogue.organisations)].filter((unit) => {
    if (related.has(unit.id)) return false;
  return catalogue.nameStems(unit.id).some((stems) => {
      const at = stems.findIndex((stem, index) => said.every((word, offset) => stems[index + offset] === word));
      if (at < 0) return false;
      const rest = stems.slice(at + said.length).filter((stem) => stem.length >= 3);
      return rest.length > 0 && !rest.some((stem) => asked.has(stem));
    });
  });
}

/**
 * Whether the question's line words, as the glossary gave them ("common costs" → "gemensamma kostnader"),
 * write every word of `unit`'s name after the part the mention said ("Avdelningen styr och stöd –
 * gemensamma kostnader"): the asker named the longer unit in two languages.
 */
function restOfNameSaid(reading: QuestionReading, mention: QuestionReading['mentions'][number], unit: OrganisationRecord, catalogue: QuestionCatalogue): boolean {
  const said = reading.words.slice(mention.start, mention.end).map((word) => swedishStem(word === 'o' ? 'och' : word));
  const glossed = new Set(reading.itemWords.filter((word) => !reading.words.includes(word)).map(swedishStem));
  return catalogue.nameStems(unit.id).some((stems) => {
    const at = stems.findIndex((_, index) => said.every((word, offset) => stems[index + offset] === word));
    const rest = at < 0 ? [] : stems.slice(at + said.length).filter((stem) => stem.length >= 3);
    return rest.length > 0 && rest.every((stem) => glossed.has(stem));
  });
}

/** `answer` with a sentence before it; the names it mentions are names, not figures ("Förvaltning 8"). */
function withLead(answer: Answer, lead: string, names: readonly string[]): Answer {
  return { ...answer, text: `${lead}\n${answer.text}`, names: [...new Set([...answer.names, ...names])] };
}

/**
 * "Hur går det för gemensamma?", "avdelningen": a word that no line of the asker's has but
 * that is part of the names of several units of the asker's own (a name's generic words do
 * not make a mention on their own). Those units, without the sub-units of another of them.
 */
function unitsSharingAWord(reading: QuestionReading, root: OrganisationRecord, catalogue: QuestionCatalogue): { units: OrganisationRecord[]; word: string; lines: readonly LineItemRecord[] } {
  const lineText = catalogue.lineText(root.id);
  const own = descendantsOf(root, catalogue.organisations);
  if (own.length === 0) return { units: [], word: '', lines: [] };
  const capitals = new Set(reading.tokens.filter((token) => token.capitals).map((token) => token.word));
  const lineWords = lineText.split(/[^\p{L}\p{N}]+/u);
  const words = reading.contentWords.filter((word) => word.length >= 5 || capitals.has(word));
  for (const word of words) {
    const stem = swedishStem(word);
    // ("sjukhuset" names Länssjukhuset as much as Ekholmens sjukhus: the head of a compound says what the unit is;
    // not where a line of the asker's uses the word, "köpt trafik" beside Öjemarkstrafiken's units; a line that
    // only carries a unit's compound name, "Ombyggnad akutmottagning Länssjukhuset", does not use the word.)
    const headOnly = !lineWords.some((lineWord) => lineWord.startsWith(stem) || swedishStem(lineWord) === stem);
    const named = own.filter((unit) => [unit.name, ...unit.aliases].some((name) => foldedWords(name).some((nameWord) => namesNameWord(stem, nameWord, word) || (headOnly && isHeadOf(stem, swedishStem(nameWord))))));
    const top = named.filter((unit) => !ancestorsOf(unit, catalogue.organisations).some((ancestor) => named.includes(ancestor)));
    // A word a line uses names the line, unless it names several units alike ("förskolan" beside
    // Förskoleområde Norr and Förskoleområde Söder, and a project "Ny förskola …"): then they are all the choice.
    // So does a word the glossary reads as a line's ("medicin" for "Läkemedel", beside "Medicinkliniken").
    const ownGloss = reading.glossedAs.get(word) ?? [];
    const glossed = ownGloss.map(swedishStem).filter((glossStem) => lineWords.some((lineWord) => lineWord.startsWith(glossStem) || swedishStem(lineWord) === glossStem));
    const lineUsesIt = lineWords.some((lineWord) => lineWord.startsWith(stem)) || glossed.length > 0;
    if (lineUsesIt && top.length < 2) continue;
    const lines = lineUsesIt ? [...new Set([stem, ...glossed].flatMap((named) => linesNamedBy(named, root, catalogue)))] : [];
    // Another word of the question in one of those lines' names ("Granhöjden") says which line (not the word's own gloss).
    const others = reading.contentWords.filter((other) => other !== word && !ownGloss.includes(other)).map(swedishStem);
    if (lines.some((line) => foldedWords(line.name).some((lineWord) => others.includes(swedishStem(lineWord))))) continue;
    // Another word in one unit's name says which unit ("medicin på länssjukhuset": Medicinkliniken Länssjukhuset).
    const namesUnit = (unit: OrganisationRecord) => [unit.name, ...unit.aliases].some((name) => foldedWords(name).some((nameWord) => others.some((other) => other.length >= 4 && namesNameWord(other, nameWord))));
    const narrowed = top.length > 1 ? top.filter(namesUnit) : [];
    if (narrowed.length === 1) return { units: narrowed, word, lines: [] };
    // A word a great many units share ("Förvaltning 1" … "Förvaltning 400") says what kind they are, not which.
    if (top.length > 0 && top.length + lines.length <= MAX_OPTIONS) return { units: top, word, lines };
  }
  return { units: [], word: '', lines: [] };
}

/** The names of the asker's own units that a word of the question names as a group (lexicon `unitGroups`), a handful at most. */
function unitsOfAGroup(reading: QuestionReading, home: OrganisationRecord, catalogue: QuestionCatalogue): string[] {
  const groups = loadLexicon().unitGroups.filter((group) => group.words.test(reading.tokens));
  if (groups.length === 0) return [];
  const members = descendantsOf(home, catalogue.organisations).filter((unit) => groups.some((group) => group.isMember(foldText(unit.name))));
  const top = members.filter((unit) => !ancestorsOf(unit, catalogue.organisations).some((ancestor) => members.includes(ancestor)));
  return top.length <= MAX_OPTIONS ? top.map((unit) => unit.name) : [];
}

/** The organisation's lines with a word of that stem in their names. */
function linesNamedBy(stem: string, organisation: OrganisationRecord, catalogue: QuestionCatalogue): readonly LineItemRecord[] {
  return catalogue.itemsOf(organisation.id).filter((item) => foldedWords(item.name).some((word) => swedishStem(word) === stem));
}

/**
 * A word of the question (an abbreviation in capitals, or five letters or more) that is the whole
 * first word of exactly one of the asker's units' names and a word of some of the asker's lines,
 * when the question has no other word to name a line: the unit's name and the lines', to choose from.
 */
function unitAndLinesSharingAWord(reading: QuestionReading, home: OrganisationRecord, catalogue: QuestionCatalogue): string[] {
  // A why-question is answered from the notes on what the word names, not asked back ("varför går X back?").
  if (reading.intent === 'causes') return [];
  // The one word left to name something: a content word, or an abbreviation in capitals ("IT").
  const capitals = reading.tokens.filter((token) => token.capitals && reading.itemWords.includes(token.word)).map((token) => token.word);
  // (One word however inflected: "biblioteket" and the "bibliotek" the glossary gave beside it are one.)
  // (Nor are the words the glossary read beside one, "ekonomiskt bistånd" for "försörjningsstödet": the asker wrote one word.)
  const glosses = new Set([...reading.glossedAs.values()].flat());
  const writtenStems = new Set(reading.contentWords.filter((candidate) => !glosses.has(candidate)).map(swedishStem));
  const written = reading.contentWords.filter((candidate) => !glosses.has(candidate) || writtenStems.has(swedishStem(candidate)));
  const candidates = [...new Map([...written, ...capitals].map((candidate) => [swedishStem(candidate), candidate])).values()];
  if (candidates.length !== 1) return [];
  const [word] = candidates;
  if (!word || (!capitals.includes(word) && word.length < 5)) return [];
  // Other words that name a line ("tjänsterna" in "HR-tjänsterna") say it is the line.
  if (findConcepts(reading.conceptWords.filter((other) => other !== word), loadLexicon()).length > 0) return [];
  const stem = swedishStem(word);
  const units = descendantsOf(home, catalogue.organisations).filter((unit) => catalogue.nameStems(unit.id).some((stems) => stems[0] === stem));
  // (KPIs that use the word give way to the money lines that do, unless a target was asked, as among lines named alike.)
  const named = linesNamedBy(stem, home, catalogue);
  const money = named.filter((line) => line.kind !== 'kpi');
  const lines = reading.wantsTarget || money.length === 0 ? named : money;
  if (units.length !== 1 || lines.length === 0 || lines.length > MAX_OPTIONS - 1) return [];
  // Another word of the question, or its translation ("rebuild" → "ombyggnad"), that is a word of one of those
  // lines ("Ombyggnad Ekbacken") says it is the line: the unit's figures have no such word.
  const otherStems = reading.itemWords.map(swedishStem).filter((other) => other !== stem && other.length >= 4);
  if (lines.some((line) => foldedWords(line.name).some((lineWord) => otherStems.includes(swedishStem(lineWord))))) return [];
  return [units[0]!.name, ...lines.map((line) => line.name)];
}

/**
 * The reading without the words that name the asker's own organisation and none of its lines ("HR" at
 * Gemensamma tjänster – HR, "gatupark" at Gata och park): they say whose, not which line.
 */
function withoutHomeNameWords(reading: QuestionReading, home: OrganisationRecord, catalogue: QuestionCatalogue): QuestionReading {
  const nameWords = [...new Set([home.name, ...home.aliases].flatMap((name) => foldedWords(name)).filter((word) => word.length >= 2))];
  const lineWords = catalogue.lineText(home.id).split(/[^\p{L}\p{N}]+/u);
  const namesHome = (word: string) => {
    const stem = swedishStem(word);
    if (lineWords.some((lineWord) => lineWord.length >= 2 && lineWord.startsWith(stem))) return false;
    return nameWords.some((nameWord) => nameWord === word || (stem.length >= 4 && namesNameWord(stem, nameWord))) || (word.length >= 6 && splitCompound(word, nameWords.filter((nameWord) => nameWord.length >= 3)) !== null);
  };
  let narrowed = reading;
  // (A word the glossary reads as a line's, "regionvården" for Köpt vård, names that line whatever its parts.)
  // (So does a word the glossary gives for the asker's own name: "fire service" asked at a räddningstjänst.)
  const glossedToName = reading.itemWords.filter((word) => word.length >= 6 && !reading.contentWords.includes(word) && nameWords.some((nameWord) => namesNameWord(swedishStem(word), nameWord)));
  for (const word of [...reading.contentWords, ...glossedToName]) if (!reading.glossedAs.has(word) && namesHome(word)) narrowed = withoutWord(narrowed, word);
  return narrowed;
}

/** The reading with a word that named a unit taken out: it has said which unit, it names no line. */
function withoutWord(reading: QuestionReading, word: string): QuestionReading {
  // A word that names an organisation takes the words the glossary gave beside it along ("medicin", "läkemedel").
  const gloss = reading.glossedAs.get(word) ?? [];
  const keep = (candidate: string) => candidate !== word && !gloss.includes(candidate);
  return { ...reading, itemWords: reading.itemWords.filter(keep), contentWords: reading.contentWords.filter(keep), conceptWords: reading.conceptWords.filter(keep) };
}

/**
 * The words that may name a line: no function words, except "IT" written as such and
 * years that are part of a line's name ("beslut 2021").
 */
function lineWords(context: AnswerContext, items: readonly LineItemRecord[]): string[] {
  const { reading } = context;
  const lexicon = loadLexicon();
  // In a ranking, "överskott" and "underskott" say which direction, not which line.
  const directionWord = (word: string) => reading.intent === 'ranking' && /^(overskott|underskott|surplus|deficit)/.test(word);
  const years = reading.words.filter((word) => /^(19|20)\d\d$/.test(word) && items.some((item) => item.name.includes(word)));
  // Words of a concept phrase reach their lines through the concept ("pers.kostnader" is personnel, not "kostnader").
  const phrase = (word: string) => reading.phraseWords.has(word) && !reading.contentWords.includes(word);
  return [...context.itemWords.filter((word) => (word === 'it' || !isQuestionStopword(word, lexicon) || isConceptWord(word, lexicon)) && !directionWord(word) && !phrase(word)), ...years];
}

// Per reading: a question is resolved against many organisations' lines, its words are read once.
const costsOrIncome = new WeakMap<QuestionReading, { asksCost: boolean; asksIncome: boolean }>();

/** Whether the question asks for costs and not income, or the other way round (word by word: a generic concept gives way to a specific one). */
function costsOrIncomeAsked(reading: QuestionReading): { asksCost: boolean; asksIncome: boolean } {
  let known = costsOrIncome.get(reading);
  if (!known) {
    const said = new Set(reading.conceptWords.flatMap((word) => findConcepts([word], loadLexicon())));
    known = { asksCost: said.has('costs') && !said.has('income'), asksIncome: said.has('income') && !said.has('costs') };
    costsOrIncome.set(reading, known);
  }
  return known;
}

/** The line the question names among an organisation's lines. */
async function resolveIn(context: AnswerContext, organisationId: number, items: readonly LineItemRecord[], extraWords: readonly string[] = []): Promise<LineResolution> {
  // "Når vi 2,5-procentsmålet?": a number next to a goal word names the KPI with that target.
  const byTarget = await kpiByTargetValue(context.store, context.reading.tokens, organisationId, items);
  if (byTarget) return { kind: 'line', item: byTarget, score: 1 };
  const byShortName = lineByBracketedName(context.reading.tokens, items);
  if (byShortName) return { kind: 'line', item: byShortName, score: 1 };
  const resolution = await resolveLine(context, organisationId, items, extraWords);
  // "What did the EU election cost us?" is not answered with an income line, nor a question about income with a cost.
  // (Word by word: a generic concept like costs gives way to a specific one in the reading's concepts.)
  const { asksCost, asksIncome } = costsOrIncomeAsked(context.reading);
  if (resolution.kind === 'line' && ((asksCost && resolution.item.kind === 'income') || (asksIncome && resolution.item.kind === 'cost'))) return { kind: 'none' };
  // "Hyreskostnaderna" where rent is both paid (Lokalhyror) and charged (Hyresintäkter): a compound
  // whose last part is a word for costs leaves the income lines out of the choice, one for income the
  // cost lines. (Such a compound reaches the reading's concept words as its line head, "hyres": it is
  // read here as written.) Only at the organisation asked about, where elsewhere a narrowed choice would
  // outrank the lines found there, and not for a why, which the notes of all the lines answer.
  const compounds = context.reading.words.filter((word) => !context.reading.conceptWords.includes(word));
  const writes = (concept: string) => compounds.some((word) => findConcepts([word], loadLexicon()).includes(concept));
  const otherSide = (item: LineItemRecord) => (writes('costs') && !writes('income') && item.kind === 'income') || (writes('income') && !writes('costs') && item.kind === 'cost');
  if (resolution.kind === 'ambiguous' && context.reading.intent !== 'causes' && organisationId === context.organisation.id && resolution.options.some(otherSide)) {
    const kept = resolution.options.filter((item) => !otherSide(item));
    if (kept.length === 1) return { kind: 'line', item: kept[0]!, score: 1 };
    if (kept.length > 1) return { kind: 'ambiguous', options: kept };
  }
  return resolution;
}

function resolveLine(context: AnswerContext, organisationId: number, items: readonly LineItemRecord[], extraWords: readonly string[]) {
  const { reading } = context;
  return resolveLineItem(context.store, { words: [...lineWords(context, items), ...extraWords], conceptWords: reading.conceptWords, unitsAsked: unitsAskedPerWritten(reading.words), kpiAsked: reading.wantsTarget, conceptNamed: reading.concepts.length > 0, figuresNamed: namesFigures(reading), qualifiers: reading.qualifiers, items, organisationId, measures: measuresAsked(reading) });
}

/** What the question is about once its organisation is known: the line (if any), the organisation's lines and report periods. */
export interface ResolvedQuestion {
  readonly item: LineItemRecord | null;
  /** The lines a word names alike, when a why-question is answered from the notes of all of them. */
  readonly lines?: readonly LineItemRecord[];
  readonly items: readonly LineItemRecord[];
  readonly periods: readonly Period[];
  /** The period the question names; null for the latest. */
  readonly period: Period | null;
}

async function answerForOrganisation(asked: AnswerContext, searchElsewhere: boolean, presetItem?: LineItemRecord): Promise<Answer> {
  if (asked.reading.intent === 'coverage') return INTENT_ANSWERS.coverage(asked);
  if (asked.reading.asksWhatToLookAt && presetItem === undefined) return whatToLookAt(asked);
  const periods = asked.catalogue.periodsOf(asked.organisation.id);
  const context = untilDecemberAsYearEnd(asked, periods);
  const { reading, builder, organisation, catalogue } = context;
  const language = reading.language;
  const items = periods.length === 0 ? [] : catalogue.itemsOf(organisation.id);
  builder.knowNames(items.map((item) => item.name));
  const conceptNamed = reading.concepts.length > 0;
  const resolution = presetItem !== undefined ? ({ kind: 'line', item: presetItem, score: 1 } as const) : items.length === 0 ? ({ kind: 'none' } as const) : await resolveIn(context, organisation.id, items);

  // "Vilka investeringar …", "which projects …": a kind-wide word names what is ranked, not a line to rank within.
  const kindWide = reading.concepts.length > 0 && reading.contentWords.length === 0 && reading.concepts.every((name) => loadLexicon().concepts.find((concept) => concept.name === name)?.totalKinds.length);
  // "Hur går det för avdelningarna?": the sub-units, when no line carries that name.
  const unitsOverview = reading.intent === 'figure' && reading.asksOverview && reading.ranking.dimension === 'units' && resolution.kind === 'none';
  if (unitsOverview) return answerForOrganisation({ ...context, reading: { ...reading, intent: 'ranking', ranking: { ...reading.ranking, count: 10 } } }, searchElsewhere, presetItem);
  if (reading.intent === 'ranking' && (resolution.kind !== 'line' || kindWide)) {
    if (periods.length === 0 && descendantsOf(organisation, context.organisations).length === 0) return noFiguresFor(context);
    const period = explicitPeriod(context, periods);
    if (period === 'missing') return missingPeriod(context, periods);
    return INTENT_ANSWERS.ranking(context, { item: null, items, periods, period });
  }
  // "Prognosen för projektet?": the asker's one project, or which of them.
  if (reading.namesOneProject && resolution.kind === 'none' && reading.intent === 'figure' && reading.contentWords.length === 0) {
    const projects = items.filter((line) => line.kind === 'investment' && !line.totalOf && !items.some((child) => child.parentId === line.id));
    if (projects.length === 1) return answerForOrganisation(asked, searchElsewhere, projects[0]);
    if (projects.length > 1 && projects.length <= MAX_OPTIONS) {
      const options = projects.map((line) => line.name);
      return builder.build('clarify', messages(language).question.whichLine(organisation.name, options), options);
    }
  }
  const leftover = reading.contentWords;
  // Only the result was named ("går vi plus?", "nettokostnaden"): the organisation's own result line.
  const resultOnly = reading.intent !== 'ranking' && reading.concepts.length > 0 && reading.concepts.every((name) => RESULT_CONCEPTS.has(name)) && leftover.length === 0;
  const bottomLine = resultOnly ? defaultLine(items) : undefined;
  // The bottom line wins a tie with lines that qualify it ("Nettokostnad" beside "Nettokostnad före
  // regionbidrag"), not one among parts that each say which part of the result they are.
  const bottomLineMeant = bottomLine !== undefined && resolution.kind === 'ambiguous' && resolution.options.some((option) => option.id === bottomLine.id) && !isResultInParts(resolution.options);
  if (resolution.kind === 'ambiguous' && !bottomLineMeant) {
    // "Varför ökar kostnaderna?", "vad gör ni för att hålla nere kostnaderna?": the report's words on every
    // line the word names answer a why or a what-is-done, where asking which line first would only delay them.
    if (reading.intent === 'causes' && periods.length > 0) {
      const period = explicitPeriod(context, periods);
      if (period === 'missing') return missingPeriod(context, periods);
      const explained = await INTENT_ANSWERS.causes(context, { item: null, lines: resolution.options, items, periods, period });
      if (explained.status === 'answered') return explained;
    }
    const options = resolution.options.map((item) => item.name);
    return builder.build('clarify', messages(language).question.whichLine(organisation.name, options), options);
  }
  let item: LineItemRecord | undefined = resolution.kind === 'line' ? resolution.item : undefined;
  if (bottomLine && resolution.kind !== 'line') item = bottomLine;
  if (resolution.kind === 'none') item ??= netCostForCosts(reading.concepts, leftover, items);
  // A home line that has the asked word only inside a compound, beside sub-unit lines that are the word: which one.
  const thatAreTheWord = item && searchElsewhere && resolution.kind === 'line' ? subUnitLinesThatAreTheWord(context, item) : [];
  if (item && thatAreTheWord.length > 0) {
    const options = [`${item.name} (${organisation.name})`, ...thatAreTheWord.map((entry) => `${entry.item.name} (${entry.organisation.name})`)];
    return builder.build('clarify', messages(language).question.whichOne(options), options);
  }
  const wholeInPart = item && searchElsewhere ? (wholeCompoundInSubUnit(context, item) ?? subUnitLineSaidInFull(context, item)) : null;
  if (wholeInPart) {
    const found = await answerForOrganisation({ ...context, organisation: wholeInPart.organisation, namedOrganisation: true }, false, wholeInPart.item);
    const note = messages(language).question.figureOfSubUnit(organisation.name, wholeInPart.organisation.name);
    return found.status === 'answered' ? withLead(found, note, [organisation.name, wholeInPart.organisation.name]) : found;
  }
  if (!item && searchElsewhere && (conceptNamed || leftover.length > 0) && !resultOnly) {
    // The line may be a sub-unit's, a parent's or another unit's of the same tree; never another tree's.
    const elsewhere = await findLineElsewhere(context);
    if (elsewhere.kind === 'ambiguous') {
      const which = elsewhere.lines ? messages(language).question.whichOne(elsewhere.options) : messages(language).question.whichOrganisation(elsewhere.options);
      return builder.build('clarify', which, elsewhere.options);
    }
    // Another unit's figure is never given as the asked unit's: only a part's (a sub-unit's) is
    // shown, with whose it is; for a parent's or a neighbour's the answer says where it is.
    // A line the question names by its own words (a project's name, "licenserna") is that line, whoever
    // reports it; a figure reached through an everyday word ("our sick leave") is not the asked unit's.
    if (elsewhere.kind === 'found') {
      const part = descendantsOf(organisation, context.organisations).some((unit) => unit.id === elsewhere.organisation.id);
      const otherUnits = !part && !(elsewhere.item.kind !== 'kpi' && saysLineName(reading, elsewhere.item));
      // An everyday word for a total ("kostnaderna") is the asker's total, never one part's of several.
      if (otherUnits || (part && isGenericTotalOfAPart(context, elsewhere.organisation))) return unknownLine(context, items, { organisation: elsewhere.organisation, item: elsewhere.item });
    }
    if (elsewhere.kind === 'found') {
      const found = await answerForOrganisation({ ...context, organisation: elsewhere.organisation, namedOrganisation: true }, false, elsewhere.item);
      // Another unit's figure is never passed off as the one asked about.
      const note = messages(language).question.figureOfSubUnit(organisation.name, elsewhere.organisation.name);
      return found.status === 'answered' ? withLead(found, note, [organisation.name, elsewhere.organisation.name]) : found;
    }
  }
  if (periods.length === 0) {
    // A parent whose figures are all in its sub-units ("hur går det för gemensamma tjänster?").
    if (!item && leftover.length === 0 && (reading.intent === 'figure' || reading.intent === 'causes')) {
      const rolled = await INTENT_ANSWERS.rollup(context);
      if (rolled.status === 'answered') return rolled;
    }
    // "What measures has the board decided on?": a board whose one administration reports is asked through it,
    // its notes included, and the answer says whose figures and words they are.
    const sole = reading.intent === 'causes' ? soleReportingAdministration(context, organisation) : null;
    if (sole) {
      const found = await answerForOrganisation({ ...context, organisation: sole, namedOrganisation: true }, false);
      return found.status === 'answered' ? withLead(found, messages(language).question.figuresReportedBy(organisation.name, sole.name), [organisation.name, sole.name]) : found;
    }
    return noFiguresFor(context);
  }
  const period = explicitPeriod(context, periods);
  const nextReport = period === 'missing' && reading.intent !== 'ranking' ? kpiFromNextReport(reading.period, periods, item) : undefined;
  if (nextReport && item) {
    const found = await INTENT_ANSWERS.figure(context, { item, items, periods, period: nextReport.report });
    const lead = messages(language).question.kpiFromNextReport(organisation.name, monthName(nextReport.asked, language), monthName(nextReport.report, language));
    return found.status === 'answered' ? withLead(found, lead, [organisation.name]) : found;
  }
  if (period === 'missing') return missingPeriod(context, periods);
  // "Varför ligger vi över riktvärdet?": where no line is named, a target names the one line that has a target.
  // (Not where the question's own words name something no line is: "snow clearance vs target" is not that line.)
  const targeted = !item && resolution.kind === 'none' && reading.wantsTarget && reading.intent !== 'ranking' && leftover.length === 0 ? await linesWithTarget(context, items) : [];
  if (targeted.length === 1) item = targeted[0];
  // "Hur går det mot målen?" with nothing else named: the lines that have targets are what is asked; several are asked back.
  const nothingElseNamed = !conceptNamed && leftover.length === 0 && !asksForACount(reading.words);
  if (targeted.length > 1 && targeted.length <= MAX_OPTIONS && nothingElseNamed && reading.intent !== 'causes') {
    const options = targeted.map((line) => line.name);
    return builder.build('clarify', messages(language).question.whichLine(organisation.name, options), options);
  }
  if (reading.intent === 'ranking') return INTENT_ANSWERS.ranking(context, { item: item ?? null, items, periods, period });
  // (Also where an everyday word found the unit a line ("dyrare": its Nettokostnad) but the question's own words name none of it.)
  const unnamedByOwnWords = !item || (leftover.length > 0 && !namesByOwnWords(reading, item));
  const lineNamingUnit = unnamedByOwnWords && (conceptNamed || leftover.length > 0) && context.namedOrganisation ? await ancestorLineNamingUnit(context) : null;
  if (lineNamingUnit) return answerForOrganisation({ ...context, organisation: lineNamingUnit.organisation, namedOrganisation: true }, false, lineNamingUnit.item);
  if (reading.intent === 'causes') return INTENT_ANSWERS.causes(context, { item: item ?? null, items, periods, period });
  // "Hur många bor i Halland?": a count asks for something counted, which the result line never is; with no
  // line that counts it, the answer is that the report has no such figure.
  const named = conceptNamed || leftover.length > 0 || asksForACount(reading.words);
  const plainOverview = reading.asksOverview && !reading.wantsBudget && !reading.wantsForecast && !reading.period.priorYear && !reading.period.previousReport && !reading.wantsTarget && !reading.wantsFullYearBudget;
  if (!item && !named && plainOverview) return INTENT_ANSWERS.overview(context, { item: defaultLine(items) ?? null, items, periods, period });
  item ??= named ? undefined : defaultLine(items);
  if (!item && reading.containsInstructions) return answerHelp(context, true);
  if (!item) {
    // The unit's investments asked where only its parent's projects carry its name: those projects.
    const investmentsAsked = reading.concepts.some((name) => loadLexicon().concepts.find((concept) => concept.name === name)?.totalKinds.includes('investment'));
    const inParent = investmentsAsked && context.namedOrganisation && leftover.length === 0 ? unitProjectsInParent(organisation, context.catalogue, context.visible) : null;
    if (inParent && inParent.projects.length === 1) return answerForOrganisation({ ...context, organisation: inParent.organisation, namedOrganisation: true }, false, inParent.projects[0]);
    if (inParent && inParent.projects.length <= MAX_OPTIONS) {
      const options = inParent.projects.map((line) => line.name);
      return builder.build('clarify', messages(language).question.whichLine(inParent.organisation.name, options), options);
    }
    const parent = named && context.namedOrganisation ? await ancestorWithLine(context) : null;
    // No line names it, but the report's words may speak of it ("vad kompenserar det negativa?").
    // An amount asked for ("vad kostar datacenter?") is still no_data: the words are shown, not passed off as the figure.
    if (!parent && reading.contentWords.length > 0) {
      const fromNotes = await INTENT_ANSWERS.notes(context, { item: null, items, periods, period }, null, [], { contentRequired: true });
      if (fromNotes.status === 'answered') return reading.asksHowMuch ? { ...fromNotes, status: 'no_data', text: `${messages(language).question.noFigureButNotes(organisation.name)}\n${fromNotes.text}` } : fromNotes;
    }
    return unknownLine(context, items, parent);
  }
  return INTENT_ANSWERS.figure(context, { item, items, periods, period });
}

/**
 * "Blir det nåt över till december?" (the lexicon's full-year phrases) in a year whose December
 * report is not yet written asks for the year's end: the full-year forecast, as "vid årets slut"
 * does. "Vad blev det i december?" still asks for a report that does not exist.
 */
function untilDecemberAsYearEnd(context: AnswerContext, periods: readonly Period[]): AnswerContext {
  const { period } = context.reading;
  const latest = periods[periods.length - 1];
  if (period.month !== 12 || !period.fullYear || !latest || latest.month === 12 || (period.year !== null && period.year !== latest.year) || period.previousReport) return context;
  return { ...context, reading: { ...context.reading, wantsForecast: true, period: { ...period, month: null, year: null, fullYear: true } } };
}

/** The period the question names, null for "the latest", or 'missing' when it names one without a report. */
function explicitPeriod(context: AnswerContext, periods: readonly Period[]): Period | null | 'missing' {
  if (periods.length === 0) return null;
  const { reading } = context;
  const resolution = resolveReportPeriod(reading.period, periods);
  if (resolution.kind === 'found') return resolution.explicit ? resolution.period : null;
  // "Hur många räknar vi med i december?" asks for the year-end forecast.
  if (reading.wantsForecast && reading.period.month === 12 && reading.period.year === null) return null;
  return 'missing';
}

function missingPeriod(context: AnswerContext, periods: readonly Period[]): Answer {
  const { builder, reading, organisation } = context;
  const language = reading.language;
  const resolution = resolveReportPeriod(reading.period, periods);
  const asked = resolution.kind === 'missing' ? resolution.asked : '';
  return builder.build('no_data', messages(language).question.noReportFor(organisation.name, asked, periods.map((period) => monthName(period, language))));
}

type Elsewhere = { kind: 'found'; organisation: OrganisationRecord; item: LineItemRecord } | { kind: 'ambiguous'; options: string[]; lines?: boolean } | { kind: 'none' };

/**
 * Looks for the line among sub-units and parents, then (unless the question named its
 * organisation) the rest of the asker's tree; the clearly best match wins. Another
 * tree's organisations are never searched: their figures are not the asker's.
 */
async function findLineElsewhere(context: AnswerContext): Promise<Elsewhere> {
  const { reading, organisation, organisations, catalogue, home } = context;
  // A named organisation's figure may be in its own parts; a parent's figure is not the
  // named unit's ("sjukfrånvaron på ITD" is not Regionkontoret's sick leave).
  const near = [...descendantsOf(organisation, organisations), ...(context.namedOrganisation ? [] : ancestorsOf(organisation, organisations))];
  const root = rootOf(home, organisations);
  const tree = [root, ...descendantsOf(root, organisations)].filter((candidate) => candidate.id !== organisation.id && !near.some((other) => other.id === candidate.id));
  const visible = (candidate: OrganisationRecord) => context.visible === undefined || context.visible.has(candidate.id);
  // Only organisations with a line the words could name are worth resolving against.
  const plausible = catalogue.organisationsWithLinesFor(reading.itemWords, reading.concepts);
  const scopes = (context.namedOrganisation ? [near] : [near, tree]).map((scope) => scope.filter((candidate) => visible(candidate) && plausible.has(candidate.id)));
  for (const scope of scopes) {
    const found: { organisation: OrganisationRecord; item: LineItemRecord; score: number }[] = [];
    for (const candidate of scope) {
      const own = catalogue.itemsOf(candidate.id);
      if (own.length === 0) continue;
      const resolution = await resolveIn(context, candidate.id, own, reading.qualifiers);
      // Another unit's line must carry a word the question names it by, not only an everyday word
      // ("vad kostar övertiden?" is not TESSA's Kostnader).
      if (resolution.kind === 'line' && namesByOwnWords(reading, resolution.item)) found.push({ organisation: candidate, item: resolution.item, score: resolution.score });
    }
    const top = Math.max(0, ...found.map((entry) => entry.score));
    const best = found.filter((entry) => top - entry.score < 0.02);
    // A score is relative to its own unit's lines: "besöken" is the one visit word among the youth centres'
    // lines ("Antal besök fritidsgårdar") and the head of the pool's "Antal badbesök". Lines of other units
    // that the same words name alike, none of them named in full, are all what the asker may mean.
    const alike = best.length === 1 ? found.filter((entry) => entry !== best[0] && entry.score >= 0.75 && namedAlike(reading, entry.item, best[0]!.item)) : [];
    if (alike.length > 0 && alike.length < MAX_OPTIONS) return { kind: 'ambiguous', options: [best[0]!, ...alike].map((entry) => `${entry.item.name} (${entry.organisation.name})`), lines: true };
    if (best.length === 1) return { kind: 'found', organisation: best[0]!.organisation, item: best[0]!.item };
    // Units' lines of different names ("Brukarnöjdhet hemtjänst", "Brukarnöjdhet särskilt boende") are a choice
    // of line, each said with its unit; lines of one name ("Sjukfrånvaro") a choice of unit.
    const names = new Set(best.map((entry) => entry.item.key));
    if (best.length > 1 && names.size === best.length && best.length < MAX_OPTIONS) return { kind: 'ambiguous', options: best.map((entry) => `${entry.item.name} (${entry.organisation.name})`), lines: true };
    if (best.length > 1) return { kind: 'ambiguous', options: best.map((entry) => entry.organisation.name) };
  }
  return { kind: 'none' };
}

/**
 * Whether the question says a distinctive word of the line's own name ("licenser", "Norra Stadsskogen"), not
 * only an everyday word for it; with `ownWordsOnly`, not only a word of any concept either ("investeringar").
 */
function saysLineName(reading: QuestionReading, item: LineItemRecord, ownWordsOnly = false): boolean {
  const lexicon = loadLexicon();
  const said = new Set(reading.itemWords.filter((word) => word.length >= 4 && !isQuestionStopword(word, lexicon)).map(swedishStem));
  const everyday = (word: string) => (ownWordsOnly ? isConceptWord(word, lexicon) : lexicon.concepts.some((concept) => concept.generic && concept.words.includes(word)));
  return foldedWords(item.name).some((word) => word.length >= 4 && said.has(swedishStem(word)) && !everyday(word));
}

/**
 * Whether the question's content words name two lines alike: each line has a name word that is one of
 * them or ends in it (the head of its compound, "bad|besök"), the same words for both, and neither line
 * is named in full.
 */
function namedAlike(reading: QuestionReading, first: LineItemRecord, second: LineItemRecord): boolean {
  const stems = reading.contentWords.filter((word) => word.length >= 4).map(swedishStem);
  const naming = (item: LineItemRecord) => {
    const nameStems = foldedWords(item.name).map(swedishStem);
    const said = stems.filter((stem) => nameStems.some((nameStem) => nameStem === stem || isHeadOf(stem, nameStem)));
    const inFull = nameStems.every((nameStem) => stems.includes(nameStem));
    return { said, inFull };
  };
  const a = naming(first);
  const b = naming(second);
  return a.said.length > 0 && !a.inFull && !b.inFull && a.said.length === b.said.length && a.said.every((stem) => b.said.includes(stem));
}

/** Whether the line has one of the question's content words, or the question has none (only everyday words name the line). */
function namesByOwnWords(reading: QuestionReading, item: LineItemRecord): boolean {
  if (reading.contentWords.length === 0) return true;
  const nameStems = foldedWords(item.name).map(swedishStem);
  return reading.contentWords.some((word) => {
    const stem = swedishStem(word);
    // (Or the head of a name's compound: "besöken" names "Antal badbesök".)
    return nameStems.some((nameStem) => nameStem === stem || (stem.length >= 4 && (nameStem.startsWith(stem) || stem.startsWith(nameStem))) || isHeadOf(stem, nameStem));
  });
}

/** The nearest parent that has the line the question names: a named unit's no_data says where the figure is. */
async function ancestorWithLine(context: AnswerContext): Promise<{ organisation: OrganisationRecord; item: LineItemRecord } | null> {
  for (const ancestor of ancestorsOf(context.organisation, context.organisations)) {
    if (context.visible !== undefined && !context.visible.has(ancestor.id)) continue;
    const own = context.catalogue.itemsOf(ancestor.id);
    if (own.length === 0) continue;
    const resolution = await resolveIn(context, ancestor.id, own);
    if (resolution.kind === 'line') return { organisation: ancestor, item: resolution.item };
  }
  return null;
}

/**
 * "VA-intäkterna mot budget?" where VA-verksamheten has no income line and its parent reports
 * "Brukningsavgifter VA": the word that named the unit is a word of the parent's line, so the
 * question names that line (the parent's own figure, under its own name), not the unit's; so does
 * a parent's project the question names by its own words.
 */
async function ancestorLineNamingUnit(context: AnswerContext): Promise<{ organisation: OrganisationRecord; item: LineItemRecord } | null> {
  const { reading } = context;
  const said = reading.mentions.filter((mention) => mention.organisation.id === context.organisation.id).flatMap((mention) => reading.words.slice(mention.start, mention.end));
  if (said.length === 0) return null;
  // The unit said by a short name ("vux") is still named by its name's own words in the parent's lines
  // ("Ombyggnad lokaler Vuxenutbildningen"); not by its place's ("Tallmora" of Vuxenutbildningen Tallmora), nor by
  // a short or small word of it ("IT", "och" of IT och Digitalisering, which "IT-utrustning" does not name).
  const place = new Set(foldedWords(rootOf(context.organisation, context.organisations).name).map(swedishStem));
  const nameWords = foldedWords(context.organisation.name).filter((word) => word.length >= MIN_NAME_WORD && !place.has(swedishStem(word)));
  const unitWords = [...new Set([...said, ...nameWords])];
  for (const ancestor of ancestorsOf(context.organisation, context.organisations)) {
    if (context.visible !== undefined && !context.visible.has(ancestor.id)) continue;
    const own = context.catalogue.itemsOf(ancestor.id);
    if (own.length === 0) continue;
    // The question's other words must name the line too, or the total above it ("intäkterna": Summa
    // intäkter): "Lindbackaskolans personalkostnader" is not the parent's project "Skolgård Lindbackaskolan".
    const named = await resolveIn(context, ancestor.id, own);
    const resolution = await resolveIn(context, ancestor.id, own, unitWords);
    // "VA-avgifterna" where the parent has several fee lines: the unit's word picks one of them ("Brukningsavgifter VA"),
    // whether the other words alone named a sibling ("Bygglovsavgifter") or several.
    // (Not a line that names another unit, whose word the asked unit's name shares: "Norra länsdelen" for Södra länsdelen.)
    const carries = (line: LineItemRecord) => foldedWords(line.name).some((word) => unitWords.includes(word)) && !lineNamesAnotherUnit(line, context.organisation, context.organisations);
    const carriesUnitWord = resolution.kind === 'line' && carries(resolution.item);
    if (carriesUnitWord && named.kind === 'ambiguous' && named.options.some((option) => option.id === resolution.item.id)) return { organisation: ancestor, item: resolution.item };
    // (So where the other words tie a line with the unit's word and one without it, "premises rebuild": Lokaler, Ombyggnad lokaler Vuxenutbildningen.)
    const carrying = resolution.kind === 'ambiguous' && named.kind === 'ambiguous' ? resolution.options.filter(carries) : [];
    if (carrying.length === 1 && named.kind === 'ambiguous' && named.options.some((option) => option.id === carrying[0]!.id)) return { organisation: ancestor, item: carrying[0]! };
    if (carriesUnitWord && named.kind === 'line' && named.item.parentId !== null && named.item.parentId === resolution.item.parentId && named.item.kind === resolution.item.kind) return { organisation: ancestor, item: resolution.item };
    if (named.kind !== 'line') continue;
    // A project named by its own words ("pool renovation": Renovering bassänghall) is that project, whoever reports it.
    // Not a line named by a word for a kind of line only ("gymnasiets investeringar": the board's Investeringar):
    // that asks for the named unit's own such line, and it has none; unless the parent asks, whose line it is.
    const asksParent = ancestor.id === context.home.id;
    if (named.item.kind === 'investment' && saysLineName(reading, named.item, !asksParent)) return { organisation: ancestor, item: named.item };
    if (resolution.kind !== 'line' || !foldedWords(resolution.item.name).some((word) => unitWords.includes(word))) continue;
    if (lineAndAbove(resolution.item, own).some((line) => line.id === named.item.id)) return { organisation: ancestor, item: resolution.item };
  }
  return null;
}

/** The line and the totals above it. */
function lineAndAbove(line: LineItemRecord, items: readonly LineItemRecord[]): LineItemRecord[] {
  const chain = [line];
  for (let current = items.find((item) => item.id === line.parentId); current && !chain.includes(current); current = items.find((item) => item.id === current!.parentId)) chain.push(current);
  return chain;
}

function unknownLine(context: AnswerContext, items: readonly LineItemRecord[], elsewhere: { organisation: OrganisationRecord; item: LineItemRecord } | null = null): Answer {
  const { builder, reading, organisation } = context;
  const language = reading.language;
  if (elsewhere) {
    builder.knowNames([elsewhere.item.name, elsewhere.organisation.name]);
    return builder.build('no_data', messages(language).question.lineOfAnotherUnit(organisation.name, elsewhere.item.name, elsewhere.organisation.name));
  }
  const names = items.filter((item) => item.parentId === null).sort((a, b) => a.sortOrder - b.sortOrder).map((item) => item.name).slice(0, 12);
  return builder.build('no_data', messages(language).question.noSuchLine(organisation.name, names));
}

function noFiguresFor(context: AnswerContext): Answer {
  const { builder, reading, organisation, organisations, catalogue } = context;
  const language = reading.language;
  const parent = organisations.find((candidate) => candidate.id === organisation.parentId);
  const related = [...descendantsOf(organisation, organisations), ...(parent ? [parent] : [])].filter((candidate) => catalogue.periodsOf(candidate.id).length > 0).slice(0, 30);
  return builder.build('no_data', messages(language).question.noFiguresFor(organisation.name, related.map((unit) => unit.name)));
}

/** The organisation's lines with a target on record, in the report's order. */
async function linesWithTarget(context: AnswerContext, items: readonly LineItemRecord[]): Promise<LineItemRecord[]> {
  const withTarget = new Set(await context.store.findLinesWithMeasures({ organisationIds: [context.organisation.id], lineItemIds: items.map((line) => line.id) }, ['target']));
  return items.filter((line) => withTarget.has(line.id));
}
