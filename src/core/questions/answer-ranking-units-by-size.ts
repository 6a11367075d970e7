// "Vilken verksamhet har dragit mest pengar?": sub-units ranked by the size of their
// outcome (or forecast) on the line the question names, else on their result line.
import { buildStatement, type StatementRow } from '../figures/build-statement.js';
import { comparePeriods, samePeriod, type Period } from '../figures/period.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { Answer } from './answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { accumulatedPeriod, say } from './answer-phrases.js';
import { namedLineInUnits } from './named-line-in-units.js';

/** The ranking, or null when no sub-unit has the measure. */
export async function answerUnitsBySize(context: AnswerContext, period: Period | null): Promise<Answer | null> {
  const { store, organisation, builder, reading, catalogue } = context;
  const language = reading.language;
  const measure = reading.wantsForecast ? 'forecast' : 'actual';
  const units = descendantsOf(organisation, context.organisations).filter((unit) => catalogue.periodsOf(unit.id).length > 0 && (context.visible === undefined || context.visible.has(unit.id)));
  if (units.length === 0) return null;
  const names = reading.contentWords.length > 0 || reading.concepts.length > 0;
  const namedLines = names ? namedLineInUnits(context.itemWords, new Map(units.map((unit) => [unit.id, catalogue.itemsOf(unit.id)]))) : new Map<number, LineItemRecord>();
  const lineIds = units.flatMap((unit) => {
    const own = catalogue.itemsOf(unit.id);
    const named = namedLines.get(unit.id);
    return named ? [named.id] : own.filter((item) => item.kind === 'result' && item.parentId === null).map((item) => item.id);
  });
  if (lineIds.length === 0) return null;
  const figures = await store.listFigures({ organisationIds: units.map((unit) => unit.id), lineItemIds: lineIds, ...(period ? { periods: [period] } : {}) });
  const entries: { unit: OrganisationRecord; row: StatementRow; at: Period }[] = [];
  for (const unit of units) {
    const items = catalogue.itemsOf(unit.id);
    const ids = new Set(items.map((item) => item.id));
    const own = figures.filter((figure) => ids.has(figure.lineItemId));
    const at = period ?? [...own].sort((a, b) => comparePeriods(b.period, a.period))[0]?.period;
    if (!at) continue;
    const rows = buildStatement({ organisation: unit, items, figures: own.filter((figure) => samePeriod(figure.period, at)), period: at }).rows.filter((row) => row.breakdown === '');
    const named = namedLines.get(unit.id);
    const row = rows.find((candidate) => candidate.item.id === named?.id && candidate.values[measure]) ?? rows.find((candidate) => candidate.item.kind === 'result' && candidate.item.parentId === null && candidate.values[measure]);
    if (row) entries.push({ unit, row, at });
  }
  if (entries.length === 0) return null;
  entries.sort((a, b) => b.row.values[measure]!.value.abs().comparedTo(a.row.values[measure]!.value.abs()));
  const lines = entries.slice(0, reading.ranking.count).map(({ unit, row }, index) => `${index + 1}. ${unit.name} (${row.item.name}): ${builder.fact(unit.id, row.item.name, row.values[measure]!, { magnitude: true })}`);
  const at = entries[0]!.at;
  const label = measure === 'forecast' ? say(language, 'helårsprognos', 'full-year forecast') : say(language, `utfall ${accumulatedPeriod(at, language)}`, `actual ${accumulatedPeriod(at, language)}`);
  return builder.build('answered', `${say(language, `Störst först, enheter under ${organisation.name} (${label}):`, `Largest first, units under ${organisation.name} (${label}):`)}\n${lines.join('\n')}`);
}
