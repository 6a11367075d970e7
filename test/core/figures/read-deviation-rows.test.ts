// readDeviationRows gives the deviations the full statement gives, from the store's
// gathered rows where they stand for the figures exactly and from the figures
// themselves where they do not (a row that mixes units).
import { describe, expect, it } from 'vitest';
import type { DeviationInputs, FigureFilter, FigureStore, FigureValue } from '../../../src/core/figures/figure-store.js';
import { deviationInputsOf } from '../../../src/core/figures/deviation-inputs-of.js';
import { buildStatement, type StatementRow } from '../../../src/core/figures/build-statement.js';
import { readDeviationRows, type DeviationPlan, type DeviationRow } from '../../../src/core/figures/read-deviation-rows.js';
import { samePeriod, type Period } from '../../../src/core/figures/period.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from '../../../src/core/figures/records.js';
import type { Measure } from '../../../src/core/figures/vocabulary.js';
import { Dec } from '../../../src/core/numbers/decimal.js';
import type { Unit } from '../../../src/core/numbers/units.js';

const AUGUST: Period = { year: 2024, month: 8 };
const JULY: Period = { year: 2024, month: 7 };

const organisation = (id: number, reportUnit: 'tkr' | 'mnkr' | null): OrganisationRecord => ({ id, name: `Enhet ${id}`, kind: 'administration', parentId: null, reportUnit, aliases: [] });
const line = (id: number, organisationId: number, kind: LineItemRecord['kind'], better: 'higher' | 'lower' = 'higher'): LineItemRecord => ({ id, organisationId, name: `Rad ${id}`, key: `rad ${id}`, kind, parentId: null, sortOrder: id, better });
const figure = (lineItemId: number, measure: Measure, value: string, unit: Unit, period = AUGUST, extra: Partial<FigureRecord> = {}): FigureRecord => ({
  lineItemId, period, measure, breakdownGroup: '', breakdown: '', value: new Dec(value), unit, decimals: 1, madeIn: null, reference: null, source: 'r.pdf', section: '', remark: '', batchId: 1, ...extra,
});

/** A store in memory that counts the figure-by-figure reads. */
function memoryStore(figures: readonly FigureRecord[], lines: readonly LineItemRecord[]): FigureStore & { valueReads: number } {
  const select = (filter: FigureFilter): FigureValue[] =>
    figures.filter((candidate) => {
      const item = lines.find((other) => other.id === candidate.lineItemId)!;
      return filter.organisationIds.includes(item.organisationId) && (!filter.lineItemIds || filter.lineItemIds.includes(item.id)) && (!filter.periods || filter.periods.some((period) => samePeriod(period, candidate.period)));
    });
  const unused = () => Promise.reject(new Error('not used by readDeviationRows'));
  return {
    valueReads: 0,
    loadCatalogue: unused,
    listOrganisations: unused,
    listLineItems: unused,
    listFigures: unused,
    listReportPeriods: unused,
    listNotes: unused,
    async listFigureValues(filter) {
      this.valueReads += 1;
      return select(filter);
    },
    listDeviationInputs: async (filter): Promise<DeviationInputs[]> => deviationInputsOf(select(filter)),
    findLinesWithMeasures: unused,
  };
}

const deviations = (rows: readonly StatementRow[]) => rows.map((row) => [row.item.id, row.unit, row.deviation?.value.toString() ?? null, row.forecastDeviation?.value.toString() ?? null, row.deviation?.reported ? 'reported' : 'derived']);
/** What a ranking compares: each row's line and its two deviations as read, without building the row. */
const compared = (rows: readonly DeviationRow[]) => rows.map((row) => [row.item.id, row.deviation?.toString() ?? null, row.forecastDeviation?.toString() ?? null]);

describe('readDeviationRows', () => {
  const units = [organisation(1, 'mnkr'), organisation(2, null), organisation(3, 'tkr'), organisation(4, 'tkr')];
  const lines = [line(11, 1, 'result'), line(21, 2, 'kpi', 'lower'), line(31, 3, 'result'), line(41, 4, 'result'), line(42, 4, 'cost')];
  const figures = [
    // Converted to the unit the organisation reports in (tkr → mnkr), July not asked.
    figure(11, 'actual', '-1234.5', 'tkr'), figure(11, 'budget', '-1500', 'tkr'), figure(11, 'forecast', '-2000', 'tkr'), figure(11, 'budget_full_year', '-2100.7', 'tkr'), figure(11, 'prior_year_actual', '-900', 'tkr'),
    figure(11, 'actual', '-1', 'tkr', JULY), figure(11, 'budget', '-999', 'tkr', JULY),
    // Lower is better, against a target; a deviation the report prints wins over the derived one; an earlier year's figure is no input.
    figure(21, 'actual', '7.25', '%'), figure(21, 'target', '6', '%'), figure(21, 'deviation', '-1.3', '%'), figure(21, 'actual', '9', '%', AUGUST, { reference: { year: 2022, month: 8 } }),
    figure(21, 'actual', '8', '%', AUGUST, { breakdownGroup: 'Kön', breakdown: 'Kvinnor' }), figure(21, 'target', '6', '%', AUGUST, { breakdownGroup: 'Kön', breakdown: 'Kvinnor' }),
    // Two units in one row: the gathered row cannot say which is the statement's.
    figure(31, 'actual', '-100', 'tkr'), figure(31, 'budget', '-0.2', 'mnkr'),
    // Forecast only, and a line without a deviation.
    figure(41, 'forecast', '50', 'tkr'), figure(41, 'budget_full_year', '40', 'tkr'), figure(42, 'actual', '-3', 'tkr'),
  ];
  const plans: DeviationPlan[] = [
    { organisation: units[0]!, lines: [lines[0]!], period: AUGUST },
    { organisation: units[1]!, lines: [lines[1]!], period: AUGUST },
    { organisation: units[2]!, lines: [lines[2]!], period: AUGUST },
    { organisation: units[3]!, lines: [lines[3]!, lines[4]!], period: AUGUST },
  ];
  const full = (plan: DeviationPlan) => buildStatement({ organisation: plan.organisation, items: plan.lines, figures: figures.filter((candidate) => plan.lines.some((own) => own.id === candidate.lineItemId) && samePeriod(candidate.period, plan.period)), period: plan.period }).rows.filter((row) => row.breakdown === '');

  it('gives every plan the deviations of its full statement, in its order', async () => {
    const read = await readDeviationRows(memoryStore(figures, lines), plans);
    expect(read.map((rows) => deviations(rows.map((row) => row.row())))).toEqual(plans.map((plan) => deviations(full(plan))));
    expect(read.flat().filter((row) => row.deviation || row.forecastDeviation)).toHaveLength(4);
    expect(read[0]![0]!.deviation!.toString()).toBe('0.2655');
  });

  it('works out the deviations a ranking compares without building a row, exactly as the statement has them', async () => {
    const read = await readDeviationRows(memoryStore(figures, lines), plans);
    expect(read.map(compared)).toEqual(plans.map((plan) => full(plan).map((row) => [row.item.id, row.deviation?.value.toString() ?? null, row.forecastDeviation?.value.toString() ?? null])));
    // In the organisation's report unit (tkr → mnkr), where lower is better (a KPI against its target), and a forecast deviation alone.
    expect(compared(read[0]!)).toEqual([[11, '0.2655', '0.1007']]);
    expect(compared(read[1]!)).toEqual([[21, '-1.3', null]]);
    expect(compared(read[3]!)).toEqual([[41, null, '10'], [42, null, null]]);
  });

  it('reads figure by figure only the plans whose gathered rows mix units', async () => {
    const store = memoryStore(figures, lines);
    await readDeviationRows(store, plans.filter((plan) => plan.organisation.id !== 3));
    expect(store.valueReads).toBe(0);
    const mixed = await readDeviationRows(store, [plans[2]!]);
    expect(store.valueReads).toBe(1);
    expect(mixed[0]![0]!.deviation!.toString()).toBe('100');
  });

  it('reads nothing for no plans', async () => {
    expect(await readDeviationRows(memoryStore(figures, lines), [])).toEqual([]);
  });
});

describe('buildStatement with deviationsOnly', () => {
  it('gives the same values and deviations as the full statement, without percentages or changes', () => {
    const organisationRecord = organisation(1, 'tkr');
    const items = [line(11, 1, 'result')];
    const input = { organisation: organisationRecord, items, figures: [figure(11, 'actual', '-90', 'tkr'), figure(11, 'budget', '-100', 'tkr'), figure(11, 'prior_year_actual', '-80', 'tkr')], period: AUGUST };
    const [whole] = buildStatement(input).rows;
    const [slim] = buildStatement({ ...input, deviationsOnly: true }).rows;
    expect(whole!.deviationPercent?.value.toString()).toBe('10');
    expect(whole!.changeAgainstPriorYear?.value.toString()).toBe('-10');
    expect(slim).toEqual({ ...whole, deviationPercent: null, changeAgainstPriorYear: null, changeAgainstPriorYearPercent: null });
  });
});
