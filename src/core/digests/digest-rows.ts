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

/** Money lines (income and cost, leaves of the line tree, no breakdown rows) with a deviation, largest first. */
export function rankDeviations(rows: readonly DigestRow[], items: readonly LineItemRecord[]): DigestRow[] {
  const parents = new Set(items.map((item) => item.parentId).filter((id): id is number => id !== null));
  return rows
    .filter((row) => row.deviation && isMoneyUnit(row.deviation.unit) && MONEY_KINDS.has(row.row.item.kind) && !parents.has(row.row.item.id) && row.row.breakdown === '' && !row.size.isZero())
    .sort((a, b) => b.size.comparedTo(a.size) || a.row.item.name.localeCompare(b.row.item.name, 'sv'));
}
