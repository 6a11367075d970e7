// The rows of many organisations' statements with their deviations only, as a ranking
// of hundreds of units needs them: read as the store gathers them (one record per row,
// listDeviationInputs) instead of figure by figure. A ranking compares every unit's
// deviations but shows a handful of rows, so each row's two deviations are worked out
// from the gathered value_e4 integers (gathered-deviations.ts), and the row itself is built
// by buildStatement (deviationsOnly) only when it is read, so that it is exactly the row
// of the full statement. Building all 400 rows of a ranking with their decimals, labels
// and expressions was most of its time.
//
// A record stands for its row exactly where the row's figures other than percentages have
// one unit (the statement's display unit comes from its first such figure) and the line
// has one row without a breakdown at that period (their order comes from the figures'
// order). Any other plan is read figure by figure, its rows built at once, as before.
import type { DeviationInputs, FigureStore } from './figure-store.js';
import { buildStatement, orderItems, type StatementRow } from './build-statement.js';
import { samePeriod, type Period } from './period.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from './records.js';
import { DEVIATION_MEASURES } from './vocabulary.js';
import type { Dec } from '../numbers/decimal.js';
import { fromScaledInteger } from '../numbers/scaled-integer.js';
import { gatheredDeviations, gatheredDisplayUnit } from './gathered-deviations.js';

/** Which lines of which organisation to read, at which report period. */
export interface DeviationPlan {
  readonly organisation: OrganisationRecord;
  readonly lines: readonly LineItemRecord[];
  readonly period: Period;
}

/** A row of a plan's statement without a breakdown: its two deviations, and the row itself. */
export interface DeviationRow {
  readonly item: LineItemRecord;
  /** The row's period deviation, exact, in the row's unit, as the statement has it; null where it has none. */
  readonly deviation: Dec | null;
  /** The row's full-year forecast deviation, likewise. */
  readonly forecastDeviation: Dec | null;
  /** The statement row (deviationsOnly), built on the first call. */
  row(): StatementRow;
}

/**
 * For each plan, the rows without a breakdown of its lines' statement at its period, in
 * statement order, with both deviations. The rows' figures carry no provenance (no source,
 * no decimals): read the rows shown again with listFigures.
 */
export async function readDeviationRows(store: FigureStore, plans: readonly DeviationPlan[]): Promise<DeviationRow[][]> {
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
  const rows = plans.map((plan) => gatheredRows(plan, byLine));
  const rest = plans.filter((_, index) => rows[index] === null);
  if (rest.length > 0) {
    const values = await store.listFigureValues(filterOf(rest));
    const figures: FigureRecord[] = values.map((value) => ({ lineItemId: value.lineItemId, period: value.period, measure: value.measure, breakdownGroup: value.breakdownGroup, breakdown: value.breakdown, reference: value.reference, value: value.value, unit: value.unit, decimals: value.decimals, madeIn: null, source: '', section: '', remark: '', batchId: 0 }));
    plans.forEach((plan, index) => {
      if (rows[index] !== null) return;
      const lines = new Set(plan.lines.map((line) => line.id));
      const built = statementRows(plan, figures.filter((figure) => lines.has(figure.lineItemId) && samePeriod(figure.period, plan.period)));
      rows[index] = built.map((row) => ({ item: row.item, deviation: row.deviation?.value ?? null, forecastDeviation: row.forecastDeviation?.value ?? null, row: () => row }));
    });
  }
  return rows.map((row) => row ?? []);
}

/** The plan's rows from its gathered records, or null where a record does not stand for its row (read figure by figure). */
function gatheredRows(plan: DeviationPlan, byLine: ReadonlyMap<number, readonly DeviationInputs[]>): DeviationRow[] | null {
  const found = new Map<number, DeviationInputs>();
  for (const line of plan.lines) {
    const own = (byLine.get(line.id) ?? []).filter((inputs) => samePeriod(inputs.period, plan.period));
    if (own.length > 1 || own[0]?.unit === null) return null;
    // A line without a deviation measure at the period has no row, as in the statement.
    if (own[0] && DEVIATION_MEASURES.some((measure) => own[0]!.valuesE4[measure] !== undefined)) found.set(line.id, own[0]);
  }
  const statement = new LazyStatement(plan, found);
  const own = plan.lines.filter((line) => line.organisationId === plan.organisation.id);
  // The statement's rows are its lines in report order (orderItems), one row each here; one line is its own order.
  const ordered = own.length === 1 ? own : orderItems(own).map(({ item }) => item);
  const rows: DeviationRow[] = [];
  for (const item of ordered) {
    const inputs = found.get(item.id);
    if (inputs) rows.push(new GatheredRow(item, inputs, statement));
  }
  return rows;
}

/** A plan's statement, built once when one of its rows is first read. */
class LazyStatement {
  private rows: StatementRow[] | null = null;
  constructor(
    private readonly plan: DeviationPlan,
    private readonly found: ReadonlyMap<number, DeviationInputs>,
  ) {}

  get organisation(): OrganisationRecord {
    return this.plan.organisation;
  }

  row(item: LineItemRecord): StatementRow {
    this.rows ??= statementRows(this.plan, figuresOf(this.plan, this.found));
    return this.rows.find((row) => row.item.id === item.id)!;
  }
}

/** A row read from its gathered record: its deviations at once, the row itself when asked for. */
class GatheredRow implements DeviationRow {
  readonly deviation: Dec | null;
  readonly forecastDeviation: Dec | null;
  constructor(
    readonly item: LineItemRecord,
    inputs: DeviationInputs,
    private readonly statement: LazyStatement,
  ) {
    const unit = gatheredDisplayUnit(statement.organisation, inputs.unit!);
    const { deviation, forecastDeviation } = gatheredDeviations(inputs.valuesE4, item.better);
    this.deviation = deviation === null ? null : fromScaledInteger(deviation, unit);
    this.forecastDeviation = forecastDeviation === null ? null : fromScaledInteger(forecastDeviation, unit);
  }

  row(): StatementRow {
    return this.statement.row(this.item);
  }
}

/** The figures the gathered records stand for, in the order the statement reads them. */
function figuresOf(plan: DeviationPlan, found: ReadonlyMap<number, DeviationInputs>): FigureRecord[] {
  const figures: FigureRecord[] = [];
  for (const line of plan.lines) {
    const inputs = found.get(line.id);
    if (inputs) for (const measure of DEVIATION_MEASURES) {
      const scaled = inputs.valuesE4[measure];
      // Field by field: V8 builds these objects by spread about ten times slower.
      if (scaled !== undefined) figures.push({ lineItemId: line.id, period: plan.period, measure, breakdownGroup: inputs.breakdownGroup, breakdown: '', reference: null, value: fromScaledInteger(scaled, inputs.unit!), unit: inputs.unit!, decimals: 0, madeIn: null, source: '', section: '', remark: '', batchId: 0 });
    }
  }
  return figures;
}

function statementRows(plan: DeviationPlan, figures: readonly FigureRecord[]): StatementRow[] {
  return buildStatement({ organisation: plan.organisation, items: plan.lines, figures, period: plan.period, deviationsOnly: true }).rows.filter((row) => row.breakdown === '');
}
