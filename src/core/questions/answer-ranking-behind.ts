// "Vilka investeringar ligger efter?": the investment projects whose spending so far
// lags their full-year budget most — the budget not yet used, largest first — and,
// where a forecast is under the budget, how much will not be spent this year. Each
// figure shown is a stored value or the declared difference of two.
import { buildStatement } from '../figures/build-statement.js';
import { comparePeriods, formatPeriod, samePeriod, type Period } from '../figures/period.js';
import { Dec } from '../numbers/decimal.js';
import { defaultDecimals } from '../numbers/format-swedish.js';
import type { Answer } from '../answering/answer.js';
import type { AnswerContext } from './answer-context.js';
import { accumulatedPeriod } from './answer-phrases.js';
import { messages } from './messages/messages.js';

/** The ranking, or null when no project has both an outcome and a full-year budget. */
export async function answerBehind(context: AnswerContext, period: Period | null): Promise<Answer | null> {
  const { store, organisation, builder, reading, catalogue } = context;
  const language = reading.language;
  const say = messages(language).ranking;
  const items = catalogue.itemsOf(organisation.id);
  const projects = items.filter((item) => item.kind === 'investment');
  if (projects.length === 0) return null;
  const figures = await store.listFigures({ organisationIds: [organisation.id], lineItemIds: projects.map((item) => item.id), ...(period ? { periods: [period] } : {}) });
  const at = period ?? [...figures].sort((a, b) => comparePeriods(b.period, a.period))[0]?.period;
  if (!at) return null;
  const rows = buildStatement({ organisation, items, figures: figures.filter((figure) => samePeriod(figure.period, at)), period: at }).rows.filter((row) => row.breakdown === '' && row.item.kind === 'investment');
  const entries = rows
    .filter((row) => row.values.actual && row.values.budget_full_year)
    .map((row) => {
      const left = new Dec(row.values.budget_full_year!.value.abs()).minus(row.values.actual!.value.abs());
      return { row, left: { value: left, unit: row.unit, expression: `|budget_full_year| − |actual| (${row.item.name}, ${formatPeriod(at)})` } };
    })
    .filter((entry) => entry.left.value.greaterThan(0))
    .sort((a, b) => b.left.value.comparedTo(a.left.value))
    .slice(0, reading.ranking.count);
  if (entries.length === 0) return null;
  const lines = entries.map(({ row, left }, index) => {
    const budget = builder.fact(organisation.id, row.item.name, row.values.budget_full_year!, { magnitude: true });
    const actual = builder.fact(organisation.id, row.item.name, row.values.actual!, { magnitude: true });
    const shown = builder.derived(left, { decimals: Math.max(defaultDecimals(left.unit), row.values.actual!.decimals, row.values.budget_full_year!.decimals) });
    // A forecast under the budget says how much will not be spent this year: a delay.
    const forecast = row.values.forecast;
    const unspent = forecast ? new Dec(row.values.budget_full_year!.value.abs()).minus(forecast.value.abs()) : null;
    const delay =
      forecast && unspent && unspent.greaterThan(0)
        ? (() => {
            const gap = builder.derived({ value: unspent, unit: row.unit, expression: `|budget_full_year| − |forecast| (${row.item.name}, ${formatPeriod(at)})` }, { decimals: Math.max(defaultDecimals(row.unit), forecast.decimals, row.values.budget_full_year!.decimals) });
            return say.forecastUnder(builder.fact(organisation.id, row.item.name, forecast, { magnitude: true }), gap);
          })()
        : '';
    return `${index + 1}. ${row.item.name}: ${say.projectBehind(shown, budget, actual, delay)}`;
  });
  const heading = say.projectsBehind(organisation.name, accumulatedPeriod(at, language));
  return builder.build('answered', `${heading}\n${lines.join('\n')}`);
}
