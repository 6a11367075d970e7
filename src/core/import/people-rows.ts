// Validates a people sheet of an import workbook (the columns of `user import`):
// who may use Utfall, their role and home organisation, resolved within its tree.
import { z } from 'zod';
import { roleSchema, type Role } from '../access/person.js';
import { ProblemList, type ImportProblem } from './import-problem.js';
import type { RawRow, ResolveRowOrganisation } from './run-figure-import.js';

const personRowSchema = z.object({
  email: z.email('is not an email address'),
  name: z.string().trim().min(1, 'is empty: name the person'),
  role: z.string().trim().pipe(roleSchema),
  organisation: z.string().trim().min(1, 'is empty: name their home organisation'),
  slack: z.string().trim().optional().default(''),
  teams: z.string().trim().optional().default(''),
});

/** A validated person row; `organisation` is the label the import knows the organisation by. */
export interface PersonRow {
  readonly line: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation: string;
  readonly slack: string;
  readonly teams: string;
}

/** Validates all rows; each row's organisation is resolved within its tree first. */
export function validatePeopleRows(rows: readonly RawRow[], resolveOrganisation: ResolveRowOrganisation): { rows: PersonRow[]; problems: ImportProblem[]; moreProblems: number } {
  const problems = new ProblemList();
  const valid: PersonRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, record } of rows) {
    const organisationProblem = resolveOrganisation(line, record);
    if (organisationProblem) problems.add(organisationProblem);
    const parsed = personRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        problems.add({ line, column, reason: `"${record[column] ?? ''}": ${issue.message}` });
      }
      continue;
    }
    if (organisationProblem) continue;
    const email = parsed.data.email.toLowerCase();
    const earlier = seen.get(email);
    if (earlier !== undefined) problems.add({ line, column: 'email', reason: `${email} is already on line ${earlier}` });
    seen.set(email, line);
    valid.push({ line, ...parsed.data, email });
  }
  return { rows: valid, problems: problems.problems, moreProblems: problems.more };
}
