// The lines of a weekly digest, one function per kind: each writes its figures
// through the AnswerBuilder, so every number is recorded as a fact or derivation at
// the moment it is formatted.
import { formatPeriod } from '../figures/period.js';
import { Dec } from '../numbers/decimal.js';
import { formatAmount } from '../numbers/format-swedish.js';
import { convertUnit } from '../numbers/units.js';
import type { AnswerBuilder } from '../questions/answer-builder.js';
import { accumulatedPeriod, directionWords, list } from '../questions/answer-phrases.js';
import type { WeeklyDigestInput } from './build-weekly-digest.js';
import type { ChartBar } from './digest.js';
import { DIGEST_PHRASES } from './digest-phrases.js';
import type { DigestRow } from './digest-rows.js';
import { stockholmDate } from './digest-schedule.js';
import type { ImportBatchRecord } from './digest-store.js';

export function newFigureLines(input: WeeklyDigestInput, batches: readonly ImportBatchRecord[], words: (typeof DIGEST_PHRASES)['sv' | 'en']): string[] {
  const itemOrganisation = new Map(input.items.map((item) => [item.id, item.organisationId]));
  const names = new Map(input.organisations.map((organisation) => [organisation.id, organisation.name]));
  return batches.map((batch) => {
    const reports = new Map<string, Set<string>>();
    for (const figure of input.figures) {
      const organisationId = figure.batchId === batch.id ? itemOrganisation.get(figure.lineItemId) : undefined;
      if (organisationId === undefined) continue;
      const period = formatPeriod(figure.period);
      reports.set(period, (reports.get(period) ?? new Set()).add(names.get(organisationId)!));
    }
    const described = [...reports.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, organisations]) => words.report(period, list([...organisations], input.language)));
    return words.imported(batch.fileName, stockholmDate(batch.importedAt), described.join('; '));
  });
}

function supportRow(builder: AnswerBuilder, row: DigestRow): void {
  for (const measure of ['actual', 'budget', 'target', 'forecast', 'budget_full_year', 'target_full_year', 'deviation', 'forecast_deviation'] as const) {
    const value = row.row.values[measure];
    if (value) builder.support(row.organisation.id, row.row.item.name, value);
  }
  if (row.previousRow?.values.deviation) builder.support(row.organisation.id, row.row.item.name, row.previousRow.values.deviation);
}

/** "Personalkostnader (januari–augusti 2024): 5 484 tkr bättre än budget; +1 200 tkr sedan rapporten för 2024-06". */
export function deviationLine(builder: AnswerBuilder, row: DigestRow, label: string, language: 'sv' | 'en', withChange = true): string {
  const words = DIGEST_PHRASES[language];
  const deviation = row.deviation!;
  supportRow(builder, row);
  if (row.previousRow) for (const measure of ['actual', 'budget', 'forecast', 'budget_full_year'] as const) if (row.previousRow.values[measure]) builder.support(row.organisation.id, row.row.item.name, row.previousRow.values[measure]);
  const decimals = Math.max(row.row.unit === 'mnkr' ? 1 : 0, ...Object.values(row.row.values).map((value) => (value.unit === value.figure.unit ? value.decimals : 0)));
  const shown = builder.derived(deviation, { decimals, magnitude: true });
  const forecast = row.deviationKind === 'forecast';
  let text = `${label} (${forecast ? words.forecast : accumulatedPeriod(row.period, language)}): ${shown} ${directionWords(deviation.value, forecast ? 'full_year_budget' : 'budget', language)}`;
  if (withChange && row.previousDeviation && row.previousPeriod) {
    const change = new Dec(deviation.value).minus(row.previousDeviation.value);
    const previous = formatPeriod(row.previousPeriod);
    if (change.isZero()) return `${text}; ${words.unchangedSinceReport(previous)}`;
    const shownChange = builder.derived({ value: change, unit: deviation.unit, expression: `${forecast ? 'forecast deviation' : 'deviation'} ${formatPeriod(row.period)} − ${forecast ? 'forecast deviation' : 'deviation'} ${previous} (${row.row.item.name}, ${row.organisation.name})` }, { decimals, signed: true });
    text += `; ${words.sinceReport(shownChange, previous)}`;
  }
  return text;
}

export function forecastChangeLines(builder: AnswerBuilder, rows: readonly DigestRow[], label: (row: DigestRow) => string, language: 'sv' | 'en'): string[] {
  const words = DIGEST_PHRASES[language];
  const changed = rows
    .filter((row) => row.row.breakdown === '' && row.row.item.kind !== 'kpi' && row.row.values.forecast && row.previousRow?.values.forecast && !row.row.values.forecast.value.equals(row.previousRow.values.forecast.value))
    .map((row) => {
      const now = row.row.values.forecast!;
      const before = row.previousRow!.values.forecast!;
      // Costs are negative; the change of their size is what a reader means by "higher".
      const change = new Dec(now.value.abs()).minus(before.value.abs());
      return { row, now, before, change, size: convertUnit(change.abs(), now.unit, 'kr') };
    })
    .sort((a, b) => b.size.comparedTo(a.size));
  return changed.map(({ row, now, before, change }) => {
    const period = formatPeriod(row.previousPeriod!);
    const decimals = Math.max(now.decimals, before.decimals, 0);
    const shownChange = builder.derived({ value: change.abs(), unit: now.unit, expression: `| |forecast ${formatPeriod(row.period)}| − |forecast ${period}| | (${row.row.item.name}, ${row.organisation.name})` }, { decimals });
    return words.forecastChange(label(row), builder.fact(row.organisation.id, row.row.item.name, now, { magnitude: true }), builder.fact(row.organisation.id, row.row.item.name, before, { magnitude: true }), period, `${change.isPositive() ? words.increase : words.decrease} ${shownChange}`);
  });
}

export function kpiLines(builder: AnswerBuilder, rows: readonly DigestRow[], label: (row: DigestRow) => string, language: 'sv' | 'en'): string[] {
  const words = DIGEST_PHRASES[language];
  return rows
    .filter((row) => row.row.item.kind === 'kpi' && row.row.values.actual && (row.row.values.target ?? row.row.values.target_full_year))
    .filter((row) => {
      const actual = row.row.values.actual!.value;
      const target = (row.row.values.target ?? row.row.values.target_full_year)!.value;
      return row.row.item.better === 'higher' ? actual.lessThan(target) : actual.greaterThan(target);
    })
    .map((row) => {
      const name = row.row.breakdown ? `${label(row)} (${row.row.breakdown})` : label(row);
      return words.kpi(name, builder.fact(row.organisation.id, row.row.item.name, row.row.values.actual!), builder.fact(row.organisation.id, row.row.item.name, (row.row.values.target ?? row.row.values.target_full_year)!));
    });
}

export function chartBars(builder: AnswerBuilder, rows: readonly DigestRow[], label: (row: DigestRow) => string, unit: 'tkr' | 'mnkr'): { bar: ChartBar; text: string }[] {
  return rows.map((row) => {
    const value = convertUnit(row.deviation!.value, row.deviation!.unit, unit);
    const decimals = unit === 'mnkr' ? 1 : 0;
    // The bar's label is written as the chart writes it, and checked as any other number.
    builder.derived({ value, unit, expression: `${row.deviation!.expression} in ${unit}` }, { decimals });
    return { bar: { label: label(row), value: value.toString(), unfavourable: value.isNegative() }, text: `${label(row)}: ${formatAmount(value, unit, { decimals, signed: true })}` };
  });
}
