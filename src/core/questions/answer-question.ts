// The offline question engine: reads a question, finds the organisation, period
// and line it means in the store, and answers with exact figures, a clarifying
// question, or a precise account of what is missing. No language model involved.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { findOrganisation } from '../figures/find-organisation.js';
import { type Period } from '../figures/period.js';
import type { Answer } from './answer.js';
import { AnswerBuilder } from './answer-builder.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { answerCauses } from './answer-causes.js';
import { answerCoverage } from './answer-coverage.js';
import { answerLine } from './answer-figure.js';
import { answerHelp } from './answer-help.js';
import { answerRanking } from './answer-ranking.js';
import { list, monthName, say } from './answer-phrases.js';
import { findKindReferences, findOrganisationMentions } from './find-organisation-mention.js';
import { findLineItems } from './find-line-item.js';
import { resolveReportPeriod } from './resolve-report-period.js';
import { understandQuestion } from './understand-question.js';

/** A question and who asks it. */
export interface Question {
  readonly text: string;
  /** The asker's home organisation (name or alias): the default when the question names none. */
  readonly homeOrganisation: string;
}

/** Questions longer than this are refused rather than read: no budget question needs more. */
export const MAX_QUESTION_LENGTH = 2000;

// "it" is an English pronoun unless written as the abbreviation IT.
function itemWordsOf(words: readonly string[], text: string, used: ReadonlySet<number>): string[] {
  const upperIt = /\bIT\b/.test(text);
  return words.filter((word, index) => !used.has(index) && (word !== 'it' || upperIt));
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

  const mentions = findOrganisationMentions(reading.text, organisations);
  const used = new Set<number>();
  for (const mention of mentions) for (let index = mention.start; index < mention.end; index += 1) used.add(index);
  const kindReferences = findKindReferences(reading.text, home, organisations).filter((reference) => !used.has(reference.start));
  for (const reference of kindReferences) used.add(reference.start);
  const [first, second] = mentions;
  const base: Omit<AnswerContext, 'organisation' | 'namedOrganisation'> = { store, reading, organisations, home, builder, itemWords: itemWordsOf(reading.words, reading.text, used) };
  if (reading.intent === 'help') return answerHelp({ ...base, organisation: home, namedOrganisation: false });
  if (first && second && Math.abs(first.score - second.score) < 0.005 && first.organisation.id !== second.organisation.id && reading.intent !== 'ranking') {
    const options = mentions.filter((mention) => Math.abs(mention.score - first.score) < 0.005).map((mention) => mention.organisation.name);
    return builder.build('clarify', say(language, `Vilken organisation menar du: ${list(options, language)}?`, `Which organisation do you mean: ${list(options, language)}?`), options);
  }
  const organisation = first?.organisation ?? kindReferences[0]?.organisation ?? home;
  const context: AnswerContext = { ...base, organisation, namedOrganisation: Boolean(first ?? kindReferences[0]) };
  if (reading.intent === 'coverage') return answerCoverage(context);

  const periods = await store.listReportPeriods(organisation.id);
  if (periods.length === 0 && !(reading.intent === 'ranking' && reading.ranking.dimension === 'units')) return noFiguresFor(context);
  const resolution = periods.length === 0 ? null : resolveReportPeriod(reading.period, periods);
  if (resolution?.kind === 'missing') {
    return builder.build('no_data', say(language, `Det finns ingen rapport för ${organisation.name} för ${resolution.asked}. Rapporter finns per ${list(resolution.available.map((period) => `${monthName(period, language)}`), language)}.`, `There is no report for ${organisation.name} for ${resolution.asked}. Reports exist for ${list(resolution.available.map((period) => monthName(period, language)), language)}.`));
  }
  const explicitPeriod: Period | null = resolution?.kind === 'found' && resolution.explicit ? resolution.period : null;
  if (reading.intent === 'ranking') return answerRanking(context, explicitPeriod);

  const items = await store.listLineItems([organisation.id]);
  builder.knowNames(items.map((item) => item.name));
  const matches = findLineItems(context.itemWords, reading.folded, items);
  const best = matches[0];
  const tied = best ? matches.filter((match) => best.score - match.score < 0.02 && match.item.id !== best.item.id && match.item.parentId !== best.item.id && best.item.parentId !== match.item.id) : [];
  if (best && tied.length > 0) {
    const options = [best, ...tied].map((match) => match.item.name);
    return builder.build('clarify', say(language, `Vilken post menar du för ${organisation.name}: ${list(options, language)}?`, `Which line do you mean for ${organisation.name}: ${list(options, language)}?`), options);
  }
  const latest = resolution?.kind === 'found' ? resolution.period : periods[periods.length - 1]!;
  if (reading.intent === 'causes') {
    let lineAnswer: Answer | null = null;
    if (best) {
      const figures = await store.listFigures({ organisationIds: [organisation.id], lineItemIds: [best.item.id], periods: [latest] });
      lineAnswer = answerLine(context, { item: best.item, items, figures, period: latest });
    }
    return answerCauses(context, best?.item ?? null, latest, lineAnswer);
  }
  const item = best?.item ?? defaultLine(items, reading.wantsBudget || reading.wantsForecast);
  if (!item) return unknownLine(context, items);
  const figures = await store.listFigures({ organisationIds: [organisation.id], lineItemIds: [item.id], ...(explicitPeriod && !reading.period.previousReport ? { periods: [explicitPeriod] } : {}) });
  return answerLine(context, { item, items, figures, period: explicitPeriod });
}

/** Without a named line, "hur går det mot budget?" is about the result. */
function defaultLine(items: readonly LineItemRecord[], aboutBudget: boolean): LineItemRecord | undefined {
  if (!aboutBudget) return undefined;
  const results = items.filter((item) => item.kind === 'result').sort((a, b) => a.sortOrder - b.sortOrder);
  return results.find((item) => /^(årets )?resultat$/i.test(item.name)) ?? results[0];
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

