// The offline question engine: reads a question, finds the organisation, period
// and line it means in the store, and answers with exact figures, a clarifying
// question, or a precise account of what is missing. No language model involved.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { findOrganisation } from '../figures/find-organisation.js';
import { foldText, foldedWords } from '../language/fold-text.js';
import type { Period } from '../figures/period.js';
import type { Measure } from '../figures/vocabulary.js';
import type { Answer } from './answer.js';
import { AnswerBuilder } from './answer-builder.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { answerCauses } from './answer-causes.js';
import { answerCoverage } from './answer-coverage.js';
import { answerLine } from './answer-figure.js';
import { answerHelp } from './answer-help.js';
import { answerRanking } from './answer-ranking.js';
import { list, monthName, say } from './answer-phrases.js';
import { findKindReferences, findOrganisationMentions, type OrganisationMention } from './find-organisation-mention.js';
import { conceptsIn, isConceptWord } from './find-line-item.js';
import { isPeriodWord, isQuestionStopword } from './question-stopwords.js';
import { resolveLineItem } from './resolve-line-item.js';
import { resolveReportPeriod } from './resolve-report-period.js';
import { understandQuestion, type QuestionReading } from './understand-question.js';

/** A question and who asks it. */
export interface Question {
  readonly text: string;
  /** The asker's home organisation (name or alias): the default when the question names none. */
  readonly homeOrganisation: string;
  /** The organisations the asker may see; all when absent (no people configured, CLI without --as). */
  readonly visibleOrganisationIds?: ReadonlySet<number>;
}

/** The one answer for anything outside the asker's scope: it says nothing about whether figures exist. */
function denied(builder: AnswerBuilder, language: 'sv' | 'en'): Answer {
  return builder.build('denied', say(language, 'Du har inte behörighet att se siffror för den organisationen. Fråga din controller om du behöver dem.', 'You are not permitted to see figures for that organisation. Ask your controller if you need them.'));
}

/** Questions longer than this are refused rather than read: no budget question needs more. */
export const MAX_QUESTION_LENGTH = 2000;

// "it" is an English pronoun unless written as the abbreviation IT; period words never name a line.
function itemWordsOf(words: readonly string[], text: string, used: ReadonlySet<number>): string[] {
  const upperIt = /\bIT\b/.test(text);
  return words.filter((word, index) => !used.has(index) && (word !== 'it' || upperIt) && !isPeriodWord(word));
}

/** Words left that name something: when no line matches them, the asker wants a line that is not on record. */
function contentWords(words: readonly string[]): string[] {
  return words.filter((word) => word.length >= 3 && !isQuestionStopword(word) && !isConceptWord(word) && !/^\d+$/.test(word));
}

// First parts of hyphenated words ("it" in "IT-kostnaderna"), except in organisation names.
function qualifiersOf(reading: QuestionReading, used: ReadonlySet<number> = new Set()): string[] {
  const qualifiers: string[] = [];
  reading.words.forEach((word, index) => {
    const next = reading.words[index + 1];
    if (!used.has(index) && next && word.length <= 5 && reading.folded.includes(`${word}-${next}`)) qualifiers.push(word);
  });
  return qualifiers;
}

/** The measures a question asks for, to choose between lines that match equally. */
function measuresAsked(reading: QuestionReading): Measure[] {
  if (reading.wantsFullYearBudget) return ['budget_full_year'];
  if (reading.wantsForecast) return ['forecast', 'forecast_deviation', 'budget_full_year'];
  if (reading.period.priorYear) return ['prior_year_actual', 'prior_year_full_year'];
  if (reading.wantsBudget) return ['budget', 'budget_full_year', 'deviation', 'forecast_deviation'];
  return ['actual', 'deviation'];
}

/** Answers one question from `store`. Never throws for a bad question; store failures propagate. */
export async function answerQuestion(store: FigureStore, question: Question): Promise<Answer> {
  const reading = understandQuestion(question.text.slice(0, MAX_QUESTION_LENGTH + 1));
  const organisations = await store.listOrganisations();
  const nameOf = (id: number) => organisations.find((organisation) => organisation.id === id)?.name ?? String(id);
  const builder = new AnswerBuilder(reading.language, nameOf);
  builder.knowNames(organisations.flatMap((organisation) => [organisation.name, ...organisation.aliases]));
  const language = reading.language;
  const home = findOrganisation(organisations, question.homeOrganisation)[0];
  if (!home) {
    return builder.build('error', say(language, `Hemorganisationen ”${question.homeOrganisation}” finns inte i Utfall.`, `The home organisation “${question.homeOrganisation}” is not in Utfall.`));
  }
  if (question.text.length > MAX_QUESTION_LENGTH) {
    return builder.build('error', say(language, `Frågan är för lång (mer än ${MAX_QUESTION_LENGTH} tecken). Ställ en kortare fråga.`, `The question is too long (over ${MAX_QUESTION_LENGTH} characters). Please ask a shorter one.`));
  }
  const base = { store, reading, organisations, home, builder, visible: question.visibleOrganisationIds };
  const outside = (organisation: OrganisationRecord) => question.visibleOrganisationIds !== undefined && !question.visibleOrganisationIds.has(organisation.id);
  if (reading.intent === 'help') return answerHelp({ ...base, organisation: home, namedOrganisation: false, itemWords: [] });

  const mentions = await relevantMentions(reading, organisations, home, () => store.listLineItems([home.id]));
  const used = new Set<number>();
  for (const mention of mentions) for (let index = mention.start; index < mention.end; index += 1) used.add(index);
  // Words of a named organisation's aliases ("införandet" in "TESSA-införandet") describe it, not a line.
  const aliasWords = new Set(mentions.flatMap((mention) => mention.organisation.aliases.flatMap((alias) => foldedWords(alias))).filter((word) => word.length >= 5));
  reading.words.forEach((word, index) => {
    if (aliasWords.has(word)) used.add(index);
  });
  const kindReferences = findKindReferences(reading.text, home, organisations).filter((reference) => !used.has(reference.start));
  for (const reference of kindReferences) used.add(reference.start);
  const itemWords = itemWordsOf(reading.words, reading.text, used);
  const qualifiers = qualifiersOf(reading, used);

  // "Regionen" from someone outside every region: which one?
  const kindOptions = [...new Set(kindReferences.filter((reference) => reference.score === 0).map((reference) => reference.organisation.name))];
  if (mentions.length === 0 && kindOptions.length > 1) {
    return builder.build('clarify', say(language, `Vilken menar du: ${list(kindOptions, language)}?`, `Which one do you mean: ${list(kindOptions, language)}?`), kindOptions);
  }
  const distinct = mentions.filter((mention, index) => mentions.findIndex((other) => other.organisation.id === mention.organisation.id) === index);
  const [first, second] = distinct;
  // "Jämför sjukfrånvaron på Länsteknik med Regionkontoret": one answer per organisation.
  if (distinct.some((mention) => outside(mention.organisation)) || (distinct.length === 0 && kindReferences.some((reference) => reference.score > 0 && outside(reference.organisation)))) return denied(builder, language);
  if (first && second && reading.comparesOrganisations && reading.intent === 'figure') {
    const answers: Answer[] = [];
    for (const mention of distinct.slice(0, 4)) {
      answers.push(await answerForOrganisation({ ...base, organisation: mention.organisation, namedOrganisation: true, itemWords }, qualifiers, false));
    }
    const answered = answers.filter((answer) => answer.status === 'answered');
    if (answered.length === 0) return answers[0]!;
    return builder.build('answered', answers.map((answer) => answer.text).join('\n'));
  }
  if (first && second && Math.abs(first.score - second.score) < 0.005 && reading.intent !== 'ranking') {
    const options = distinct.filter((mention) => Math.abs(mention.score - first.score) < 0.005).map((mention) => mention.organisation.name);
    return builder.build('clarify', say(language, `Vilken organisation menar du: ${list(options, language)}?`, `Which organisation do you mean: ${list(options, language)}?`), options);
  }
  const organisation = first?.organisation ?? kindReferences[0]?.organisation ?? home;
  return answerForOrganisation({ ...base, organisation, namedOrganisation: Boolean(first ?? kindReferences[0]), itemWords }, qualifiers, true);
}

// A name's distinctive word alone ("Halland") that is also part of one of the
// asker's line names ("Bredbandsutbyggnad i Halland") names the line, not the region.
async function relevantMentions(reading: QuestionReading, organisations: readonly OrganisationRecord[], home: OrganisationRecord, homeItems: () => Promise<LineItemRecord[]>): Promise<OrganisationMention[]> {
  const mentions = findOrganisationMentions(reading.text, organisations);
  if (mentions.every((mention) => mention.score >= 3)) return mentions;
  const lineText = foldText((await homeItems()).map((item) => item.name).join('\n'));
  return mentions.filter((mention) => mention.score >= 3 || !reading.words.slice(mention.start, mention.end).every((word) => lineText.includes(word)) || mention.organisation.id === home.id);
}

/**
 * The words that may name a line: no function words, except "IT" written as such and
 * years that are part of a line's name ("beslut 2021").
 */
function lineWords(context: AnswerContext, items: readonly LineItemRecord[]): string[] {
  const { reading } = context;
  // In a ranking, "överskott" and "underskott" say which direction, not which line.
  const direction = reading.intent === 'ranking' ? /^(overskott\w*|underskott\w*|surplus\w*|deficit\w*)$/ : /^$/;
  const years = reading.words.filter((word) => /^(19|20)\d\d$/.test(word) && items.some((item) => item.name.includes(word)));
  return [...context.itemWords.filter((word) => (word === 'it' || !isQuestionStopword(word) || isConceptWord(word)) && !direction.test(word)), ...years];
}

async function answerForOrganisation(context: AnswerContext, qualifiers: readonly string[], searchElsewhere: boolean, presetItem?: LineItemRecord): Promise<Answer> {
  const { store, reading, builder, organisation } = context;
  const language = reading.language;
  if (reading.intent === 'coverage') return answerCoverage(context);
  const periods = await store.listReportPeriods(organisation.id);
  const items = periods.length === 0 ? [] : await store.listLineItems([organisation.id]);
  builder.knowNames(items.map((item) => item.name));
  const conceptNamed = conceptsIn(context.itemWords, reading.folded).length > 0;
  const resolution =
    presetItem !== undefined
      ? ({ kind: 'line', item: presetItem, score: 1 } as const)
      : items.length === 0
        ? ({ kind: 'none' } as const)
        : await resolveLineItem(store, { words: lineWords(context, items), conceptWords: context.itemWords, folded: reading.folded, qualifiers, items, organisationId: organisation.id, measures: measuresAsked(reading) });

  if (reading.intent === 'ranking' && resolution.kind !== 'line') {
    const period = await explicitPeriod(context, periods);
    if (period === 'missing') return missingPeriod(context, periods);
    return answerRanking(context, period, null);
  }
  if (resolution.kind === 'ambiguous') {
    const options = resolution.options.map((item) => item.name);
    return builder.build('clarify', say(language, `Vilken post menar du för ${organisation.name}: ${list(options, language)}?`, `Which line do you mean for ${organisation.name}: ${list(options, language)}?`), options);
  }
  let item: LineItemRecord | undefined = resolution.kind === 'line' ? resolution.item : undefined;
  const leftover = contentWords(context.itemWords);
  if (!item && searchElsewhere && (conceptNamed || leftover.length > 0)) {
    // The line may be a sub-unit's, a parent's, or (unless the question named the
    // organisation) another organisation's.
    const elsewhere = await findLineElsewhere(context, qualifiersOf(reading));
    if (elsewhere.kind === 'ambiguous') {
      return builder.build('clarify', say(language, `Vilken organisation menar du: ${list(elsewhere.options, language)}?`, `Which organisation do you mean: ${list(elsewhere.options, language)}?`), elsewhere.options);
    }
    if (elsewhere.kind === 'found') return answerForOrganisation({ ...context, organisation: elsewhere.organisation, namedOrganisation: true }, qualifiers, false, elsewhere.item);
  }
  if (periods.length === 0) return noFiguresFor(context);
  const period = await explicitPeriod(context, periods);
  if (period === 'missing') return missingPeriod(context, periods);
  if (reading.intent === 'ranking') return answerRanking(context, period, item ?? null);
  const latest = period ?? periods[periods.length - 1]!;
  if (reading.intent === 'causes') {
    let lineAnswer: Answer | null = null;
    if (item) {
      const figures = await store.listFigures({ organisationIds: [organisation.id], lineItemIds: [item.id] });
      lineAnswer = answerLine(context, { item, items, figures, period: latest });
    }
    return answerCauses(context, item ?? null, latest, lineAnswer);
  }
  item ??= conceptNamed || leftover.length > 0 ? undefined : defaultLine(items);
  if (!item && reading.containsInstructions) return answerHelp(context, true);
  if (!item) return unknownLine(context, items);
  const figures = await store.listFigures({ organisationIds: [organisation.id], lineItemIds: [item.id] });
  return answerLine(context, { item, items, figures, period });
}

/** The period the question names, null for "the latest", or 'missing' when it names one without a report. */
async function explicitPeriod(context: AnswerContext, periods: readonly Period[]): Promise<Period | null | 'missing'> {
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
  return builder.build('no_data', say(language, `Det finns ingen rapport för ${organisation.name} för ${asked}. Rapporter finns per ${list(periods.map((period) => monthName(period, language)), language)}.`, `There is no report for ${organisation.name} for ${asked}. Reports exist for ${list(periods.map((period) => monthName(period, language)), language)}.`));
}

type Elsewhere = { kind: 'found'; organisation: OrganisationRecord; item: LineItemRecord } | { kind: 'ambiguous'; options: string[] } | { kind: 'none' };

/** Looks for the line among sub-units, then parents, then every organisation; the clearly best match wins. */
async function findLineElsewhere(context: AnswerContext, qualifiers: readonly string[]): Promise<Elsewhere> {
  const { store, reading, organisation, organisations } = context;
  const ancestors: OrganisationRecord[] = [];
  for (let current = organisations.find((candidate) => candidate.id === organisation.parentId); current; current = organisations.find((candidate) => candidate.id === current!.parentId)) ancestors.push(current);
  const descendants = descendantsOf(organisation, organisations);
  // A question that names its organisation is about that organisation, its sub-units and parents only.
  const visible = (candidate: OrganisationRecord) => context.visible === undefined || context.visible.has(candidate.id);
  const scopes = (context.namedOrganisation ? [[...descendants, ...ancestors]] : [[...descendants, ...ancestors], organisations.filter((candidate) => candidate.id !== organisation.id)]).map((scope) => scope.filter(visible));
  for (const scope of scopes) {
    if (scope.length === 0) continue;
    const items = await store.listLineItems(scope.map((candidate) => candidate.id));
    const found: { organisation: OrganisationRecord; item: LineItemRecord; score: number }[] = [];
    for (const candidate of scope) {
      const own = items.filter((item) => item.organisationId === candidate.id);
      if (own.length === 0) continue;
      const resolution = await resolveLineItem(store, { words: [...lineWords(context, own), ...qualifiers], conceptWords: context.itemWords, folded: reading.folded, qualifiers, items: own, organisationId: candidate.id, measures: measuresAsked(reading) });
      if (resolution.kind === 'line') found.push({ organisation: candidate, item: resolution.item, score: resolution.score });
    }
    const top = Math.max(0, ...found.map((entry) => entry.score));
    const best = found.filter((entry) => top - entry.score < 0.02);
    if (best.length === 1) return { kind: 'found', organisation: best[0]!.organisation, item: best[0]!.item };
    if (best.length > 1) return { kind: 'ambiguous', options: best.map((entry) => entry.organisation.name) };
  }
  return { kind: 'none' };
}

/** Without a named line, a question is about the result, or about the organisation's only line. */
function defaultLine(items: readonly LineItemRecord[]): LineItemRecord | undefined {
  const results = items.filter((item) => item.kind === 'result').sort((a, b) => a.sortOrder - b.sortOrder);
  const result = results.find((item) => /^(årets )?resultat$/i.test(item.name)) ?? results[0];
  if (result) return result;
  const topLevel = items.filter((item) => item.parentId === null && item.kind !== 'kpi');
  return topLevel.length === 1 ? topLevel[0] : undefined;
}

function unknownLine(context: AnswerContext, items: readonly LineItemRecord[]): Answer {
  const { builder, reading, organisation } = context;
  const language = reading.language;
  const names = items.filter((item) => item.parentId === null).sort((a, b) => a.sortOrder - b.sortOrder).map((item) => item.name).slice(0, 12);
  return builder.build(
    'no_data',
    say(language, `Jag hittar ingen sådan post för ${organisation.name}. Posterna som finns är bland annat: ${names.join('; ')}.`, `I cannot find that line for ${organisation.name}. Lines on record include: ${names.join('; ')}.`),
  );
}

async function noFiguresFor(context: AnswerContext): Promise<Answer> {
  const { builder, reading, organisation, store, organisations } = context;
  const language = reading.language;
  const related: OrganisationRecord[] = [];
  const parent = organisations.find((candidate) => candidate.id === organisation.parentId);
  for (const candidate of [...descendantsOf(organisation, organisations), ...(parent ? [parent] : [])].slice(0, 30)) {
    if ((await store.listReportPeriods(candidate.id)).length > 0) related.push(candidate);
  }
  const instead = related.length > 0 ? say(language, ` Siffror finns för ${list(related.map((unit) => unit.name), language)}.`, ` Figures exist for ${list(related.map((unit) => unit.name), language)}.`) : '';
  return builder.build('no_data', say(language, `Det finns inga siffror för ${organisation.name} i Utfall.${instead}`, `Utfall holds no figures for ${organisation.name}.${instead}`));
}
