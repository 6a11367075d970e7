// Runs a figures import: validates every row, writes while the file is clean,
// checks the arithmetic between the rows once all are read, and reports every
// problem. The caller runs it inside one transaction and rolls back when problems
// are returned, so a rejected file changes nothing.
import { parseFigureRow, type FigureRow } from './figure-row-schema.js';
import { FigureImportChecker } from './figure-import-checker.js';
import type { FigureImportSink, PreparedFigure } from './figure-import-sink.js';
import { FigureRelations, type ImportCheck } from './figure-relations.js';
import { ProblemList, type ImportProblem } from './import-problem.js';
import { isMoneyUnit } from '../numbers/units.js';
import { LEVEL_MEASURES } from '../figures/vocabulary.js';
import { STORE_COMPARISON_LIMIT, unitErrorsAgainstStore, type StoreComparisonCandidate } from './unit-errors-against-store.js';

/** A raw row with the line number a spreadsheet would show. */
export interface RawRow {
  readonly line: number;
  readonly record: Record<string, string | undefined>;
}

/** What a figures import found and did. */
export interface FigureImportResult {
  readonly problems: ImportProblem[];
  readonly moreProblems: number;
  readonly rowCount: number;
  /** Printed figures that disagree with the rows they relate to beyond rounding; the import goes ahead. */
  readonly warnings: readonly ImportProblem[];
  /** The arithmetic checks recorded with the batch. */
  readonly checks: readonly ImportCheck[];
}

const FLUSH_SIZE = 500;

/**
 * Resolves a raw row's organisation (and tree) in place to the name the sink knows it
 * by; returns the problem when it cannot (createRowResolver in organisation-directory.ts).
 */
export type ResolveRowOrganisation = (line: number, record: Record<string, string | undefined>) => ImportProblem | null;

/** Imports figure rows through `sink`; returns the problems (empty when all is well), the warnings and the checks. */
export async function runFigureImport(rows: AsyncIterable<RawRow> | Iterable<RawRow>, sink: FigureImportSink, batchId: number, resolveOrganisation?: ResolveRowOrganisation): Promise<FigureImportResult> {
  const problems = new ProblemList();
  const checker = new FigureImportChecker(new Set(sink.organisationIds.keys()), sink.existingItems);
  const relations = new FigureRelations();
  const candidates: StoreComparisonCandidate[] = [];
  const itemIds = new Map<string, number>();
  let pending: PreparedFigure[] = [];
  let rowCount = 0;

  const prepare = async (row: FigureRow): Promise<PreparedFigure> => {
    const key = `${row.organisation}\u0000${row.item}`;
    let lineItemId = itemIds.get(key);
    if (lineItemId === undefined) {
      lineItemId = await sink.upsertLineItem(sink.organisationIds.get(row.organisation)!, checker.items.get(key)!);
      itemIds.set(key, lineItemId);
    }
    return { lineItemId, row, sourceId: await sink.sourceId(row.source, row.report) };
  };

  for await (const raw of rows) {
    rowCount += 1;
    const organisationProblem = resolveOrganisation?.(raw.line, raw.record) ?? null;
    if (organisationProblem) problems.add(organisationProblem);
    const parsed = parseFigureRow(raw.line, raw.record);
    if ('problems' in parsed) {
      parsed.problems.forEach((problem) => problems.add(problem));
      continue;
    }
    if (organisationProblem) continue;
    const rowProblems = checker.check(parsed.row);
    rowProblems.forEach((problem) => problems.add(problem));
    // Once the file is known to be bad nothing more is written; validation goes on
    // so that every problem is reported in one run.
    if (!problems.isEmpty) continue;
    relations.add(parsed.row);
    const prepared = await prepare(parsed.row);
    const { row } = prepared;
    if (candidates.length < STORE_COMPARISON_LIMIT && row.reference === null && isMoneyUnit(row.unit) && LEVEL_MEASURES.includes(row.measure) && sink.existingItems.has(`${row.organisation}\u0000${row.item}`)) {
      candidates.push({ ...row, lineItemId: prepared.lineItemId });
    }
    pending.push(prepared);
    if (pending.length >= FLUSH_SIZE) {
      await sink.writeFigures(batchId, pending);
      pending = [];
    }
  }
  if (rowCount === 0) problems.add({ line: null, column: null, reason: 'the file has a header but no rows' });
  checker.finish().forEach((problem) => problems.add(problem));
  if (!problems.isEmpty) return { problems: problems.problems, moreProblems: problems.more, rowCount, warnings: [], checks: [] };

  const findings = relations.evaluate(checker.items, sink.organisationParents);
  findings.problems.forEach((problem) => problems.add(problem));
  if (candidates.length > 0) {
    const stored = await sink.storedMoneyFigures([...new Set(candidates.map((candidate) => candidate.lineItemId))]);
    unitErrorsAgainstStore(candidates, stored).forEach((problem) => problems.add(problem));
  }
  if (!problems.isEmpty) return { problems: problems.problems, moreProblems: problems.more, rowCount, warnings: findings.warnings, checks: [] };

  await sink.writeFigures(batchId, pending);
  await sink.finishFigures();
  for (const definition of checker.items.values()) {
    if (definition.parentItem === '') continue;
    const organisationId = sink.organisationIds.get(definition.organisation)!;
    const parentId = itemIds.get(`${definition.organisation}\u0000${definition.parentItem}`) ?? (await sink.findLineItemId(organisationId, definition.parentItem));
    await sink.linkParent(itemIds.get(`${definition.organisation}\u0000${definition.name}`)!, parentId!);
  }
  await sink.writeChecks(
    batchId,
    findings.checks.map((check) => ({ lineItemId: itemIds.get(`${check.organisation}\u0000${check.item}`)!, check })),
  );
  return { problems: [], moreProblems: 0, rowCount, warnings: findings.warnings, checks: findings.checks };
}
