// "Hur går det?": a short overview of the organisation — its result against
// budget and the full-year forecast, then the largest deviations by line (or by
// sub-unit where the lines have none).
import type { Answer } from '../answering/answer.js';
import type { AnswerContext } from './answer-context.js';
import type { ResolvedQuestion } from './answer-question.js';
import { answerLine } from './answer-figure.js';
import { answerRanking } from './answer-ranking.js';
import { messages } from './messages/messages.js';

const LARGEST = 3;

/** The overview for the context's organisation; `resolved.item` is its result line. */
export async function answerOverview(context: AnswerContext, resolved: ResolvedQuestion): Promise<Answer> {
  const { store, organisation, builder, reading } = context;
  const text = messages(reading.language);
  const latest = resolved.period ?? resolved.periods[resolved.periods.length - 1]!;
  const parts: string[] = [text.overviewHeading(organisation.name, latest)];
  if (resolved.item) {
    // A unit that reports two results ("Resultat förvaltning", "Resultat utveckling") is reported on both.
    const results = [resolved.item, ...resolved.items.filter((item) => item.kind === 'result' && item.parentId === null && item.id !== resolved.item!.id && /resultat/i.test(item.name))].slice(0, LARGEST);
    const figures = await store.listFigures({ organisationIds: [organisation.id], lineItemIds: results.map((item) => item.id) });
    const plain = { ...context, reading: { ...reading, wantsForecast: false, wantsFullYearBudget: false, period: { ...reading.period, priorYear: false, previousReport: false } } };
    for (const result of results) {
      const line = answerLine(plain, { item: result, items: resolved.items, figures, period: resolved.period });
      if (line.status === 'answered') parts.push(line.text);
    }
  } else {
    parts.push(text.overviewNoResult(organisation.name));
    // A unit reported only by its key figures (a sick-leave rate): those are its overview.
    const kpis = resolved.items.filter((item) => item.kind === 'kpi' && item.parentId === null).sort((a, b) => a.sortOrder - b.sortOrder).slice(0, LARGEST);
    if (kpis.length > 0) {
      const figures = await store.listFigures({ organisationIds: [organisation.id], lineItemIds: kpis.map((item) => item.id) });
      for (const kpi of kpis) {
        const line = answerLine(context, { item: kpi, items: resolved.items, figures, period: resolved.period });
        if (line.status === 'answered') parts.push(line.text);
      }
    }
  }
  const ranking = { ...context, reading: { ...reading, intent: 'ranking' as const, ranking: { ...reading.ranking, dimension: 'items' as const, direction: 'any' as const, count: LARGEST, by: 'deviation' as const, leavesOnly: true } } };
  const largest = await answerRanking(ranking, resolved.period, null);
  if (largest.status === 'answered') parts.push(largest.text);
  return builder.build(parts.length > 1 ? 'answered' : 'no_data', parts.join('\n'));
}
