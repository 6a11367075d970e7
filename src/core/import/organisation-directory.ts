// The organisations in the store, tree by tree, as an import sees them. Names are
// unique within a tree only (two municipalities may both have a Kommunstyrelsen),
// so an import row's organisation is resolved within the tree the row names, and
// a name found in several trees without one named is an error, never a guess.
import { itemKey } from '../figures/item-key.js';
import type { ImportProblem } from './import-problem.js';
import type { ResolveRowOrganisation } from './run-figure-import.js';

/** An organisation as the import needs it: its tree is its root's id. */
export interface DirectoryOrganisation {
  readonly id: number;
  readonly name: string;
  readonly treeId: number;
  readonly parentId: number | null;
  readonly aliases: readonly string[];
}

/** Looks organisations up by tree and name; labels them uniquely for messages and keys. */
export class OrganisationDirectory<T extends DirectoryOrganisation = DirectoryOrganisation> {
  private readonly byId = new Map<number, T>();
  private readonly byName = new Map<string, T[]>();

  constructor(readonly organisations: readonly T[]) {
    for (const organisation of organisations) {
      this.byId.set(organisation.id, organisation);
      this.byName.set(organisation.name, [...(this.byName.get(organisation.name) ?? []), organisation]);
    }
  }

  get(id: number): T | undefined {
    return this.byId.get(id);
  }

  /** The roots: one per tree. */
  roots(): T[] {
    return this.organisations.filter((organisation) => organisation.parentId === null);
  }

  /** The tree's name: its root's name. */
  treeName(treeId: number): string {
    return this.byId.get(treeId)?.name ?? `tree ${treeId}`;
  }

  /** The tree whose root is named `text` (or has it as an alias), ignoring case and diacritics. */
  findTree(text: string): number | undefined {
    const wanted = itemKey(text);
    const root = this.roots().find((candidate) => itemKey(candidate.name) === wanted || candidate.aliases.some((alias) => itemKey(alias) === wanted));
    return root?.id;
  }

  /** The organisation named exactly `name` in tree `treeId`. */
  inTree(treeId: number, name: string): T | undefined {
    return (this.byName.get(name) ?? []).find((organisation) => organisation.treeId === treeId);
  }

  /** Every organisation named exactly `name`, in any tree. */
  named(name: string): readonly T[] {
    return this.byName.get(name) ?? [];
  }

  /** A name unique in the whole store: the name itself, or "name (tree)" where several trees have it. */
  label(organisation: DirectoryOrganisation): string {
    return this.named(organisation.name).length > 1 ? `${organisation.name} (${this.treeName(organisation.treeId)})` : organisation.name;
  }
}

/** What a row's tree and organisation cells resolved to: the organisation, or why not. */
export type ResolvedOrganisation = { readonly organisation: DirectoryOrganisation } | { readonly problem: ImportProblem };

/**
 * Resolves rows' organisations within their trees. The tree is the row's `tree`
 * cell, or the nearest one above it (a file names its tree once, on its first
 * row), or `defaultTree` (`import --tree`); without any, a name must be unique in
 * the store.
 */
export function createRowResolver(directory: OrganisationDirectory, defaultTree: string | null) {
  let treeAbove: string | null = null;
  return {
    /** The tree the row names (or inherits), or null. */
    treeOf(record: Record<string, string | undefined>): string | null {
      const written = record.tree?.trim() ?? '';
      if (written !== '') treeAbove = written;
      return treeAbove ?? defaultTree;
    },
    resolve(line: number, record: Record<string, string | undefined>): ResolvedOrganisation | null {
      let tree = this.treeOf(record);
      let name = record.organisation?.trim() ?? '';
      if (name === '') return null;
      // "Kommunstyrelsen (Alingsås kommun)", as Utfall writes a name several trees have.
      const qualified = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
      if (qualified && directory.named(name).length === 0 && directory.findTree(qualified[2]!) !== undefined) [name, tree] = [qualified[1]!, qualified[2]!];
      if (tree !== null) {
        const treeId = directory.findTree(tree);
        if (treeId === undefined) return { problem: { line, column: 'tree', reason: `"${tree}" is not a tree in the store: a tree is named by its top organisation (${describeTrees(directory)}); import its organisations first` } };
        const organisation = directory.inTree(treeId, name);
        if (!organisation) return { problem: { line, column: 'organisation', reason: `"${name}" is not an organisation of ${directory.treeName(treeId)} (import it in an organisations file first, or check the spelling)` } };
        return { organisation };
      }
      const candidates = directory.named(name);
      if (candidates.length === 1) return { organisation: candidates[0]! };
      if (candidates.length === 0) return { problem: { line, column: 'organisation', reason: `"${name}" is not a known organisation (import it in an organisations file first, or check the spelling)` } };
      const trees = candidates.map((candidate) => directory.treeName(candidate.treeId)).join(', ');
      return { problem: { line, column: 'organisation', reason: `"${name}" is in several trees (${trees}): name the tree in a column tree, or with import --tree` } };
    },
  };
}

function describeTrees(directory: OrganisationDirectory): string {
  const names = directory.roots().map((root) => root.name);
  return names.length === 0 ? 'the store has none yet' : `the store has ${names.join(', ')}`;
}

/**
 * A row resolver for the figure and note imports: each row's organisation is replaced
 * by its label in `directory` (the name the import keys organisations by).
 */
export function resolveRowsWithin(directory: OrganisationDirectory, defaultTree: string | null): ResolveRowOrganisation {
  const resolver = createRowResolver(directory, defaultTree);
  return (line, record) => {
    const result = resolver.resolve(line, record);
    if (result === null) return null;
    if ('problem' in result) return result.problem;
    record.organisation = directory.label(result.organisation);
    return null;
  };
}
