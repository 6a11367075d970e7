// The statement rows a digest looks at: for every covered organisation its latest
// report and the one before, with each line's deviation against budget. Leaf lines
// only, so a total and its parts are never ranked against each other.
import { buildStatement, type DerivedValue, type StatementRow } from '../figures/build-statement.js';
import { comparePeriods, samePeriod, type Period } from '../figures/period.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { Dec } from '../numbers/decimal.js';
import { convertUnit, isMoneyUnit } from '../numbers/units.js';

/** One line of one organisation in its latest report, with the same line in the report before. */
export interface DigestRow {
  readonly organisation: OrganisationRecord;
  readonly period: Period;
  readonly row: StatementRow;
  readonly previousPeriod: Period | null;
  readonly previousRow: StatementRow | null;
  /** The deviation ranked: the period's against budget, else the full-year forecast's. */
  readonly deviation: DerivedValue | null;
  readonly deviationKind: 'period' | 'forecast';
  /** The same deviation in the report before, when it has one. */
  readonly previousDeviation: DerivedValue | null;
  /** |deviation| in kr, exact, for ranking across units. */
  readonly size: Dec;
}

const MONEY_KINDS = new Set(['income', 'cost']);

function reportPeriods(figures: readonly FigureRecord[], organisationItems: ReadonlySet<number>): Period[] {
  const periods: Period[] = [];
  for (const figure of figures) {
    if (!organisationItems.has(figure.lineItemId)) continue;
    if (!periods.some((period) => samePeriod(period, figure.period))) periods.push(figure.period);
  }
  return periods.sort(comparePeriods);
}

/** The digest rows of `organisations`, from their items and figures. */
export function collectDigestRows(input: { organisations: readonly OrganisationRecord[]; items: readonly LineItemRecord[]; figures: readonly FigureRecord[] }): DigestRow[] {
  const rows: DigestRow[] = [];
  for (const organisation of input.organisations) {
    const items = input.items.filter((item) => item.organisationId === organisation.id);
    const periods = reportPeriods(input.figures, new Set(items.map((item) => item.id)));
    const period = periods[periods.length - 1];
    if (!period) continue;
    const previousPeriod = periods[periods.length - 2] ?? null;
    const latest = buildStatement({ organisation, items, figures: input.figures, period });
    const previous = previousPeriod ? buildStatement({ organisation, items, figures: input.figures, period: previousPeriod }) : null;
    for (const row of latest.rows) {
      const previousRow = previous?.rows.find((candidate) => candidate.item.id === row.item.id && candidate.breakdown === row.breakdown) ?? null;
      const deviationKind = row.deviation ? 'period' : 'forecast';
      const deviation = row.deviation ?? row.forecastDeviation;
      const previousDeviation = previousRow ? (deviationKind === 'period' ? previousRow.deviation : previousRow.forecastDeviation) : null;
      const size = deviation && isMoneyUnit(deviation.unit) ? convertUnit(deviation.value, deviation.unit, 'kr').abs() : new Dec(0);
      rows.push({ organisation, period, row, previousPeriod, previousRow, deviation, deviationKind, previousDeviation, size });
    }
  }
  return rows;
}

/**
 * The deviations worth ranking, largest first: leaf income and cost lines (no
 * breakdown rows), and, for a sub-unit whose report has no such lines, its result:
 * the deviation per sub-unit. A total is never ranked against its parts: not the
 * root's result, not the result of a unit whose sub-units are covered too.
 */
export function rankDeviations(rows: readonly DigestRow[], items: readonly LineItemRecord[], organisations: readonly OrganisationRecord[], rootId: number): DigestRow[] {
  const parentOrganisations = new Set(organisations.map((organisation) => organisation.parentId).filter((id): id is number => id !== null));
  const money = (row: DigestRow) => Boolean(row.deviation) && isMoneyUnit(row.deviation!.unit) && row.row.breakdown === '' && !row.size.isZero();
  // A line is a total only of children that deviate themselves: parts the report names for another
  // reason (what makes up the change against last year) leave it a line of its own.
  const itemParents = new Map(items.map((item) => [item.id, item.parentId]));
  const parentItems = new Set(rows.filter(money).map((row) => itemParents.get(row.row.item.id) ?? null).filter((id): id is number => id !== null));
  const leaves = rows.filter((row) => money(row) && MONEY_KINDS.has(row.row.item.kind) && !parentItems.has(row.row.item.id));
  const withLeaves = new Set(leaves.map((row) => row.organisation.id));
  const subUnitResults = rows.filter(
    (row) => money(row) && row.row.item.kind === 'result' && row.row.depth === 0 && row.organisation.id !== rootId && !parentOrganisations.has(row.organisation.id) && !withLeaves.has(row.organisation.id),
  );
  return [...leaves, ...subUnitResults].sort((a, b) => b.size.comparedTo(a.size) || a.row.item.name.localeCompare(b.row.item.name, 'sv'));
}
