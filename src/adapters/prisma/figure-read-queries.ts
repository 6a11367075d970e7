// The SQL of the figure reads (values, figures with their source, checks), one text
// per provider and filter shape whatever the lists hold: the organisation and line
// ids travel as one parameter (a JSON array read with json_each on SQLite, an int[]
// on PostgreSQL), so each text is prepared once per connection and reused (see
// direct-reads.ts). Duplicate periods are dropped: they are joined, not ORed.
//
// The plan it is written for: LineItem by organisationId (the leading column of its
// unique (organisationId, name) index) or by id, then Figure by lineItemId, year and
// month (the leading columns of its unique index). CROSS JOIN keeps that order on
// SQLite, whose planner otherwise (it has no table statistics) reads a whole month
// through the Figure (year, month) index and drops the other organisations' rows;
// PostgreSQL treats it as the inner join it is and plans the same.
//
// PostgreSQL plans a named statement afresh for its first five runs, then may keep one
// generic plan that knows no parameter's value. For a join on unnest(years, months) that
// plan reads every period of each line (60 figures a line instead of 5 on the benchmark
// store: 400 sub-units ranked in 50–350 ms instead of 5–20) and joins the period after.
// So a filter with one period (what almost every question reads) compares year and month
// with plain parameters, which the generic plan puts into the index condition, and a
// filter with several also bounds year and month by their lists in the index condition.
import type { FigureFilter } from '../../core/figures/figure-store.js';
import { DEVIATION_MEASURES, PERCENT_MEASURES } from '../../core/figures/vocabulary.js';
import type { DatabaseProvider } from './database-url.js';
import { numberedPlaceholders } from './sql-session.js';

/** One statement with its parameters, in the provider's placeholders. */
export interface ReadQuery {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** Whether a filter selects nothing (an empty list; nothing to ask the database). */
export function selectsNothing(filter: FigureFilter): boolean {
  return filter.organisationIds.length === 0 || filter.lineItemIds?.length === 0 || filter.periods?.length === 0;
}

const KEY_COLUMNS = `f."lineItemId" AS "lineItemId", f."year" AS "year", f."month" AS "month", f."measure" AS "measure",
  f."breakdownGroup" AS "breakdownGroup", f."breakdown" AS "breakdown", f."reference" AS "reference"`;

/** FROM and WHERE for `table` (aliased f) under the filter, with `?` placeholders and their parameters in text order. */
function fromWhere(provider: DatabaseProvider, table: string, filter: FigureFilter, join = ''): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const periods = filter.periods ? [...new Map(filter.periods.map((period) => [`${period.year}-${period.month}`, period])).values()] : null;
  const years = periods?.map((period) => period.year) ?? [];
  const months = periods?.map((period) => period.month) ?? [];
  // The period join comes first in the text, so its parameters do too.
  let periodsJoin = '';
  if (periods && provider === 'sqlite') {
    params.push(JSON.stringify(periods.map((period) => [period.year, period.month])));
    periodsJoin = 'CROSS JOIN (SELECT value ->> 0 AS "year", value ->> 1 AS "month" FROM json_each(?)) p';
  } else if (periods && periods.length !== 1) {
    params.push(years, months);
    periodsJoin = 'CROSS JOIN unnest(?::int[], ?::int[]) AS p("year", "month")';
  }
  const inList = (column: string, ids: readonly number[]): string => {
    if (provider === 'sqlite') {
      params.push(JSON.stringify(ids));
      return `${column} IN (SELECT value FROM json_each(?))`;
    }
    params.push(ids);
    return `${column} = ANY(?::int[])`;
  };
  const conditions = ['f."lineItemId" = i."id"', inList('i."organisationId"', filter.organisationIds)];
  // On the line item's own id, so that named lines are read by their primary key rather than
  // by every line of every organisation named (400 förvaltningar × 40 lines for one line each).
  if (filter.lineItemIds) conditions.push(inList('i."id"', filter.lineItemIds));
  if (periods && provider === 'sqlite') conditions.push('f."year" = p."year" AND f."month" = p."month"');
  else if (periods && periods.length !== 1) {
    // The lists bound the index scan of a generic plan; the join keeps only the pairs asked.
    params.push(years, months);
    conditions.push('f."year" = ANY(?::int[]) AND f."month" = ANY(?::int[]) AND f."year" = p."year" AND f."month" = p."month"');
  } else if (periods) {
    params.push(years[0], months[0]);
    conditions.push('f."year" = ?::int AND f."month" = ?::int');
  }
  return { sql: `FROM "LineItem" i ${periodsJoin} CROSS JOIN "${table}" f ${join} WHERE ${conditions.join(' AND ')}`, params };
}

function query(provider: DatabaseProvider, text: string, params: unknown[]): ReadQuery {
  return { text: provider === 'postgresql' ? numberedPlaceholders(text) : text, params };
}

/** The values a filter selects, unordered, without the source join or the provenance columns. */
export function figureValuesQuery(provider: DatabaseProvider, filter: FigureFilter): ReadQuery {
  const { sql, params } = fromWhere(provider, 'Figure', filter);
  return query(provider, `SELECT ${KEY_COLUMNS}, f."valueE4" AS "valueE4", f."unit" AS "unit", f."decimals" AS "decimals" ${sql}`, params);
}

/** The distinct lines among a filter's that have a figure of one of `measures` (read from the figures' unique index alone). */
export function linesWithMeasuresQuery(provider: DatabaseProvider, filter: FigureFilter, measures: readonly string[]): ReadQuery {
  const { sql, params } = fromWhere(provider, 'Figure', filter);
  params.push(provider === 'sqlite' ? JSON.stringify(measures) : [...measures]);
  const measureIn = provider === 'sqlite' ? 'f."measure" IN (SELECT value FROM json_each(?))' : 'f."measure" = ANY(?::text[])';
  return query(provider, `SELECT DISTINCT f."lineItemId" AS "lineItemId" ${sql} AND ${measureIn}`, params);
}

// Measure names are the vocabulary's own constants (never user input), written into the text
// so that it stays one prepared statement.
const percentList = PERCENT_MEASURES.map((measure) => `'${measure}'`).join(', ');
const DEVIATION_COLUMNS = DEVIATION_MEASURES.map((measure) => `MAX(CASE WHEN f."measure" = '${measure}' AND f."reference" = '' THEN f."valueE4" END) AS "${measure}"`).join(',\n  ');

/**
 * One row per line, period and breakdown of the figures a filter selects, unordered: the
 * lowest and highest unit of its figures other than percentages (equal where they agree)
 * and the value_e4 of each deviation measure about the period itself (null where absent;
 * the unique index allows one per measure). See deviation-inputs-of.ts for the same in memory.
 */
export function deviationInputsQuery(provider: DatabaseProvider, filter: FigureFilter): ReadQuery {
  const { sql, params } = fromWhere(provider, 'Figure', filter);
  return query(
    provider,
    `SELECT f."lineItemId" AS "lineItemId", f."year" AS "year", f."month" AS "month", f."breakdownGroup" AS "breakdownGroup", f."breakdown" AS "breakdown",
  MIN(CASE WHEN f."measure" NOT IN (${percentList}) THEN f."unit" END) AS "lowestUnit",
  MAX(CASE WHEN f."measure" NOT IN (${percentList}) THEN f."unit" END) AS "highestUnit",
  ${DEVIATION_COLUMNS}
    ${sql}
    GROUP BY f."lineItemId", f."year", f."month", f."breakdownGroup", f."breakdown"`,
    params,
  );
}

/**
 * The figures a filter selects with their source, ordered by organisation id, line name,
 * period, measure and breakdown: the order of the indexes the query reads, so SQLite
 * need not sort, and the same on PostgreSQL.
 */
export function figuresQuery(provider: DatabaseProvider, filter: FigureFilter): ReadQuery {
  const { sql, params } = fromWhere(provider, 'Figure', filter, 'JOIN "Source" s ON s."id" = f."sourceId"');
  return query(
    provider,
    `SELECT ${KEY_COLUMNS}, f."valueE4" AS "valueE4", f."unit" AS "unit", f."decimals" AS "decimals", f."madeInYear" AS "madeInYear",
      f."madeInMonth" AS "madeInMonth", s."document" AS "document", s."title" AS "title", f."section" AS "section", f."remark" AS "remark",
      f."flag" AS "flag", f."batchId" AS "batchId"
    ${sql}
    ORDER BY i."organisationId", i."name", f."year", f."month", f."measure", f."breakdownGroup", f."breakdown", f."reference"`,
    params,
  );
}

/** The checks that found a difference, of the figures a filter selects, read with the same plan. */
export function figureChecksQuery(provider: DatabaseProvider, filter: FigureFilter): ReadQuery {
  const { sql, params } = fromWhere(provider, 'FigureCheck', filter);
  return query(
    provider,
    `SELECT ${KEY_COLUMNS}, f."relation" AS "relation", f."outcome" AS "outcome", f."reportedE4" AS "reportedE4", f."computedE4" AS "computedE4",
      f."unit" AS "unit", f."decimals" AS "decimals", f."formula" AS "formula", f."lines" AS "lines", f."batchId" AS "batchId"
    ${sql} AND f."outcome" <> 'agrees'
    ORDER BY f."id"`,
    params,
  );
}
