// What is wrong with an import file, row by row. An import with any problem is
// rejected whole; every problem is reported, not just the first.

/** One problem: where (the workbook's sheet, line as a spreadsheet shows it, column name) and why. */
export interface ImportProblem {
  /** The sheet of a workbook; absent or null for a CSV file. */
  readonly sheet?: string | null;
  readonly line: number | null;
  readonly column: string | null;
  readonly reason: string;
}

/** Formats a problem as `sheet utfall, line 12, column value: …` for people (`file.csv, line 12, …` with `fileName`). */
export function describeProblem(problem: ImportProblem, fileName?: string): string {
  const where = [fileName ?? null, problem.sheet ? `sheet ${problem.sheet}` : null, problem.line === null ? null : `line ${problem.line}`, problem.column === null ? null : `column ${problem.column}`]
    .filter((part) => part !== null)
    .join(', ');
  return where ? `${where}: ${problem.reason}` : problem.reason;
}

/** Thrown when a file is rejected; carries every problem found. Nothing was written. */
export class ImportRejectedError extends Error {
  readonly code = 'import_rejected';
  constructor(
    readonly fileName: string,
    readonly problems: readonly ImportProblem[],
    /** Problems beyond those listed (the list is capped to keep output readable). */
    readonly moreProblems = 0,
  ) {
    super(`${fileName} was rejected: ${problems.length + moreProblems} problem(s); nothing was imported`);
    this.name = 'ImportRejectedError';
  }
}

/** Collects problems up to a cap, counting the rest. */
export class ProblemList {
  readonly problems: ImportProblem[] = [];
  more = 0;
  constructor(private readonly cap = 200) {}

  add(problem: ImportProblem): void {
    if (this.problems.length < this.cap) this.problems.push(problem);
    else this.more += 1;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0 && this.more === 0;
  }
}
