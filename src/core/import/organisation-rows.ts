// Validates an organisations file (docs/import-format.md): every row on its own,
// then parents, which may be defined earlier in the file or already be stored.
import { z } from 'zod';
import { organisationKindSchema, type OrganisationKind } from '../figures/vocabulary.js';
import { ProblemList, type ImportProblem } from './import-problem.js';
import type { RawRow } from './run-figure-import.js';

const organisationRowSchema = z.object({
  organisation: z.string().trim().min(1, 'is empty: name the organisation'),
  parent: z.string().trim().optional().default(''),
  kind: z.string().trim().pipe(organisationKindSchema),
  aliases: z.string().optional().default(''),
  unit: z.union([z.literal(''), z.enum(['tkr', 'mnkr'])]).optional().default(''),
});

/** A validated organisation row. */
export interface OrganisationRow {
  readonly line: number;
  readonly name: string;
  readonly parent: string;
  readonly kind: OrganisationKind;
  readonly aliases: readonly string[];
  readonly unit: 'tkr' | 'mnkr' | null;
}

/** Validates all rows; `existing` holds names already in the store. */
export function validateOrganisationRows(
  rows: readonly RawRow[],
  existing: ReadonlySet<string>,
): { rows: OrganisationRow[]; problems: ImportProblem[]; moreProblems: number } {
  const problems = new ProblemList();
  const valid: OrganisationRow[] = [];
  const seen = new Map<string, number>();
  const aliasOwners = new Map<string, string>();
  if (rows.length === 0) problems.add({ line: null, column: null, reason: 'the file has a header but no rows' });
  for (const { line, record } of rows) {
    const parsed = organisationRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        problems.add({ line, column, reason: `"${record[column] ?? ''}": ${issue.message}` });
      }
      continue;
    }
    const row = parsed.data;
    const earlier = seen.get(row.organisation);
    if (earlier !== undefined) problems.add({ line, column: 'organisation', reason: `duplicate: "${row.organisation}" is already on line ${earlier}` });
    seen.set(row.organisation, line);
    if (row.parent !== '' && !seen.has(row.parent) && !existing.has(row.parent)) {
      problems.add({ line, column: 'parent', reason: `"${row.parent}" is not defined above this line or in the store` });
    }
    const aliases = row.aliases.split('|').map((alias) => alias.trim()).filter((alias) => alias !== '');
    for (const alias of aliases) {
      const owner = aliasOwners.get(alias.toLowerCase());
      if (owner !== undefined && owner !== row.organisation) problems.add({ line, column: 'aliases', reason: `"${alias}" is already an alias of ${owner}` });
      aliasOwners.set(alias.toLowerCase(), row.organisation);
    }
    valid.push({ line, name: row.organisation, parent: row.parent, kind: row.kind, aliases, unit: row.unit === '' ? null : row.unit });
  }
  return { rows: valid, problems: problems.problems, moreProblems: problems.more };
}
