// Validates a notes file (docs/import-format.md): the causes of deviations in the
// report's own words, each tied to an organisation, a period and usually a line item.
import { z } from 'zod';
import { parsePeriod, periodTextSchema, type Period } from '../figures/period.js';
import { ProblemList, type ImportProblem } from './import-problem.js';
import type { RawRow, ResolveRowOrganisation } from './run-figure-import.js';

const noteRowSchema = z.object({
  organisation: z.string().trim().min(1, 'is empty: name the organisation'),
  period: periodTextSchema,
  item: z.string().trim().optional().default(''),
  note: z.string().trim().min(1, 'is empty: write the cause').max(4000, 'is longer than 4 000 characters: split it into several notes'),
  author: z.string().trim().min(1, 'is empty: say who wrote the note (a person or the report)'),
  source: z.string().trim().min(1, 'is empty: name the source document'),
  section: z.string().trim().optional().default(''),
});

/** A validated note row. */
export interface NoteRow {
  readonly line: number;
  readonly organisation: string;
  readonly period: Period;
  /** Empty when the note is about the organisation as a whole. */
  readonly item: string;
  readonly text: string;
  readonly author: string;
  readonly source: string;
  readonly section: string;
}

/**
 * Validates all rows against the organisations and line items (`organisation` → item
 * names) in the store; `resolveOrganisation` first resolves each row's organisation
 * within its tree to the name `itemsByOrganisation` knows it by.
 */
export function validateNoteRows(rows: readonly RawRow[], itemsByOrganisation: ReadonlyMap<string, ReadonlySet<string>>, resolveOrganisation?: ResolveRowOrganisation): { rows: NoteRow[]; problems: ImportProblem[]; moreProblems: number } {
  const problems = new ProblemList();
  const valid: NoteRow[] = [];
  const seen = new Map<string, number>();
  if (rows.length === 0) problems.add({ line: null, column: null, reason: 'the file has a header but no rows' });
  for (const { line, record } of rows) {
    const organisationProblem = resolveOrganisation?.(line, record) ?? null;
    if (organisationProblem) problems.add(organisationProblem);
    const parsed = noteRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const given = record[column];
        problems.add({ line, column, reason: given ? `"${given.slice(0, 60)}" ${issue.message}` : issue.message });
      }
      continue;
    }
    if (organisationProblem) continue;
    const row = parsed.data;
    const items = itemsByOrganisation.get(row.organisation);
    if (!items) {
      problems.add({ line, column: 'organisation', reason: `"${row.organisation}" is not a known organisation` });
      continue;
    }
    if (row.item !== '' && !items.has(row.item)) {
      problems.add({ line, column: 'item', reason: `"${row.item}" is not a line item of ${row.organisation} (import its figures first, or check the spelling)` });
      continue;
    }
    const key = [row.organisation, row.period, row.item, row.note].join('\u0000');
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.add({ line, column: 'note', reason: `the same note for the same organisation, period and item is already on line ${earlier}` });
    seen.set(key, line);
    valid.push({ line, organisation: row.organisation, period: parsePeriod(row.period), item: row.item, text: row.note, author: row.author, source: row.source, section: row.section });
  }
  return { rows: valid, problems: problems.problems, moreProblems: problems.more };
}
