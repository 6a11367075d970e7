// The offline deviation explanation, in the order and wording of the seed
// reports: the outcome and its deviation against the period budget, the full-year
// forecast and its deviation, the change against last year, then the causes on
// record; where none is recorded, a marker asking the responsible manager for one.
// Every figure goes through the AnswerBuilder, so the draft carries its facts.
import { buildStatement, type StatementRow } from '../figures/build-statement.js';
import type { FigureStore } from '../figures/figure-store.js';
import { formatPeriod, samePeriod, type Period } from '../figures/period.js';
import type { LineItemRecord, NoteRecord, OrganisationRecord } from '../figures/records.js';
import { AnswerBuilder } from '../questions/answer-builder.js';
import type { Derivation, Fact, Language, Quote } from '../questions/answer.js';
import { accumulatedPeriod, list, say } from '../questions/answer-phrases.js';

/** The marker a draft carries where no cause is recorded; a controller replaces it. */
export const MISSING_CAUSE = {
  sv: '[ORSAK SAKNAS – ansvarig chef ombeds komplettera med en förklaring]',
  en: '[CAUSE MISSING – the responsible manager is asked to add an explanation]',
} as const;

/** A draft and everything behind it. */
export interface ComposedDraft {
  readonly organisation: OrganisationRecord;
  readonly period: Period;
  readonly item: LineItemRecord | null;
  readonly language: Language;
  readonly text: string;
  readonly facts: readonly Fact[];
  readonly derivations: readonly Derivation[];
  readonly quotes: readonly Quote[];
  readonly names: readonly string[];
  /** Lines the draft covers that have no recorded cause. */
  readonly missingCauses: readonly string[];
}

const MONEY_KINDS = ['income', 'cost', 'result'];

function deviationSize(row: StatementRow): number {
  return Math.abs(Number((row.deviation ?? row.forecastDeviation)?.value.toString() ?? 0));
}

/** The lines a draft for the whole organisation covers: the result, then the largest deviations. */
function linesToCover(rows: readonly StatementRow[]): StatementRow[] {
  const money = rows.filter((row) => row.breakdown === '' && MONEY_KINDS.includes(row.item.kind) && (row.deviation || row.forecastDeviation));
  const result = money.find((row) => row.item.kind === 'result' && row.item.parentId === null);
  const others = money.filter((row) => row !== result && row.item.kind !== 'result' && deviationSize(row) > 0).sort((a, b) => deviationSize(b) - deviationSize(a)).slice(0, 4);
  return [...(result ? [result] : []), ...others];
}

/** Composes the offline draft for `organisation` at `period`, for one line or the largest deviations. */
export async function composeDraft(store: FigureStore, input: { organisation: OrganisationRecord; period: Period; item: LineItemRecord | null; language: Language }): Promise<ComposedDraft | { missing: string }> {
  const { organisation, period, language } = input;
  const [items, figures, notes] = await Promise.all([
    store.listLineItems([organisation.id]),
    store.listFigures({ organisationIds: [organisation.id], periods: [period] }),
    store.listNotes({ organisationIds: [organisation.id], periods: [period] }),
  ]);
  if (figures.length === 0) return { missing: say(language, `${organisation.name} har inga siffror för ${formatPeriod(period)}.`, `${organisation.name} has no figures for ${formatPeriod(period)}.`) };
  const rows = buildStatement({ organisation, items, figures: figures.filter((figure) => samePeriod(figure.period, period)), period }).rows;
  const covered = input.item ? rows.filter((row) => row.item.id === input.item!.id && row.breakdown === '') : linesToCover(rows);
  if (covered.length === 0) return { missing: say(language, `Det finns inga avvikelser att förklara för ${input.item?.name ?? organisation.name} ${formatPeriod(period)}.`, `There are no deviations to explain for ${input.item?.name ?? organisation.name} ${formatPeriod(period)}.`) };
  const builder = new AnswerBuilder(language, () => organisation.name);
  builder.knowNames([organisation.name, ...items.map((item) => item.name)]);
  const missingCauses: string[] = [];
  const paragraphs = covered.map((row) => {
    const own = notes.filter((note) => note.lineItemId === row.item.id || (row.item.kind === 'result' && row.item.parentId === null && note.lineItemId === null));
    if (own.length === 0) missingCauses.push(row.item.name);
    return paragraph(builder, organisation, row, period, own, language);
  });
  const answer = builder.build('answered', paragraphs.join('\n\n'));
  return { organisation, period, item: input.item, language, text: answer.text, facts: answer.facts, derivations: answer.derivations, quotes: answer.quotes, names: answer.names, missingCauses };
}

function paragraph(builder: AnswerBuilder, organisation: OrganisationRecord, row: StatementRow, period: Period, notes: readonly NoteRecord[], language: Language): string {
  const magnitude = row.item.kind === 'cost';
  const show = (value: NonNullable<StatementRow['values'][keyof StatementRow['values']]>) => builder.fact(organisation.id, row.item.name, value, { magnitude });
  const decimals = row.unit === 'mnkr' ? 1 : 0;
  const sentences: string[] = [];
  const { actual, budget, deviation: reportedDeviation, forecast, budget_full_year: fullYear, forecast_deviation: reportedForecastDeviation, prior_year_actual: prior } = row.values;
  const direction = (positive: boolean) => say(language, positive ? 'positiv' : 'negativ', positive ? 'positive' : 'negative');
  // A derived figure is traced to the stored figures it comes from.
  const support = (...values: (StatementRow['values'][keyof StatementRow['values']] | undefined)[]) => {
    for (const value of values) if (value) builder.support(organisation.id, row.item.name, value);
  };
  if (row.deviation) {
    if (!(reportedDeviation && !(actual && budget))) support(actual, budget);
    const size = reportedDeviation && !(actual && budget) ? builder.fact(organisation.id, row.item.name, reportedDeviation, { magnitude: true }) : builder.derived(row.deviation, { decimals, magnitude: true });
    const positive = row.deviation.value.isPositive();
    sentences.push(
      actual
        ? say(language, `${row.item.name} redovisas för ${accumulatedPeriod(period, language)} till ${show(actual)}, vilket motsvarar en ${direction(positive)} avvikelse mot periodbudget om ${size}.`, `${row.item.name} for ${accumulatedPeriod(period, language)} amounts to ${show(actual)}, a ${direction(positive)} deviation against the period budget of ${size}.`)
        : say(language, `${row.item.name} redovisar för ${accumulatedPeriod(period, language)} en ${direction(positive)} avvikelse mot periodbudget om ${size}.`, `${row.item.name} shows a ${direction(positive)} deviation against the period budget of ${size} for ${accumulatedPeriod(period, language)}.`),
    );
  } else if (actual) {
    sentences.push(say(language, `${row.item.name} redovisas för ${accumulatedPeriod(period, language)} till ${show(actual)}.`, `${row.item.name} for ${accumulatedPeriod(period, language)} amounts to ${show(actual)}.`));
  }
  if (row.forecastDeviation) {
    if (!(reportedForecastDeviation && !(forecast && fullYear))) support(forecast, fullYear);
    const size = reportedForecastDeviation && !(forecast && fullYear) ? builder.fact(organisation.id, row.item.name, reportedForecastDeviation, { magnitude: true }) : builder.derived(row.forecastDeviation, { decimals, magnitude: true });
    const positive = row.forecastDeviation.value.isPositive();
    const word = row.forecastDeviation.value.isZero() ? say(language, 'i nivå med budget', 'in line with the budget') : say(language, `ett ${positive ? 'överskott' : 'underskott'} mot budget om ${size}`, `a ${positive ? 'surplus' : 'deficit'} against the budget of ${size}`);
    sentences.push(forecast ? say(language, `Helårsprognosen uppgår till ${show(forecast)}, vilket innebär ${word}.`, `The full-year forecast is ${show(forecast)}, which means ${word}.`) : say(language, `Helårsprognosen innebär ${word}.`, `The full-year forecast means ${word}.`));
  }
  if (actual && prior && row.changeAgainstPriorYear) {
    const change = row.changeAgainstPriorYear.value;
    // For costs, a more negative figure is a larger cost: the change of the size is what the text says.
    const grew = magnitude ? change.isNegative() : change.isPositive();
    if (!change.isZero()) {
      support(actual, prior);
      sentences.push(say(language, `Jämfört med samma period föregående år har ${magnitude ? 'kostnaderna' : 'beloppet'} ${grew ? 'ökat' : 'minskat'} med ${builder.derived(row.changeAgainstPriorYear, { decimals, magnitude: true })}.`, `Compared with the same period last year, ${magnitude ? 'the costs have' : 'the amount has'} ${grew ? 'increased' : 'decreased'} by ${builder.derived(row.changeAgainstPriorYear, { decimals, magnitude: true })}.`));
    }
  }
  if (notes.length > 0) {
    const authors = [...new Set(notes.map((note) => note.author))];
    const quoted = notes.slice(0, 4).map((note) => builder.quote({ org: organisation.name, item: row.item.name, period: formatPeriod(note.period), text: note.text, author: note.author, source: note.source }));
    sentences.push(say(language, `Enligt ${list(authors, language)}: ${quoted.join(' ')}`, `According to ${list(authors, language)}: ${quoted.join(' ')}`));
  } else {
    sentences.push(MISSING_CAUSE[language]);
  }
  return sentences.join(' ');
}
