// What `import --check` shows, read inside the import's transaction before it is
// rolled back: each statement as `figures` would show it once the file is in.
import type { FigureRecord, LineItemRecord, OrganisationRecord } from '../../core/figures/records.js';
import type { Period } from '../../core/figures/period.js';
import { toLineItemRecord } from './read-store-catalogue.js';
import { toFigureRecord, type FigureRow } from './read-figures.js';
import type { StoredOrganisation } from './sql-organisation-writer.js';
import type { SqlSession } from './sql-session.js';
import type { OrganisationKind } from '../../core/figures/vocabulary.js';

type Integer = number | bigint;

/** What buildStatement needs for one organisation and period. */
export interface StatementPreview {
  readonly organisation: OrganisationRecord;
  readonly items: LineItemRecord[];
  readonly figures: FigureRecord[];
  readonly period: Period;
}

/** The organisation as the core's record. */
export function toOrganisationRecord(organisation: StoredOrganisation): OrganisationRecord {
  const reportUnit = organisation.reportUnit === 'tkr' || organisation.reportUnit === 'mnkr' ? organisation.reportUnit : null;
  return { id: organisation.id, name: organisation.name, kind: organisation.kind as OrganisationKind, parentId: organisation.parentId, reportUnit, aliases: organisation.aliases, treeId: organisation.treeId };
}

/** One organisation's items and its figures of `period`, as the session sees them. */
export async function readStatementPreview(session: SqlSession, organisation: StoredOrganisation, period: Period): Promise<StatementPreview> {
  const items = await session.all<{ id: Integer; organisationId: Integer; name: string; key: string; kind: string; parentId: Integer | null; sortOrder: Integer; better: string; totalOf: string }>(
    'SELECT "id", "organisationId", "name", "key", "kind", "parentId", "sortOrder", "better", "totalOf" FROM "LineItem" WHERE "organisationId" = ?',
    [organisation.id],
  );
  const rows = await session.all<FigureRow & Record<string, unknown>>(
    `SELECT f."lineItemId" AS "lineItemId", f."year" AS "year", f."month" AS "month", f."measure" AS "measure", f."breakdownGroup" AS "breakdownGroup", f."breakdown" AS "breakdown",
       f."reference" AS "reference", f."valueE4" AS "valueE4", f."unit" AS "unit", f."decimals" AS "decimals", f."madeInYear" AS "madeInYear", f."madeInMonth" AS "madeInMonth",
       s."document" AS "document", s."title" AS "title", f."section" AS "section", f."remark" AS "remark", f."flag" AS "flag", f."batchId" AS "batchId"
     FROM "LineItem" i JOIN "Figure" f ON f."lineItemId" = i."id" JOIN "Source" s ON s."id" = f."sourceId"
     WHERE i."organisationId" = ? AND f."year" = ? AND f."month" = ?`,
    [organisation.id, period.year, period.month],
  );
  return {
    organisation: toOrganisationRecord(organisation),
    items: items.map((item) => toLineItemRecord({ ...item, id: Number(item.id), organisationId: Number(item.organisationId), parentId: item.parentId === null ? null : Number(item.parentId), sortOrder: Number(item.sortOrder) })),
    figures: rows.map((row) => toFigureRecord({ ...row, valueE4: BigInt(row.valueE4) }, new Map())),
    period,
  };
}
