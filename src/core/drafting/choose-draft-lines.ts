// Which lines an organisation's draft covers, in the order the follow-up reports
// write them: the result, the drivers of the full-year forecast deviation (the
// components the report lists, else the lines that deviate most in the
// forecast), then the lines with the largest deviations.
import type { StatementRow } from '../figures/build-statement.js';
import type { NoteRecord } from '../figures/records.js';
import { Dec } from '../numbers/decimal.js';
import { convertUnit, isMoneyUnit } from '../numbers/units.js';

const MONEY_KINDS = ['income', 'cost', 'result'];
/** How many lines a draft of a whole organisation explains after its result, and how many drivers it names. */
const LINES_COVERED = 5;
const DRIVERS_NAMED = 4;

/** The lines of an organisation's draft. */
export interface DraftLines {
  /** The bottom line of the statement, explained first; null when the report has none. */
  readonly result: StatementRow | null;
  /** What the report lists as the parts of the result's forecast deviation (a breakdown of it). */
  readonly components: readonly StatementRow[];
  /** Without components: the lines whose forecasts deviate most, largest first. */
  readonly drivers: readonly StatementRow[];
  /** The lines explained one by one after the result. */
  readonly lines: readonly StatementRow[];
}

/** The size of a deviation in kr, so lines in tkr and mnkr compare. */
function sizeOf(value: StatementRow['deviation']): Dec {
  if (!value || !isMoneyUnit(value.unit)) return new Dec(0);
  return convertUnit(value.value.abs(), value.unit, 'kr');
}

function largestDeviation(row: StatementRow): Dec {
  return Dec.max(sizeOf(row.deviation), sizeOf(row.forecastDeviation));
}

function hasLevels(row: StatementRow): boolean {
  return Boolean(row.values.actual ?? row.values.forecast);
}

/**
 * The result: the last top-level result line of the statement that has an outcome or
 * forecast ("Årets resultat" below "Verksamhetens nettokostnader"), else the first
 * top-level result line with a deviation.
 */
function resultRow(rows: readonly StatementRow[]): StatementRow | null {
  const results = rows.filter((row) => row.breakdown === '' && row.item.kind === 'result' && row.item.parentId === null && (row.deviation || row.forecastDeviation));
  return results.filter(hasLevels).at(-1) ?? results[0] ?? null;
}

/** Chooses the result, its forecast drivers and the lines of an organisation's draft. */
export function chooseDraftLines(rows: readonly StatementRow[], notes: readonly NoteRecord[]): DraftLines {
  const result = resultRow(rows);
  const components = result ? rows.filter((row) => row.item.id === result.item.id && row.breakdown !== '' && row.forecastDeviation?.reported && isMoneyUnit(row.unit)) : [];
  // A total whose parts are in the statement is explained through its parts.
  const candidates = rows.filter((row) => row !== result && row.breakdown === '' && MONEY_KINDS.includes(row.item.kind) && row.item.kind !== 'result' && row.item.totalOf !== 'lines' && largestDeviation(row).greaterThan(0));
  const drivers = components.length > 0 ? [] : candidates.filter((row) => sizeOf(row.forecastDeviation).greaterThan(0)).sort((a, b) => sizeOf(b.forecastDeviation).comparedTo(sizeOf(a.forecastDeviation))).slice(0, DRIVERS_NAMED);
  // Lines whose causes the report records come first: the draft quotes them; the largest
  // unexplained deviations follow, with a request for their cause.
  const explained = new Set(notes.map((note) => note.lineItemId));
  // A "varav" line (its parent's children name only some parts) is a detail: worth its own paragraph only with a cause on record.
  const byId = new Map(rows.filter((row) => row.breakdown === '').map((row) => [row.item.id, row]));
  const detail = (row: StatementRow) => row.item.parentId !== null && byId.has(row.item.parentId) && byId.get(row.item.parentId)!.item.totalOf !== 'lines';
  const eligible = candidates.filter((row) => !detail(row) || explained.has(row.item.id));
  const chosen = new Set([...eligible].sort((a, b) => Number(explained.has(b.item.id)) - Number(explained.has(a.item.id)) || largestDeviation(b).comparedTo(largestDeviation(a))).slice(0, LINES_COVERED));
  // In the order of the report.
  return { result, components, drivers, lines: candidates.filter((row) => chosen.has(row)) };
}
