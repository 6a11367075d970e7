// Validates an organisations file (docs/import-format.md) against the trees in the
// store and plans what it writes. Each row belongs to one tree: the one its `tree`
// cell names (or the row above, or `import --tree`), else its parent's, and a row
// without a parent starts a tree of its own. A row never changes another tree,
// never moves an organisation to another parent unless it says `move`, and never
// takes an alias another organisation of its tree has.
import { z } from 'zod';
import { organisationKindSchema, type OrganisationKind } from '../figures/vocabulary.js';
import { itemKey } from '../figures/item-key.js';
import { ProblemList, type ImportProblem } from './import-problem.js';
import { createRowResolver, type OrganisationDirectory } from './organisation-directory.js';
import { writtenMoneyUnit } from '../numbers/written-units.js';
import type { RawRow } from './run-figure-import.js';

const MOVE_WORDS = ['move', 'flytta', 'ja', 'yes', 'x'];

const organisationRowSchema = z.object({
  organisation: z.string().trim().min(1, 'is empty: name the organisation'),
  parent: z.string().trim().optional().default(''),
  kind: z.string().trim().pipe(organisationKindSchema),
  aliases: z.string().optional().default(''),
  unit: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((unit) => unit === '' || writtenMoneyUnit(unit) === 'tkr' || writtenMoneyUnit(unit) === 'mnkr', 'is not a report unit: use tkr or mnkr (or mkr, Mkr, MSEK, TSEK)'),
  move: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((move) => move === '' || MOVE_WORDS.includes(move.toLowerCase()), `is not understood: write move (or leave it empty)`),
});

/** A validated organisation row and what it does: creates, or updates `existingId`. */
export interface OrganisationRow {
  readonly line: number;
  readonly name: string;
  /** The tree's name: its root's. */
  readonly tree: string;
  /** The stored tree's root id, or null for a tree this file starts. */
  readonly treeId: number | null;
  readonly parent: string;
  readonly kind: OrganisationKind;
  readonly aliases: readonly string[];
  readonly unit: 'tkr' | 'mnkr' | null;
  /** The stored organisation this row updates, or null when it is new. */
  readonly existingId: number | null;
  /** True when the row moves a stored organisation to another parent (said with `move`). */
  readonly moves: boolean;
}

interface PlannedNode {
  readonly tree: string;
  readonly line: number;
}

/** Validates all rows against the stored trees; `defaultTree` is `import --tree`. */
export function validateOrganisationRows(
  rows: readonly RawRow[],
  directory: OrganisationDirectory,
  defaultTree: string | null = null,
): { rows: OrganisationRow[]; problems: ImportProblem[]; moreProblems: number } {
  const problems = new ProblemList();
  const valid: OrganisationRow[] = [];
  const resolver = createRowResolver(directory, defaultTree);
  // Organisations of this file by tree and name, and the aliases each tree ends up with.
  const planned = new Map<string, PlannedNode>();
  const aliasOwners = new Map<string, { owner: string; line: number | null }>();
  const treeKey = (tree: string, name: string) => `${itemKey(tree)}\u0000${name}`;
  const aliasKey = (tree: string, alias: string) => `${itemKey(tree)}\u0000${alias.toLowerCase()}`;
  const rewritten = new Set(rows.map(({ record }) => record.organisation?.trim() ?? ''));
  for (const organisation of directory.organisations) {
    for (const alias of organisation.aliases) aliasOwners.set(aliasKey(directory.treeName(organisation.treeId), alias), { owner: organisation.name, line: null });
  }
  if (rows.length === 0) problems.add({ line: null, column: null, reason: 'the file has a header but no rows' });
  for (const { line, record } of rows) {
    const namedTree = resolver.treeOf(record);
    const parsed = organisationRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        problems.add({ line, column, reason: `"${record[column] ?? ''}": ${issue.message}` });
      }
      continue;
    }
    const row = parsed.data;
    const tree = treeOfRow(row.organisation, row.parent, namedTree, directory, planned, treeKey);
    if ('problem' in tree) {
      problems.add({ line, ...tree.problem });
      continue;
    }
    const key = treeKey(tree.name, row.organisation);
    const earlier = planned.get(key);
    if (earlier !== undefined) problems.add({ line, column: 'organisation', reason: `duplicate: "${row.organisation}" of ${tree.name} is already on line ${earlier.line}` });
    const stored = tree.id === null ? undefined : directory.inTree(tree.id, row.organisation);
    const storedParent = stored?.parentId == null ? '' : (directory.get(stored.parentId)?.name ?? '');
    const moves = stored !== undefined && storedParent !== row.parent;
    if (moves && row.move === '') {
      problems.add({
        line,
        column: 'parent',
        reason: `would move ${row.organisation} of ${tree.name} from ${storedParent === '' ? 'the top' : `under ${storedParent}`} to ${row.parent === '' ? 'the top' : `under ${row.parent}`}, with its figures and sub-units: write move in column move if that is meant`,
      });
    }
    if (moves && row.parent === '') problems.add({ line, column: 'parent', reason: `is empty: ${row.organisation} cannot become the top of ${tree.name}, whose top is ${tree.name}` });
    planned.set(key, { tree: tree.name, line });
    const aliases = [...new Set(row.aliases.split('|').map((alias) => alias.trim()).filter((alias) => alias !== '' && alias !== row.organisation))];
    for (const alias of aliases) {
      const owner = aliasOwners.get(aliasKey(tree.name, alias));
      // An alias the store gives to an organisation this file redefines is that row's to keep or drop.
      if (owner !== undefined && owner.owner !== row.organisation && !(owner.line === null && rewritten.has(owner.owner))) {
        problems.add({ line, column: 'aliases', reason: `"${alias}" is already an alias of ${owner.owner} in ${tree.name}${owner.line === null ? '' : ` (line ${owner.line})`}: an alias names one organisation of a tree` });
        continue;
      }
      const sameName = tree.id === null ? undefined : directory.inTree(tree.id, alias);
      if ((sameName && sameName.name !== row.organisation) || planned.has(treeKey(tree.name, alias))) {
        problems.add({ line, column: 'aliases', reason: `"${alias}" is the name of another organisation of ${tree.name}` });
        continue;
      }
      aliasOwners.set(aliasKey(tree.name, alias), { owner: row.organisation, line });
    }
    const unit = row.unit === '' ? null : (writtenMoneyUnit(row.unit) as 'tkr' | 'mnkr');
    valid.push({ line, name: row.organisation, tree: tree.name, treeId: tree.id, parent: row.parent, kind: row.kind, aliases, unit, existingId: stored?.id ?? null, moves });
  }
  return { rows: valid, problems: problems.problems, moreProblems: problems.more };
}

/** The tree a row belongs to, or why it has none. */
function treeOfRow(
  name: string,
  parent: string,
  namedTree: string | null,
  directory: OrganisationDirectory,
  planned: ReadonlyMap<string, PlannedNode>,
  treeKey: (tree: string, name: string) => string,
): { name: string; id: number | null } | { problem: Omit<ImportProblem, 'line'> } {
  if (namedTree !== null) {
    const id = directory.findTree(namedTree) ?? null;
    const treeName = id === null ? namedTree : directory.treeName(id);
    if (parent === '' && itemKey(name) !== itemKey(treeName)) {
      return { problem: { column: 'parent', reason: `is empty, but ${name} is not the top of ${treeName}: name its parent` } };
    }
    if (parent !== '' && id === null && !planned.has(treeKey(treeName, parent))) {
      return { problem: { column: 'tree', reason: `"${namedTree}" is not a tree in the store or above this line: start it with a row for ${namedTree} without a parent` } };
    }
    if (parent !== '' && !planned.has(treeKey(treeName, parent)) && (id === null || !directory.inTree(id, parent))) {
      return { problem: { column: 'parent', reason: `"${parent}" is not defined above this line or in ${treeName}` } };
    }
    return { name: treeName, id };
  }
  if (parent === '') {
    const id = directory.findTree(name) ?? null;
    return { name: id === null ? name : directory.treeName(id), id };
  }
  // The parent's tree: defined above in this file (the latest definition), else in the store.
  const above = [...planned.entries()].reverse().find(([key]) => key.endsWith(`\u0000${parent}`));
  if (above) {
    const id = directory.findTree(above[1].tree) ?? null;
    return { name: above[1].tree, id };
  }
  const stored = directory.named(parent);
  if (stored.length === 1) return { name: directory.treeName(stored[0]!.treeId), id: stored[0]!.treeId };
  if (stored.length === 0) return { problem: { column: 'parent', reason: `"${parent}" is not defined above this line or in the store` } };
  const trees = stored.map((organisation) => directory.treeName(organisation.treeId)).join(', ');
  return { problem: { column: 'parent', reason: `"${parent}" is in several trees (${trees}): name the tree in a column tree, or with import --tree` } };
}
