// Imports one file (a CSV file, or a workbook with a sheet each of organisations,
// figures, notes and people) into the store in a single transaction on the raw
// driver: all or nothing, and a file whose checksum was imported before changes
// nothing. `check` runs the whole import, reads back what it would show, and rolls
// back: nothing is written.
import { ImportRejectedError, type ImportProblem } from '../../core/import/import-problem.js';
import type { CheckOutcome } from '../../core/figures/records.js';
import { importKindOf, missingColumns, unknownColumns, type ImportFileKind } from '../../core/import/import-columns.js';
import { validateNoteRows } from '../../core/import/note-rows.js';
import { runFigureImport, type RawRow } from '../../core/import/run-figure-import.js';
import { validateOrganisationRows } from '../../core/import/organisation-rows.js';
import { validatePeopleRows } from '../../core/import/people-rows.js';
import { resolveRowsWithin, type OrganisationDirectory } from '../../core/import/organisation-directory.js';
import type { ImportCheck } from '../../core/import/figure-relations.js';
import { parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import type { ImportFile, ImportPart } from '../../core/import/import-file.js';
import type { StoreConnection } from './prisma-client.js';
import { createSqlFigureImportSink } from './sql-figure-import-sink.js';
import { PostgresSession, SqliteSession, type SqlSession } from './sql-session.js';
import { postgresFigureWriter, sqliteFigureWriter, type FigureWriter } from './figure-writers.js';
import { sqliteFilePath } from './database-url.js';
import { ServiceBusyError } from '../../core/access/service-busy.js';
import { isStoreBusy, storeBusyError } from './store-busy.js';
import { readOrganisationDirectory, writeOrganisationRows, type StoredOrganisation } from './sql-organisation-writer.js';
import { readItemsByOrganisation, writeNoteRows } from './sql-note-writer.js';
import { writePeopleRows } from './sql-people-writer.js';
import { readStatementPreview, type StatementPreview } from './read-import-preview.js';

/** What one part (a CSV file or a sheet) did. */
export interface ImportPartOutcome {
  readonly sheet: string | null;
  readonly kind: ImportFileKind;
  readonly rowCount: number;
  readonly batchId: number;
}

/** What `import --check` would show: the trees the file touches, as they would be, and each statement. */
export interface ImportPreview {
  readonly organisations: readonly StoredOrganisation[];
  readonly treeIds: readonly number[];
  readonly newTrees: readonly string[];
  readonly statements: readonly StatementPreview[];
  readonly checks: readonly ImportCheck[];
}

/** What an import did. */
export interface ImportOutcome {
  /** `checked`: the file was imported and rolled back (import --check); nothing was written. */
  readonly status: 'imported' | 'unchanged' | 'checked';
  /** The first part's kind (a CSV file has one part). */
  readonly kind: ImportFileKind;
  /** Rows over all parts. */
  readonly rowCount: number;
  /** The first part's batch. */
  readonly batchId: number;
  readonly parts: readonly ImportPartOutcome[];
  /** Printed figures that disagree with the rows they relate to beyond rounding (figures only). */
  readonly warnings?: readonly ImportProblem[];
  /** How the arithmetic checks came out (figures only). */
  readonly checks?: Readonly<Record<CheckOutcome, number>>;
  /** With `check`: what the store would hold. */
  readonly preview?: ImportPreview;
}

/** How an import runs. */
export interface ImportOptions {
  /** SQLite: how long an import waits for another writer (another import) before it gives up, changing nothing. */
  readonly waitMs?: number;
  /** The tree rows belong to when they name none (`import --tree`). */
  readonly tree?: string | null;
  /**
   * true: look only (import, show, roll back). 'new-tree': look only when the file
   * starts a tree the store does not have (the first import of a new municipality).
   */
  readonly check?: boolean | 'new-tree';
}

const PART_ORDER: readonly ImportFileKind[] = ['organisations', 'figures', 'notes', 'people'];

class Rejection extends Error {
  constructor(readonly problems: readonly ImportProblem[], readonly moreProblems = 0) {
    super('rejected');
  }
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

function partKind(part: ImportPart): { kind: ImportFileKind; problems: ImportProblem[] } {
  const kind = part.sheetKind ?? importKindOf(part.header);
  const sheet = part.sheet;
  const where = sheet === null ? {} : { sheet };
  const problems: ImportProblem[] = [
    ...missingColumns(kind, part.header).map((column) => ({ ...where, line: 1, column, reason: `missing column: ${sheet ? `the sheet of ${kind}` : `a ${kind} file`} needs "${column}"` })),
    ...unknownColumns(kind, part.header).map((column) => ({ ...where, line: 1, column, reason: `unknown column "${column}" (see docs/import-format.md)` })),
  ];
  return { kind, problems };
}

/** The checksum a part's batch is recorded under: the file's, with the sheet for a workbook's parts. */
function partChecksum(file: ImportFile, part: ImportPart): string {
  return part.sheet === null ? file.checksum : `${file.checksum}#${part.sheet}`;
}

async function beginSession(connection: StoreConnection, waitMs: number | undefined): Promise<{ session: SqlSession; writer: () => Promise<FigureWriter> }> {
  if (connection.provider === 'sqlite') {
    const sqlite = SqliteSession.begin(sqliteFilePath(connection.databaseUrl), waitMs);
    return { session: sqlite, writer: async () => sqliteFigureWriter(sqlite) };
  }
  const postgres = await PostgresSession.begin(connection.databaseUrl);
  let writer: FigureWriter | null = null;
  return { session: postgres, writer: async () => (writer ??= await postgresFigureWriter(postgres)) };
}

async function collect(rows: ImportPart['rows']): Promise<RawRow[]> {
  const collected: RawRow[] = [];
  for await (const row of rows) collected.push(row);
  return collected;
}

async function importFile(connection: StoreConnection, file: ImportFile, importedBy: string, options: ImportOptions): Promise<ImportOutcome> {
  const kinds = file.parts.map((part) => ({ part, ...partKind(part) }));
  const headerProblems = kinds.flatMap((entry) => entry.problems);
  const duplicates = PART_ORDER.filter((kind) => kinds.filter((entry) => entry.kind === kind).length > 1);
  for (const kind of duplicates) headerProblems.push({ line: null, column: null, reason: `the workbook has more than one sheet of ${kind} (${kinds.filter((entry) => entry.kind === kind).map((entry) => `"${entry.part.sheet}"`).join(', ')}): put them on one sheet` });
  if (headerProblems.length > 0) throw new ImportRejectedError(file.fileName, headerProblems);
  const ordered = [...kinds].sort((a, b) => PART_ORDER.indexOf(a.kind) - PART_ORDER.indexOf(b.kind));

  const earlier = await Promise.all(ordered.map((entry) => connection.prisma.importBatch.findUnique({ where: { checksum: partChecksum(file, entry.part) } })));
  // Unchanged unless asked to look: a check of a file already imported shows it again (its batches are rolled back).
  if (options.check !== true && earlier.every((batch) => batch !== null)) {
    const parts = ordered.map((entry, index) => ({ sheet: entry.part.sheet, kind: entry.kind, rowCount: earlier[index]!.rowCount, batchId: earlier[index]!.id }));
    return { status: 'unchanged', kind: parts[0]!.kind, rowCount: parts.reduce((sum, part) => sum + part.rowCount, 0), batchId: parts[0]!.batchId, parts };
  }

  const { session, writer } = await beginSession(connection, options.waitMs);
  try {
    // Same representation Prisma writes, so Prisma reads the times back unchanged.
    const now = session.provider === 'sqlite' ? new Date().toISOString().replace('Z', '+00:00') : new Date();
    const problems: ImportProblem[] = [];
    let moreProblems = 0;
    const parts: ImportPartOutcome[] = [];
    const warnings: ImportProblem[] = [];
    const checks: ImportCheck[] = [];
    const newTrees: string[] = [];
    const touchedTrees = new Set<number>();
    const statementKeys = new Map<string, { organisation: string; period: string }>();
    const onSheet = (sheet: string | null) => (problem: ImportProblem): ImportProblem => (sheet === null ? problem : { ...problem, sheet });
    let directory: OrganisationDirectory<StoredOrganisation> = await readOrganisationDirectory(session);

    for (const { part, kind } of ordered) {
      const [batch] = await session.all<{ id: number }>(
        'INSERT INTO "ImportBatch" ("fileName", "checksum", "kind", "rowCount", "importedBy", "importedAt") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id"',
        // A check's batches are rolled back; their checksums need only not collide with a batch on record.
        [part.sheet === null ? file.fileName : `${file.fileName} (${part.sheet})`, options.check === true ? `${partChecksum(file, part)}#check-${Date.now()}` : partChecksum(file, part), kind, 0, importedBy, now],
      );
      const batchId = Number(batch!.id);
      let rowCount = 0;
      const resolve = resolveRowsWithin(directory, options.tree ?? null);
      if (kind === 'organisations') {
        const result = validateOrganisationRows(await collect(part.rows), directory, options.tree ?? null);
        problems.push(...result.problems.map(onSheet(part.sheet)));
        moreProblems += result.moreProblems;
        if (problems.length === 0) {
          for (const row of result.rows) if (row.treeId === null && !newTrees.includes(row.tree)) newTrees.push(row.tree);
          for (const treeId of await writeOrganisationRows(session, result.rows, directory, batchId, now)) touchedTrees.add(treeId);
          directory = await readOrganisationDirectory(session);
        }
        rowCount = result.rows.length;
      } else if (kind === 'figures') {
        // In a check the rows are kept to find the statements to show afterwards.
        const seen: RawRow[] = [];
        const rows = options.check ? tee(part.rows, seen) : part.rows;
        const result = await runFigureImport(rows, await createSqlFigureImportSink(session, await writer(), directory), batchId, resolve);
        problems.push(...result.problems.map(onSheet(part.sheet)));
        moreProblems += result.moreProblems;
        warnings.push(...result.warnings.map(onSheet(part.sheet)));
        checks.push(...result.checks);
        rowCount = result.rowCount;
        for (const { record } of seen) {
          const key = `${record.organisation}\u0000${record.period}`;
          if (!statementKeys.has(key) && periodTextSchema.safeParse(record.period?.trim()).success) statementKeys.set(key, { organisation: record.organisation ?? '', period: record.period!.trim() });
        }
      } else if (kind === 'notes') {
        const labels = new Map(directory.organisations.map((organisation) => [organisation.id, directory.label(organisation)]));
        const items = await readItemsByOrganisation(session, (id) => labels.get(id));
        const withEmpty = new Map([...labels.values()].map((label) => [label, new Set(items.get(label)?.keys() ?? [])]));
        const result = validateNoteRows(await collect(part.rows), withEmpty, resolve);
        problems.push(...result.problems.map(onSheet(part.sheet)));
        moreProblems += result.moreProblems;
        const ids = new Map([...labels].map(([id, label]) => [label, id]));
        if (problems.length === 0) rowCount = await writeNoteRows(session, result.rows, ids, items, batchId, now);
      } else {
        const result = validatePeopleRows(await collect(part.rows), resolve);
        problems.push(...result.problems.map(onSheet(part.sheet)));
        moreProblems += result.moreProblems;
        const ids = new Map(directory.organisations.map((organisation) => [directory.label(organisation), organisation.id]));
        if (problems.length === 0) problems.push(...(await writePeopleRows(session, result.rows, ids, now)).map(onSheet(part.sheet)));
        rowCount = result.rows.length;
      }
      await session.all('UPDATE "ImportBatch" SET "rowCount" = ? WHERE "id" = ?', [rowCount, batchId]);
      parts.push({ sheet: part.sheet, kind, rowCount, batchId });
    }
    if (problems.length > 0 || moreProblems > 0) throw new Rejection(problems, moreProblems);

    const tally: Record<CheckOutcome, number> = { agrees: 0, rounding: 0, warning: 0 };
    for (const check of checks) tally[check.outcome] += 1;
    const hasFigures = parts.some((part) => part.kind === 'figures');
    const outcome = { kind: parts[0]!.kind, rowCount: parts.reduce((sum, part) => sum + part.rowCount, 0), batchId: parts[0]!.batchId, parts, ...(hasFigures ? { warnings, checks: tally } : {}) };
    const looking = options.check === true || (options.check === 'new-tree' && newTrees.length > 0);
    if (!looking) {
      await session.commit();
      return { status: 'imported', ...outcome };
    }
    const preview = await previewOf(session, directory, touchedTrees, newTrees, statementKeys, checks);
    await session.rollback();
    return { status: 'checked', ...outcome, preview };
  } catch (error) {
    await session.rollback();
    if (error instanceof Rejection) throw new ImportRejectedError(file.fileName, error.problems, error.moreProblems);
    throw error;
  }
}

/** Passes rows on while keeping each in `seen`. */
async function* tee(rows: ImportPart['rows'], seen: RawRow[]): AsyncGenerator<RawRow> {
  for await (const row of rows) {
    seen.push(row);
    yield row;
  }
}

async function previewOf(
  session: SqlSession,
  directory: OrganisationDirectory<StoredOrganisation>,
  touchedTrees: Set<number>,
  newTrees: readonly string[],
  statementKeys: ReadonlyMap<string, { organisation: string; period: string }>,
  checks: readonly ImportCheck[],
): Promise<ImportPreview> {
  const byLabel = new Map(directory.organisations.map((organisation) => [directory.label(organisation), organisation]));
  const statements: StatementPreview[] = [];
  for (const { organisation, period } of statementKeys.values()) {
    const stored = byLabel.get(organisation);
    if (!stored) continue;
    touchedTrees.add(stored.treeId);
    statements.push(await readStatementPreview(session, stored, parsePeriod(period)));
  }
  return { organisations: directory.organisations, treeIds: [...touchedTrees], newTrees, statements, checks };
}
