// Runs a figures import: validates every row, writes while the file is clean,
// and reports every problem. The caller runs it inside one transaction and rolls
// back when problems are returned, so a rejected file changes nothing.
import { parseFigureRow, type FigureRow } from './figure-row-schema.js';
import { FigureImportChecker } from './figure-import-checker.js';
import type { FigureImportSink, PreparedFigure } from './figure-import-sink.js';
import { ProblemList, type ImportProblem } from './import-problem.js';

/** A raw row with the line number a spreadsheet would show. */
export interface RawRow {
  readonly line: number;
  readonly record: Record<string, string | undefined>;
}

const FLUSH_SIZE = 500;

/** Imports figure rows through `sink`; returns the problems (empty when all is well) and the count. */
export async function runFigureImport(
  rows: AsyncIterable<RawRow> | Iterable<RawRow>,
  sink: FigureImportSink,
  batchId: number,
): Promise<{ problems: ImportProblem[]; moreProblems: number; rowCount: number }> {
  const problems = new ProblemList();
  const checker = new FigureImportChecker(new Set(sink.organisationIds.keys()), sink.existingItems);
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
    return { lineItemId, row, sourceId: await sink.sourceId(row.source) };
  };

  for await (const raw of rows) {
    rowCount += 1;
    const parsed = parseFigureRow(raw.line, raw.record);
    if ('problems' in parsed) {
      parsed.problems.forEach((problem) => problems.add(problem));
      continue;
    }
    const rowProblems = checker.check(parsed.row);
    rowProblems.forEach((problem) => problems.add(problem));
    // Once the file is known to be bad nothing more is written; validation goes on
    // so that every problem is reported in one run.
    if (!problems.isEmpty) continue;
    pending.push(await prepare(parsed.row));
    if (pending.length >= FLUSH_SIZE) {
      await sink.writeFigures(batchId, pending);
      pending = [];
    }
  }
  if (rowCount === 0) problems.add({ line: null, column: null, reason: 'the file has a header but no rows' });
  checker.finish().forEach((problem) => problems.add(problem));
  if (problems.isEmpty) {
    await sink.writeFigures(batchId, pending);
    await sink.finishFigures();
    for (const definition of checker.items.values()) {
      if (definition.parentItem === '') continue;
      const organisationId = sink.organisationIds.get(definition.organisation)!;
      const parentId = itemIds.get(`${definition.organisation}\u0000${definition.parentItem}`) ?? (await sink.findLineItemId(organisationId, definition.parentItem));
      await sink.linkParent(itemIds.get(`${definition.organisation}\u0000${definition.name}`)!, parentId!);
    }
  }
  return { problems: problems.problems, moreProblems: problems.more, rowCount };
}
