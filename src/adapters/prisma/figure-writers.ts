// Writes prepared figures in the fastest way each database offers, inside the
// import's transaction: SQLite through one prepared upsert statement, PostgreSQL
// through COPY into a staging table and one upsert from it at the end.
import { from as copyFrom } from 'pg-copy-streams';
import { once } from 'node:events';
import type { PreparedFigure } from '../../core/import/figure-import-sink.js';
import { formatPeriod } from '../../core/figures/period.js';
import type { PostgresSession, SqliteSession } from './sql-session.js';

/** Accepts figures in batches; `finish` makes every accepted figure part of the transaction. */
export interface FigureWriter {
  write(batchId: number, figures: readonly PreparedFigure[]): Promise<void>;
  finish(): Promise<void>;
}

const COLUMNS = ['lineItemId', 'year', 'month', 'measure', 'breakdownGroup', 'breakdown', 'reference', 'valueE4', 'unit', 'unitWritten', 'decimals', 'madeInYear', 'madeInMonth', 'sourceId', 'section', 'remark', 'flag', 'batchId'] as const;
const KEY_COLUMNS = ['lineItemId', 'year', 'month', 'measure', 'breakdownGroup', 'breakdown', 'reference'] as const;
const quotedColumns = COLUMNS.map((column) => `"${column}"`).join(', ');
const conflictClause = `ON CONFLICT (${KEY_COLUMNS.map((column) => `"${column}"`).join(', ')}) DO UPDATE SET ${COLUMNS.filter((column) => !(KEY_COLUMNS as readonly string[]).includes(column))
  .map((column) => `"${column}" = excluded."${column}"`)
  .join(', ')}`;

function tuple(batchId: number, { lineItemId, row, sourceId }: PreparedFigure): unknown[] {
  const reference = row.reference ? formatPeriod(row.reference) : '';
  return [lineItemId, row.period.year, row.period.month, row.measure, row.breakdownGroup, row.breakdown, reference, row.valueE4, row.unit, row.unitWritten, row.decimals, row.madeIn?.year ?? null, row.madeIn?.month ?? null, sourceId, row.section, row.remark, row.flag, batchId];
}

/** SQLite: better-sqlite3 runs a prepared statement synchronously at close to C speed. */
export function sqliteFigureWriter(session: SqliteSession): FigureWriter {
  const upsert = session.database.prepare(`INSERT INTO "Figure" (${quotedColumns}) VALUES (${COLUMNS.map(() => '?').join(', ')}) ${conflictClause}`);
  return {
    async write(batchId, figures) {
      for (const figure of figures) upsert.run(...tuple(batchId, figure));
    },
    async finish() {},
  };
}

/** Escapes one value for COPY's text format (tab-separated, `\N` for null). */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!);
}

// COPY cannot share the connection with other statements while it streams, and the
// import looks up items and sources as it goes; so figures are copied in chunks.
const COPY_CHUNK = 20_000;

/** PostgreSQL: COPY is the driver's fastest write; the final upsert keeps re-imports idempotent. */
export async function postgresFigureWriter(session: PostgresSession): Promise<FigureWriter> {
  await session.client.query(`CREATE TEMP TABLE figure_staging ON COMMIT DROP AS SELECT ${quotedColumns} FROM "Figure" WITH NO DATA`);
  let lines: string[] = [];
  const copyChunk = async (): Promise<void> => {
    if (lines.length === 0) return;
    const stream = session.client.query(copyFrom(`COPY figure_staging (${quotedColumns}) FROM STDIN`));
    const done = once(stream, 'finish');
    stream.end(lines.join(''));
    await done;
    lines = [];
  };
  return {
    async write(batchId, figures) {
      for (const figure of figures) lines.push(`${tuple(batchId, figure).map(copyText).join('\t')}\n`);
      if (lines.length >= COPY_CHUNK) await copyChunk();
    },
    async finish() {
      await copyChunk();
      // The checker has rejected duplicate keys, so no row is updated twice here.
      await session.client.query(`INSERT INTO "Figure" (${quotedColumns}) SELECT ${quotedColumns} FROM figure_staging ${conflictClause}`);
      await session.client.query('TRUNCATE figure_staging');
    },
  };
}
