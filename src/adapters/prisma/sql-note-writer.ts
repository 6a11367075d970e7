// Writes a notes file's rows on the import's raw driver session, inside its one transaction.
import type { NoteRow } from '../../core/import/note-rows.js';
import type { SqlSession } from './sql-session.js';

type Integer = number | bigint;

/** Each organisation's line items by name, keyed by the label the import knows the organisation by. */
export async function readItemsByOrganisation(session: SqlSession, labelOf: (organisationId: number) => string | undefined): Promise<Map<string, Map<string, number>>> {
  const items = await session.all<{ id: Integer; organisationId: Integer; name: string }>('SELECT "id", "organisationId", "name" FROM "LineItem"');
  const byOrganisation = new Map<string, Map<string, number>>();
  for (const item of items) {
    const label = labelOf(Number(item.organisationId));
    if (label === undefined) continue;
    const names = byOrganisation.get(label) ?? new Map<string, number>();
    names.set(item.name, Number(item.id));
    byOrganisation.set(label, names);
  }
  return byOrganisation;
}

/** Writes the notes not already on record (same organisation, item, period and text); returns how many were written. */
export async function writeNoteRows(session: SqlSession, rows: readonly NoteRow[], organisationIds: ReadonlyMap<string, number>, items: ReadonlyMap<string, ReadonlyMap<string, number>>, batchId: number, createdAt: unknown): Promise<number> {
  let written = 0;
  for (const row of rows) {
    const organisationId = organisationIds.get(row.organisation)!;
    const lineItemId = row.item === '' ? null : items.get(row.organisation)!.get(row.item)!;
    const itemCondition = lineItemId === null ? '"lineItemId" IS NULL' : '"lineItemId" = ?';
    const known = await session.all(
      `SELECT "id" FROM "Note" WHERE "organisationId" = ? AND ${itemCondition} AND "year" = ? AND "month" = ? AND "text" = ?`,
      [organisationId, ...(lineItemId === null ? [] : [lineItemId]), row.period.year, row.period.month, row.text],
    );
    // A note already on record (from an overlapping file) is not written twice.
    if (known.length > 0) continue;
    await session.all(
      'INSERT INTO "Note" ("organisationId", "lineItemId", "year", "month", "text", "author", "source", "section", "batchId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [organisationId, lineItemId, row.period.year, row.period.month, row.text, row.author, row.source, row.section, batchId, createdAt],
    );
    written += 1;
  }
  return written;
}
