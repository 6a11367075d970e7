// Renders a statement as a plain-text table with Swedish number formatting, or
// as JSON with exact values for scripts.
import type { Statement, StatementRow } from '../core/figures/build-statement.js';
import { formatPeriod } from '../core/figures/period.js';
import { defaultDecimals, formatAmount } from '../core/numbers/format-swedish.js';
import type { Dec } from '../core/numbers/decimal.js';
import type { Unit } from '../core/numbers/units.js';

interface Column {
  readonly title: string;
  readonly cell: (row: StatementRow) => { value: Dec; unit: Unit; signed?: boolean; decimals?: number; figure?: { unit: Unit } } | null;
}

const COLUMNS: readonly Column[] = [
  { title: 'Utfall', cell: (row) => row.values.actual ?? null },
  { title: 'Budget', cell: (row) => row.values.budget ?? row.values.target ?? null },
  { title: 'Avvikelse', cell: (row) => (row.deviation ? { ...row.deviation, signed: true } : null) },
  { title: 'Avv. %', cell: (row) => (row.deviationPercent ? { ...row.deviationPercent, signed: true } : null) },
  { title: 'Helårsbudget', cell: (row) => row.values.budget_full_year ?? row.values.target_full_year ?? null },
  { title: 'Prognos', cell: (row) => row.values.forecast ?? null },
  { title: 'Prognosavv.', cell: (row) => (row.forecastDeviation ? { ...row.forecastDeviation, signed: true } : null) },
  { title: 'Utfall fg år', cell: (row) => row.values.prior_year_actual ?? null },
  { title: 'Förändring', cell: (row) => (row.changeAgainstPriorYear ? { ...row.changeAgainstPriorYear, signed: true } : null) },
];

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
  const body = rows.map((row) => [
    label(row),
    ...used.map((column) => {
      const cell = column.cell(row);
      if (!cell) return '';
      // A stored figure shows the precision its report showed, when still in the report's unit.
      const decimals = cell.figure && cell.decimals !== undefined && cell.figure.unit === cell.unit ? cell.decimals : defaultDecimals(cell.unit);
      return formatAmount(cell.value, cell.unit, { decimals, signed: cell.signed ?? false });
    }),
  ]);
  const header = [title, ...used.map((column) => column.title)];
  const widths = header.map((text, index) => Math.max(text.length, ...body.map((cells) => cells[index]!.length)));
  const line = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ').trimEnd();
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
        Object.entries(row.values).map(([measure, value]) => [measure, { value: value.value.toString(), unit: value.unit, source: value.figure.source, section: value.figure.section }]),
      ),
      derived: Object.fromEntries(
        (['deviation', 'deviationPercent', 'forecastDeviation', 'changeAgainstPriorYear', 'changeAgainstPriorYearPercent'] as const)
          .filter((name) => row[name] !== null)
          .map((name) => [name, { value: row[name]!.value.toString(), unit: row[name]!.unit, expression: row[name]!.expression }]),
      ),
    })),
  };
}
