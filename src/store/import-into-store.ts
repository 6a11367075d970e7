// Imports one canonical file into the store in a single transaction: all or
// nothing, and a file whose checksum was imported before changes nothing.
import { ImportRejectedError, type ImportProblem } from '../core/import/import-problem.js';
import type { CheckOutcome } from '../core/figures/records.js';
import { importKindOf, missingColumns, unknownColumns, type ImportFileKind } from '../core/import/import-columns.js';
import { validateNoteRows } from '../core/import/note-rows.js';
import { runFigureImport } from '../core/import/run-figure-import.js';
import { validateOrganisationRows } from '../core/import/organisation-rows.js';
import type { ImportFile } from '../import/read-import-file.js';
import type { RawRow } from '../core/import/run-figure-import.js';
import type { StoreConnection } from './prisma-client.js';
import { createSqlFigureImportSink } from './sql-figure-import-sink.js';
import { PostgresSession, SqliteSession, type SqlSession } from './sql-session.js';
import { postgresFigureWriter, sqliteFigureWriter, type FigureWriter } from './figure-writers.js';
import { sqliteFilePath } from './database-url.js';
import { ServiceBusyError } from '../core/access/service-busy.js';
import { isStoreBusy, storeBusyError } from './store-busy.js';

/** What an import did. */
export interface ImportOutcome {
  readonly status: 'imported' | 'unchanged';
  readonly kind: ImportFileKind;
  readonly rowCount: number;
  readonly batchId: number;
  /** Printed figures that disagree with the rows they relate to beyond rounding (figures files only). */
  readonly warnings?: readonly ImportProblem[];
  /** How the batch's arithmetic checks came out (figures files only). */
  readonly checks?: Readonly<Record<CheckOutcome, number>>;
}

class Rejection extends Error {
  constructor(readonly error: ImportRejectedError) {
    super(error.message);
  }
}

/** How an import waits for the store. */
export interface ImportOptions {
  /** SQLite: how long a figures import waits for another writer (another import) before it gives up, changing nothing. */
  readonly waitMs?: number;
}

/**
 * Imports `file` as `importedBy`; throws ImportRejectedError (nothing written) when it is
 * bad, and a ServiceBusyError (nothing written) when another writer held the store too long.
 */
export async function importIntoStore(connection: StoreConnection, file: ImportFile, importedBy: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  try {
    return await importFile(connection, file, importedBy, options);
  } catch (error) {
    if (error instanceof ServiceBusyError || !isStoreBusy(error)) throw error;
    throw storeBusyError(`Another import (or program) is writing to the store; ${file.fileName} changed nothing. Try again when it has finished.`);
  }
}

async function importFile(connection: StoreConnection, file: ImportFile, importedBy: string, options: ImportOptions): Promise<ImportOutcome> {
  const kind = importKindOf(file.header);
  const headerProblems = [
    ...missingColumns(kind, file.header).map((column) => ({ line: 1, column, reason: `missing column: a ${kind} file needs "${column}"` })),
    ...unknownColumns(kind, file.header).map((column) => ({ line: 1, column, reason: `unknown column "${column}" (see docs/import-format.md)` })),
  ];
  if (headerProblems.length > 0) throw new ImportRejectedError(file.fileName, headerProblems);
  const { prisma } = connection;
  const earlier = await prisma.importBatch.findUnique({ where: { checksum: file.checksum } });
  if (earlier) return { status: 'unchanged', kind, rowCount: earlier.rowCount, batchId: earlier.id };
  if (kind === 'figures') return importFigures(connection, file, importedBy, options);
  if (kind === 'notes') return importNotes(connection, file, importedBy);
  // Organisation files are small: Prisma's interactive transaction is fast enough.
  try {
    return await prisma.$transaction(
      async (tx) => {
        const batch = await tx.importBatch.create({ data: { fileName: file.fileName, checksum: file.checksum, kind, rowCount: 0, importedBy } });
        const existing = await tx.organisation.findMany({ select: { id: true, name: true } });
          const ids = new Map(existing.map((organisation) => [organisation.name, organisation.id]));
          const rows: RawRow[] = [];
          for await (const row of file.rows) rows.push(row);
          const result = validateOrganisationRows(rows, new Set(ids.keys()));
          if (result.problems.length > 0) throw new Rejection(new ImportRejectedError(file.fileName, result.problems, result.moreProblems));
          for (const row of result.rows) {
            const data = { kind: row.kind, reportUnit: row.unit, parentId: row.parent === '' ? null : ids.get(row.parent)! };
            const organisation = await tx.organisation.upsert({ where: { name: row.name }, create: { name: row.name, ...data }, update: data });
            ids.set(row.name, organisation.id);
            await tx.organisationAlias.deleteMany({ where: { organisationId: organisation.id } });
            for (const alias of row.aliases) await tx.organisationAlias.create({ data: { alias, organisationId: organisation.id } });
          }
          await tx.importBatch.update({ where: { id: batch.id }, data: { rowCount: result.rows.length } });
          return { status: 'imported' as const, kind, rowCount: result.rows.length, batchId: batch.id };
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof Rejection) throw error.error;
    throw error;
  }
}

/** A figures file: on the raw driver in one transaction, because files run to millions of rows. */
async function importFigures(connection: StoreConnection, file: ImportFile, importedBy: string, options: ImportOptions): Promise<ImportOutcome> {
  let session: SqlSession;
  let writer: FigureWriter;
  if (connection.provider === 'sqlite') {
    const sqlite = SqliteSession.begin(sqliteFilePath(connection.databaseUrl), options.waitMs);
    [session, writer] = [sqlite, sqliteFigureWriter(sqlite)];
  } else {
    const postgres = await PostgresSession.begin(connection.databaseUrl);
    [session, writer] = [postgres, await postgresFigureWriter(postgres)];
  }
  try {
    // Same representation Prisma writes, so Prisma reads the batch time back unchanged.
    const importedAt = session.provider === 'sqlite' ? new Date().toISOString().replace('Z', '+00:00') : new Date();
    const [batch] = await session.all<{ id: number }>(
      'INSERT INTO "ImportBatch" ("fileName", "checksum", "kind", "rowCount", "importedBy", "importedAt") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id"',
      [file.fileName, file.checksum, 'figures', 0, importedBy, importedAt],
    );
    const batchId = Number(batch!.id);
    const result = await runFigureImport(file.rows, await createSqlFigureImportSink(session, writer), batchId);
    if (result.problems.length > 0) throw new ImportRejectedError(file.fileName, result.problems, result.moreProblems);
    await session.all('UPDATE "ImportBatch" SET "rowCount" = ? WHERE "id" = ?', [result.rowCount, batchId]);
    await session.commit();
    const checks: Record<CheckOutcome, number> = { agrees: 0, rounding: 0, warning: 0 };
    for (const check of result.checks) checks[check.outcome] += 1;
    return { status: 'imported', kind: 'figures', rowCount: result.rowCount, batchId, warnings: result.warnings, checks };
  } catch (error) {
    await session.rollback();
    throw error;
  }
}

/** A notes file: validated against the store's line items, then written in one transaction. */
async function importNotes(connection: StoreConnection, file: ImportFile, importedBy: string): Promise<ImportOutcome> {
  const rows: RawRow[] = [];
  for await (const row of file.rows) rows.push(row);
  try {
    return await connection.prisma.$transaction(
      async (tx) => {
        const organisations = await tx.organisation.findMany({ select: { id: true, name: true, lineItems: { select: { id: true, name: true } } } });
        const itemsByOrganisation = new Map(organisations.map((organisation) => [organisation.name, new Set(organisation.lineItems.map((item) => item.name))]));
        const result = validateNoteRows(rows, itemsByOrganisation);
        if (result.problems.length > 0) throw new Rejection(new ImportRejectedError(file.fileName, result.problems, result.moreProblems));
        const batch = await tx.importBatch.create({ data: { fileName: file.fileName, checksum: file.checksum, kind: 'notes', rowCount: result.rows.length, importedBy } });
        let written = 0;
        for (const row of result.rows) {
          const organisation = organisations.find((candidate) => candidate.name === row.organisation)!;
          const lineItemId = row.item === '' ? null : organisation.lineItems.find((item) => item.name === row.item)!.id;
          const key = { organisationId: organisation.id, lineItemId, year: row.period.year, month: row.period.month, text: row.text };
          // A note already on record (from an overlapping file) is not written twice.
          if (await tx.note.findFirst({ where: key, select: { id: true } })) continue;
          await tx.note.create({ data: { ...key, author: row.author, source: row.source, section: row.section, batchId: batch.id } });
          written += 1;
        }
        await tx.importBatch.update({ where: { id: batch.id }, data: { rowCount: written } });
        return { status: 'imported' as const, kind: 'notes' as const, rowCount: written, batchId: batch.id };
      },
      { timeout: 5 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof Rejection) throw error.error;
    throw error;
  }
}
