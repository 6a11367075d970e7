// line_figures: every stored measure of one line for one report, with the
// deviations Utfall derives (against budget, forecast against full-year budget,
// change against last year). The model's numbers about a line come from here.
import { z } from 'zod';
import { buildStatement } from '../../figures/build-statement.js';
import { comparePeriods, formatPeriod, parsePeriod, periodTextSchema, samePeriod } from '../../figures/period.js';
import { derivationOf, factOf } from '../../questions/answer-builder.js';
import { findLineItems } from '../../questions/find-line-item.js';
import { foldedWords } from '../../language/fold-text.js';
import { defineTool, toolError } from './model-tool.js';
import { resolveToolOrganisation } from './resolve-tool-organisation.js';

export const lineFiguresTool = defineTool({
  name: 'line_figures',
  description:
    'Figures of one report line (or KPI or investment) of an organisation for one report: actual (accumulated Jan..month), period budget, full-year budget, forecast, prior-year actual, targets, and derived deviations (positive = better than budget). Costs are negative numbers.',
  input: z.object({
    organisation: z.string().max(200).describe("the organisation's name; empty for the asker's own"),
    line: z.string().min(1).max(200).describe('the line, e.g. "Personalkostnader", "Sjukfrånvaro", "Resultat"'),
    period: periodTextSchema.optional().describe('report period YYYY-MM; omit for the latest report with this line'),
  }),
  async run({ organisation: name, line, period: periodText }, context) {
    const resolved = resolveToolOrganisation(name, context);
    if ('error' in resolved) return toolError(resolved.error);
    const { organisation } = resolved;
    const items = await context.store.listLineItems([organisation.id]);
    const match = findLineItems(foldedWords(line), items)[0];
    if (!match) return toolError(`No line "${line}" for ${organisation.name}. Use list_lines.`, { lines: items.map((item) => item.name).slice(0, 40) });
    const figures = await context.store.listFigures({ organisationIds: [organisation.id], lineItemIds: [match.item.id] });
    const periods = [...new Map(figures.map((figure) => [formatPeriod(figure.period), figure.period])).values()].sort(comparePeriods);
    const period = periodText ? parsePeriod(periodText) : periods[periods.length - 1];
    if (!period || !figures.some((figure) => samePeriod(figure.period, period))) {
      return toolError(`No figures for ${match.item.name} (${organisation.name}) in ${periodText ?? 'any report'}.`, { reports: periods.map(formatPeriod) });
    }
    const rows = buildStatement({ organisation, items, figures: figures.filter((figure) => samePeriod(figure.period, period)), period }).rows.filter((row) => row.item.id === match.item.id);
    const facts = rows.flatMap((row) => Object.values(row.values).map((value) => factOf(organisation.name, match.item.name, value, context.language)));
    // A printed deviation or difference is among the facts already; only what Utfall computed is a derivation.
    const derived = rows.flatMap((row) => [row.deviation, row.deviationPercent, row.forecastDeviation, row.changeAgainstPriorYear, row.changeAgainstPriorYearPercent].filter((value) => value !== null && !value.reported));
    const data = {
      organisation: organisation.name,
      line: match.item.name,
      kind: match.item.kind,
      better: match.item.better,
      period: formatPeriod(period),
      otherReports: periods.map(formatPeriod).filter((text) => text !== formatPeriod(period)),
      rows: rows.map((row) => ({
        breakdown: row.breakdown || undefined,
        unit: row.unit,
        values: Object.fromEntries(Object.entries(row.values).map(([measure, value]) => [measure, value.value.toString()])),
        deviation: row.deviation?.value.toString(),
        deviationPercent: row.deviationPercent?.value.toDecimalPlaces(2).toString(),
        forecastDeviation: row.forecastDeviation?.value.toString(),
        changeAgainstPriorYear: row.changeAgainstPriorYear?.value.toString(),
      })),
    };
    return { data, facts, derivations: derived.map((value) => derivationOf(value!, context.language)), quotes: [], names: [organisation.name, match.item.name, ...rows.map((row) => row.breakdown).filter(Boolean)] };
  },
});
