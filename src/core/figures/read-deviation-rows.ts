// The rows of many organisations' statements with their deviations only, as a ranking
// of hundreds of units needs them: read as the store gathers them (one record per row,
// listDeviationInputs) instead of figure by figure, and built by buildStatement itself
// (deviationsOnly), so a row's deviations are exactly those of the full statement.
//
// A record stands for its row exactly where the row's figures other than percentages have
// one unit (the statement's display unit comes from its first such figure) and the line
// has one row without a breakdown at that period (their order comes from the figures'
// order). Any other plan is read figure by figure, as before.
import type { DeviationInputs, FigureStore } from './figure-store.js';
import { buildStatement, type StatementRow } from './build-statement.js';
import { samePeriod, type Period } from './period.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from './records.js';
import { DEVIATION_MEASURES } from './vocabulary.js';

/** Which lines of which organisation to read, at which report period. */
export interface DeviationPlan {
  readonly organisation: OrganisationRecord;
  readonly lines: readonly LineItemRecord[];
  readonly period: Period;
}

/**
 * For each plan, the rows without a breakdown of its lines' statement at its period, with
 * their values and both deviations (deviationsOnly). Their figures carry no provenance
 * (no source, no decimals): read the rows shown again with listFigures.
 */
export async function readDeviationRows(store: FigureStore, plans: readonly DeviationPlan[]): Promise<StatementRow[][]> {
  if (plans.length === 0) return [];
  const filterOf = (chosen: readonly DeviationPlan[]) => ({
    organisationIds: chosen.map((plan) => plan.organisation.id),
    lineItemIds: chosen.flatMap((plan) => plan.lines.map((line) => line.id)),
    periods: [...new Map(chosen.map((plan) => [`${plan.period.year}-${plan.period.month}`, plan.period])).values()],
  });
  const byLine = new Map<number, DeviationInputs[]>();
  for (const inputs of await store.listDeviationInputs(filterOf(plans))) {
    if (inputs.breakdown !== '') continue;
    const list = byLine.get(inputs.lineItemId);
    if (list) list.push(inputs);
    else byLine.set(inputs.lineItemId, [inputs]);
  }
  const rows: (StatementRow[] | null)[] = plans.map((plan) => {
    const figures: FigureRecord[] = [];
    for (const line of plan.lines) {
      const own = (byLine.get(line.id) ?? []).filter((inputs) => samePeriod(inputs.period, plan.period));
      if (own.length > 1 || own[0]?.unit === null) return null;
      const inputs = own[0];
      if (inputs) for (const measure of DEVIATION_MEASURES) {
        const value = inputs.values[measure];
        // Field by field: V8 builds these objects by spread about ten times slower.
        if (value) figures.push({ lineItemId: line.id, period: plan.period, measure, breakdownGroup: inputs.breakdownGroup, breakdown: '', reference: null, value, unit: inputs.unit!, decimals: 0, madeIn: null, source: '', section: '', remark: '', batchId: 0 });
      }
    }
    return statementRows(plan, figures);
  });
  const rest = plans.filter((_, index) => rows[index] === null);
  if (rest.length > 0) {
    const values = await store.listFigureValues(filterOf(rest));
    const figures: FigureRecord[] = values.map((value) => ({ lineItemId: value.lineItemId, period: value.period, measure: value.measure, breakdownGroup: value.breakdownGroup, breakdown: value.breakdown, reference: value.reference, value: value.value, unit: value.unit, decimals: value.decimals, madeIn: null, source: '', section: '', remark: '', batchId: 0 }));
    plans.forEach((plan, index) => {
      if (rows[index] !== null) return;
      const lines = new Set(plan.lines.map((line) => line.id));
      rows[index] = statementRows(plan, figures.filter((figure) => lines.has(figure.lineItemId) && samePeriod(figure.period, plan.period)));
    });
  }
  return rows.map((row) => row ?? []);
}

function statementRows(plan: DeviationPlan, figures: readonly FigureRecord[]): StatementRow[] {
  return buildStatement({ organisation: plan.organisation, items: plan.lines, figures, period: plan.period, deviationsOnly: true }).rows.filter((row) => row.breakdown === '');
}
