// The offline deviation explanation, in the order and wording of the seed
// reports. For a whole organisation: the result first, then the full-year
// forecast and its drivers (the components of the deviation the report lists),
// then the lines with the largest deviations; for one line, that line. Each
// paragraph names its line, shows the figures the report prints (its own
// deviations, not recomputed ones), writes every cost as a size with words, and
// quotes the recorded causes, each sentence once; where none is recorded, a marker
// asks the responsible manager for one. Every figure goes through the
// AnswerBuilder, so the draft carries its facts.
import { buildStatement, type StatementRow, type StatementValue } from '../figures/build-statement.js';
import type { FigureStore } from '../figures/figure-store.js';
import { formatPeriod, samePeriod, type Period } from '../figures/period.js';
import type { LineItemRecord, NoteRecord, OrganisationRecord } from '../figures/records.js';
import { AnswerBuilder } from '../questions/answer-builder.js';
import type { Evidence, Language } from '../answering/answer.js';
import { accumulatedPeriod } from '../questions/answer-phrases.js';
import { chooseCauseSentences } from './choose-cause-sentences.js';
import { chooseDraftLines } from './choose-draft-lines.js';
import { en } from './messages/en.js';
import { draftMessages } from './messages/messages.js';
import { sv } from './messages/sv.js';

/** The marker a draft carries where no cause is recorded; a controller replaces it. */
export const MISSING_CAUSE: Readonly<Record<Language, string>> = { sv: sv.missingCause(), en: en.missingCause() };

/** A draft and everything behind it. */
export interface ComposedDraft extends Evidence {
  readonly organisation: OrganisationRecord;
  readonly period: Period;
  readonly item: LineItemRecord | null;
  readonly language: Language;
  readonly text: string;
  /** Lines the draft covers that have no recorded cause. */
  readonly missingCauses: readonly string[];
}

/** What the paragraphs of one draft share: the builder, the language, the causes already quoted. */
interface DraftContext {
  readonly builder: AnswerBuilder;
  readonly organisation: OrganisationRecord;
  readonly period: Period;
  readonly language: Language;
  readonly quoted: Set<string>;
  readonly missingCauses: string[];
}

/** Composes the offline draft for `organisation` at `period`, for one line or the whole organisation. */
export async function composeDraft(store: FigureStore, input: { organisation: OrganisationRecord; period: Period; item: LineItemRecord | null; language: Language }): Promise<ComposedDraft | { missing: string }> {
  const { organisation, period, language } = input;
  const [items, figures, notes] = await Promise.all([
    store.listLineItems([organisation.id]),
    store.listFigures({ organisationIds: [organisation.id], periods: [period] }),
    store.listNotes({ organisationIds: [organisation.id], periods: [period] }),
  ]);
  const say = draftMessages(language);
  if (figures.length === 0) return { missing: say.noFigures(organisation.name, formatPeriod(period)) };
  const rows = buildStatement({ organisation, items, figures: figures.filter((figure) => samePeriod(figure.period, period)), period }).rows;
  const nothing = { missing: say.nothingToExplain(input.item?.name ?? organisation.name, formatPeriod(period)) };
  const builder = new AnswerBuilder(language, () => organisation.name);
  builder.knowNames([organisation.name, ...items.map((item) => item.name), ...rows.map((row) => row.breakdown).filter(Boolean)]);
  const context: DraftContext = { builder, organisation, period, language, quoted: new Set(), missingCauses: [] };
  const notesOf = (row: StatementRow) => notes.filter((note) => note.lineItemId === row.item.id || (row.item.kind === 'result' && row.item.parentId === null && note.lineItemId === null));
  let paragraphs: string[];
  if (input.item) {
    const covered = rows.filter((row) => row.item.id === input.item!.id && row.breakdown === '' && (row.deviation || row.forecastDeviation || row.values.actual));
    if (covered.length === 0 || !covered.some((row) => row.deviation || row.forecastDeviation)) return nothing;
    paragraphs = covered.map((row) => lineParagraph(context, row, notesOf(row), { forecast: true }));
  } else {
    const plan = chooseDraftLines(rows, notes);
    if (!plan.result && plan.lines.length === 0) return nothing;
    paragraphs = [];
    if (plan.result) {
      const resultNotes = notesOf(plan.result);
      const aboutForecast = (note: NoteRecord) => /prognos|forecast/iu.test(note.section ?? '');
      // A result explained through its lines needs no cause of its own.
      const linesExplained = plan.lines.some((row) => notesOf(row).length > 0);
      paragraphs.push(lineParagraph(context, plan.result, resultNotes.filter((note) => !aboutForecast(note)), { forecast: false, causeRequired: !linesExplained }));
      if (plan.result.forecastDeviation) paragraphs.push(forecastParagraph(context, plan.result, [...plan.components, ...plan.drivers], plan.components.length > 0, resultNotes.filter(aboutForecast)));
    }
    paragraphs.push(...plan.lines.map((row) => lineParagraph(context, row, notesOf(row), { forecast: true })));
  }
  const answer = builder.build('answered', paragraphs.join('\n\n'));
  return { organisation, period, item: input.item, language, text: answer.text, facts: answer.facts, derivations: answer.derivations, quotes: answer.quotes, names: answer.names, missingCauses: context.missingCauses };
}

/** Whether the line's amounts are costs to the reader: cost lines, and net costs (a negative result or income line). */
function readsAsCost(row: StatementRow, value: StatementValue): boolean {
  return row.item.kind === 'cost' || value.value.isNegative();
}

/** An amount as the sentence writes it: a cost as its size, a net cost as "en nettokostnad om …", anything else as it is. */
function amount(context: DraftContext, row: StatementRow, value: StatementValue): string {
  const shown = context.builder.fact(context.organisation.id, row.item.name, value, { magnitude: readsAsCost(row, value) });
  if (row.item.kind === 'cost' || !value.value.isNegative()) return shown;
  return draftMessages(context.language).netCost(shown);
}

function deviationSize(context: DraftContext, row: StatementRow, deviation: NonNullable<StatementRow['deviation']>): string {
  return context.builder.derived(deviation, { decimals: row.unit === 'mnkr' ? 1 : 0, magnitude: true });
}

/** Records the stored figures a derived deviation comes from. */
function support(context: DraftContext, row: StatementRow, ...values: (StatementValue | undefined)[]): void {
  for (const value of values) if (value) context.builder.support(context.organisation.id, row.item.name, value);
}

function lineParagraph(context: DraftContext, row: StatementRow, notes: readonly NoteRecord[], options: { forecast: boolean; causeRequired?: boolean }): string {
  const { language, period } = context;
  const sentences: string[] = [];
  const { actual, budget, forecast, budget_full_year: fullYear, prior_year_actual: prior } = row.values;
  const say = draftMessages(language);
  const when = accumulatedPeriod(period, language);
  if (row.deviation) {
    if (!row.deviation.reported) support(context, row, actual, budget);
    const size = deviationSize(context, row, row.deviation);
    const percent = row.deviationPercent?.reported ? ` (${context.builder.derived(row.deviationPercent, { decimals: 1 })})` : '';
    const positive = row.deviation.value.isPositive();
    sentences.push(
      actual
        ? say.deviationWithActual(row.item.name, when, amount(context, row, actual), positive, size, percent)
        : say.deviationOnly(row.item.name, when, positive, size, percent),
    );
  } else if (actual) {
    sentences.push(say.actualOnly(row.item.name, when, amount(context, row, actual)));
  }
  // The first sentence names the line; a line with only a forecast names it in that sentence.
  const forecastSubject = sentences.length > 0 ? say.forecastSubject() : say.forecastSubjectOf(row.item.name);
  if (options.forecast && row.forecastDeviation) sentences.push(forecastSentence(context, row, forecast, fullYear, forecastSubject));
  const change = row.changeAgainstPriorYear;
  if (actual && prior && change && !change.value.isZero()) {
    if (!change.reported) support(context, row, actual, prior);
    // A cost (or net cost) that grows is a more negative figure: the text says how its size changed.
    const cost = readsAsCost(row, actual) && readsAsCost(row, prior);
    const grew = cost ? change.value.isNegative() : change.value.isPositive();
    const subject = row.item.kind === 'cost' ? 'cost' : cost ? 'net_cost' : row.item.kind === 'result' ? 'result' : 'amount';
    const size = context.builder.derived(change, { decimals: row.unit === 'mnkr' ? 1 : 0, magnitude: true });
    sentences.push(say.changeAgainstLastYear(subject, grew, size));
  }
  sentences.push(causes(context, row, notes, options.causeRequired ?? true));
  return sentences.filter(Boolean).join(' ');
}

function forecastSentence(context: DraftContext, row: StatementRow, forecast: StatementValue | undefined, fullYear: StatementValue | undefined, subject: string): string {
  const { language } = context;
  const deviation = row.forecastDeviation!;
  if (!deviation.reported) support(context, row, forecast, fullYear);
  const positive = deviation.value.isPositive();
  const size = deviationSize(context, row, deviation);
  const say = draftMessages(language);
  const word = deviation.value.isZero() ? say.forecastInLine() : say.forecastBalance(positive, size);
  return forecast ? say.forecastIs(subject, amount(context, row, forecast), word) : say.forecastMeans(subject, word);
}

/** The result's full-year forecast, then what drives its deviation: the report's components, else the lines that deviate most. */
function forecastParagraph(context: DraftContext, result: StatementRow, drivers: readonly StatementRow[], components: boolean, notes: readonly NoteRecord[]): string {
  const { language } = context;
  const say = draftMessages(language);
  const sentences = [forecastSentence(context, result, result.values.forecast, result.values.budget_full_year, say.forecastSubjectOf(result.item.name))];
  const change = result.values.forecast_change;
  if (change && !change.value.isZero()) {
    const since = change.figure.reference ? say.sinceForecastOf(formatPeriod(change.figure.reference)) : say.sincePreviousForecast();
    sentences.push(say.forecastChanged(context.builder.fact(context.organisation.id, result.item.name, change, { signed: true }), since));
  }
  if (drivers.length > 0) {
    const parts = drivers.map((row) => `${components ? row.breakdown : row.item.name} ${context.builder.derived(row.forecastDeviation!, { decimals: row.unit === 'mnkr' ? 1 : 0, signed: true })}`);
    sentences.push(components ? say.forecastDeviationConsistsOf(parts) : say.deviationsMainlyIn(parts));
  }
  sentences.push(causes(context, result, notes, false));
  return sentences.filter(Boolean).join(' ');
}

/** The quoted causes of a line; the missing-cause marker when none is recorded and `required`. */
function causes(context: DraftContext, row: StatementRow, notes: readonly NoteRecord[], required: boolean): string {
  const { builder, language, organisation } = context;
  const chosen = chooseCauseSentences(notes, context.quoted);
  if (chosen.length === 0) {
    if (!required || notes.length > 0) return '';
    context.missingCauses.push(row.item.name);
    return MISSING_CAUSE[language];
  }
  const authors = [...new Set(chosen.map(({ note }) => note.author))];
  const quoted = chosen.map(({ note, text }) => builder.quote({ org: organisation.name, item: row.item.name, period: formatPeriod(note.period), text, author: note.author, source: note.source }));
  return draftMessages(language).accordingTo(authors, quoted.join(' '));
}
