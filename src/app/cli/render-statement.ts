// Renders a statement as a plain-text table with Swedish number formatting, or
// as JSON with exact values for scripts.
import { shownDecimals, type DerivedValue, type Statement, type StatementRow, type StatementValue } from '../../core/figures/build-statement.js';
import { formatPeriod } from '../../core/figures/period.js';
import type { Measure } from '../../core/figures/vocabulary.js';
import { defaultDecimals, formatAmount } from '../../core/numbers/format-swedish.js';
import type { Dec } from '../../core/numbers/decimal.js';
import type { Unit } from '../../core/numbers/units.js';
import { figureLabel } from '../../core/evidence/describe-figure.js';

interface Cell {
  readonly value: Dec;
  readonly unit: Unit;
  readonly decimals: number;
  readonly signed: boolean;
}

interface Column {
  readonly title: string;
  readonly cell: (row: StatementRow) => Cell | null;
}

/** A stored value: with the precision the report printed (or its source's, converted). */
function stored(value: StatementValue | undefined, signed = false): Cell | null {
  return value ? { value: value.value, unit: value.unit, decimals: shownDecimals(value), signed } : null;
}

/** A deviation or difference: the printed one as printed, a derived one with its unit's usual decimals (one for a percentage). */
function relation(value: DerivedValue | null): Cell | null {
  if (!value) return null;
  if (value.reported) return { value: value.value, unit: value.unit, decimals: shownDecimals(value.reported.value), signed: true };
  return { value: value.value, unit: value.unit, decimals: value.unit === '%' ? 1 : defaultDecimals(value.unit), signed: true };
}

const COLUMNS: readonly Column[] = [
  { title: 'Utfall', cell: (row) => stored(row.values.actual) },
  { title: 'Budget', cell: (row) => stored(row.values.budget ?? row.values.target) },
  { title: 'Avvikelse', cell: (row) => relation(row.deviation) },
  { title: 'Avv. %', cell: (row) => relation(row.deviationPercent) },
  { title: 'Helårsbudget', cell: (row) => stored(row.values.budget_full_year ?? row.values.target_full_year) },
  { title: 'Prognos', cell: (row) => stored(row.values.forecast) },
  { title: 'Prognosavv.', cell: (row) => relation(row.forecastDeviation) },
  { title: 'Utfall fg år', cell: (row) => stored(row.values.prior_year_actual) },
  { title: 'Förändring', cell: (row) => relation(row.changeAgainstPriorYear) },
];

/** Measures the columns above show; the rest of a row's figures are listed in words after it. */
const IN_COLUMNS: ReadonlySet<Measure> = new Set(['actual', 'budget', 'target', 'deviation', 'deviation_percent', 'budget_full_year', 'target_full_year', 'forecast', 'forecast_deviation', 'prior_year_actual', 'prior_year_change']);

/** "Andel av överordnad post jan–aug 2024 57 %; Mål 2026 80": the figures of a row the columns do not show. */
function others(row: StatementRow): string {
  const rest = [...Object.values(row.values).filter((value) => !IN_COLUMNS.has(value.figure.measure)), ...row.referenced];
  return rest.map((value) => `${figureLabel(value.figure, value.itemKind, 'sv')} ${formatAmount(value.value, value.unit, { decimals: shownDecimals(value), signed: value.figure.measure.includes('change') })}`).join('; ');
}

function label(row: StatementRow): string {
  const name = row.breakdown ? `${row.item.name}: ${row.breakdown}` : row.item.name;
  return `${'  '.repeat(row.depth)}${name}`;
}

const SECTIONS: readonly { title: string; kinds: readonly string[] }[] = [
  { title: 'Resultaträkning', kinds: ['income', 'cost', 'result'] },
  { title: 'Investeringar', kinds: ['investment', 'investment_category'] },
  { title: 'Nyckeltal', kinds: ['kpi'] },
];

function renderSection(title: string, rows: readonly StatementRow[]): string {
  const used = COLUMNS.filter((column) => rows.some((row) => column.cell(row) !== null));
  const withOthers = rows.some((row) => others(row) !== '');
  const body = rows.map((row) => [
    label(row),
    ...used.map((column) => {
      const cell = column.cell(row);
      return cell ? formatAmount(cell.value, cell.unit, { decimals: cell.decimals, signed: cell.signed }) : '';
    }),
    ...(withOthers ? [others(row)] : []),
  ]);
  const header = [title, ...used.map((column) => column.title), ...(withOthers ? ['Övrigt'] : [])];
  const widths = header.map((text, index) => Math.max(text.length, ...body.map((cells) => cells[index]!.length)));
  const last = header.length - 1;
  const line = (cells: string[]) => cells.map((cell, index) => (index === 0 || (withOthers && index === last) ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** The statement as aligned text tables (operating statement, investments, KPIs); empty columns are left out. */
export function renderStatementTable(statement: Statement): string {
  const title = `${statement.organisation.name}, ${formatPeriod(statement.period)}: utfall ackumulerat till och med perioden, avvikelse positiv när utfallet är bättre än budget`;
  const sections = SECTIONS.map((section) => ({ section, rows: statement.rows.filter((row) => section.kinds.includes(row.item.kind)) }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ section, rows }) => renderSection(section.title, rows));
  return [title, '', sections.join('\n\n')].join('\n');
}

/** The statement as JSON-ready data: exact decimal strings, units and provenance. */
export function statementToJson(statement: Statement): unknown {
  return {
    organisation: statement.organisation.name,
    period: formatPeriod(statement.period),
    rows: statement.rows.map((row) => ({
      item: row.item.name,
      kind: row.item.kind,
      depth: row.depth,
      breakdownGroup: row.breakdownGroup || undefined,
      breakdown: row.breakdown || undefined,
      unit: row.unit,
      values: Object.fromEntries(
        Object.entries(row.values).map(([measure, value]) => [measure, { value: value.value.toString(), unit: value.unit, source: value.figure.source, section: value.figure.section, ...(value.figure.flag ? { flag: value.figure.flag } : {}) }]),
      ),
      referenced: row.referenced.map((value) => ({ measure: value.figure.measure, reference: value.figure.reference ? formatPeriod(value.figure.reference) : undefined, value: value.value.toString(), unit: value.unit })),
      derived: Object.fromEntries(
        (['deviation', 'deviationPercent', 'forecastDeviation', 'changeAgainstPriorYear', 'changeAgainstPriorYearPercent'] as const)
          .filter((name) => row[name] !== null)
          .map((name) => [name, { value: row[name]!.value.toString(), unit: row[name]!.unit, expression: row[name]!.expression, reported: Boolean(row[name]!.reported) }]),
      ),
    })),
  };
}
