// The sample data of data/samples/ (four seed reports in four trees): loaded into a
// new store unless UTFALL_SAMPLE_DATA=false, removed whole with `samples remove`
// (its trees and everything that hangs on them, nothing else) and put back with
// `samples load`. Removing leaves a marker batch, so a store emptied that way is
// not filled with the samples again at the next start.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readImportFile } from '../../adapters/files/read-import-file.js';
import { importIntoStore } from '../../adapters/prisma/import-into-store.js';
import type { StoreConnection } from '../../adapters/prisma/prisma-client.js';
import { projectPath } from '../../platform/project-root.js';

export const SAMPLES_FOLDER = projectPath('data', 'samples');

/** Who the sample batches are recorded as imported by. */
export const SAMPLE_IMPORTER = 'utfall (sample data)';
/** The kind of the batch `samples remove` records. */
export const SAMPLES_REMOVED = 'samples-removed';

/** What loading the samples did. */
export interface SampleLoad {
  readonly reports: number;
  readonly figures: number;
  readonly notes: number;
}

/**
 * The tree of each sample report, by the start of its file name: the files name no
 * tree, and another customer's tree may have a Kommunstyrelsen too.
 */
const SAMPLE_TREES: Readonly<Record<string, string>> = {
  'it-forvaltningen': 'Staden',
  kommunstyrelsen: 'Alingsås kommun',
  lansteknik: 'Region Norrbotten',
  regionkontoret: 'Region Halland',
};

function treeOfSampleFile(name: string): string | null {
  const report = name.replace(/^notes-/, '').replace(/-\d{4}-\d{2}\.csv$/, '');
  return SAMPLE_TREES[report] ?? null;
}

/** Imports data/samples/ (organisations, then figures, then notes); files already imported change nothing. */
export async function loadSampleData(connection: StoreConnection): Promise<SampleLoad> {
  const rank = (name: string) => (name === 'organisations.csv' ? 0 : name.startsWith('notes-') ? 2 : 1);
  const files = readdirSync(SAMPLES_FOLDER).filter((name) => name.endsWith('.csv')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const counts = { organisations: 0, figures: 0, notes: 0, people: 0 };
  let reports = 0;
  for (const name of files) {
    const outcome = await importIntoStore(connection, await readImportFile(path.join(SAMPLES_FOLDER, name)), SAMPLE_IMPORTER, { tree: treeOfSampleFile(name) });
    counts[outcome.kind] += outcome.rowCount;
    if (outcome.kind === 'figures') reports += 1;
  }
  return { reports, figures: counts.figures, notes: counts.notes };
}

/** The names of the sample trees: the organisations without a parent in data/samples/organisations.csv. */
export function sampleTreeNames(): string[] {
  const [header, ...lines] = readFileSync(path.join(SAMPLES_FOLDER, 'organisations.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(';');
  return lines.map((line) => line.split(';')).filter((cells) => (cells[columns.indexOf('parent')] ?? '') === '').map((cells) => cells[columns.indexOf('organisation')]!);
}

/** Whether the samples were removed from this store (so a start does not load them again). */
export async function sampleDataRemoved(connection: StoreConnection): Promise<boolean> {
  return (await connection.prisma.importBatch.findFirst({ where: { kind: SAMPLES_REMOVED }, select: { id: true } })) !== null;
}

/** Records that this store is to stay without the sample data (a new store started with UTFALL_SAMPLE_DATA=false). */
export async function recordSamplesDeclined(connection: StoreConnection, by: string): Promise<void> {
  await connection.prisma.importBatch.create({ data: { fileName: 'samples declined', checksum: `${SAMPLES_REMOVED}-${new Date().toISOString()}`, kind: SAMPLES_REMOVED, rowCount: 0, importedBy: by } });
}

/** What `samples remove` removed. */
export interface SampleRemoval {
  readonly trees: readonly string[];
  readonly organisations: number;
  readonly figures: number;
  readonly people: readonly string[];
}

/**
 * Removes the sample trees (roots named as in data/samples/ and written by the sample
 * import, or by a store older than that record) with their sub-units, figures, checks,
 * notes, drafts, digests and the people registered there; other trees are untouched.
 */
export async function removeSampleData(connection: StoreConnection, removedBy: string): Promise<SampleRemoval> {
  const { prisma } = connection;
  return prisma.$transaction(
    async (tx) => {
      const roots = await tx.organisation.findMany({ where: { parentId: null, name: { in: sampleTreeNames() } }, include: { batch: true } });
      const sampleRoots = roots.filter((root) => root.batch === null || root.batch.importedBy === SAMPLE_IMPORTER);
      const treeIds = sampleRoots.map((root) => root.id);
      const organisations = await tx.organisation.findMany({ where: { treeId: { in: treeIds } }, select: { id: true, batchId: true } });
      const organisationIds = organisations.map((organisation) => organisation.id);
      const figures = await tx.figure.count({ where: { lineItem: { organisationId: { in: organisationIds } } } });
      // Batches that wrote into the trees: once emptied they are retired, so the same files import again.
      const batchIds = new Set<number>([
        ...organisations.flatMap((organisation) => (organisation.batchId === null ? [] : [organisation.batchId])),
        ...(await tx.figure.findMany({ where: { lineItem: { organisationId: { in: organisationIds } } }, distinct: ['batchId'], select: { batchId: true } })).map((row) => row.batchId),
        ...(await tx.note.findMany({ where: { organisationId: { in: organisationIds }, batchId: { not: null } }, distinct: ['batchId'], select: { batchId: true } })).map((row) => row.batchId!),
      ]);
      const people = await tx.person.findMany({ where: { homeOrganisationId: { in: organisationIds } }, select: { id: true, email: true } });
      await tx.person.deleteMany({ where: { id: { in: people.map((person) => person.id) } } });
      // Children first is not needed: parent links within the trees go with them (ON DELETE SET NULL), the rest cascades.
      await tx.organisation.deleteMany({ where: { id: { in: organisationIds } } });
      await tx.source.deleteMany({ where: { figures: { none: {} } } });
      const stamp = new Date().toISOString();
      const retire = await tx.importBatch.findMany({
        where: { OR: [{ importedBy: SAMPLE_IMPORTER, kind: { not: SAMPLES_REMOVED } }, { id: { in: [...batchIds] }, figures: { none: {} }, notes: { none: {} }, organisations: { none: {} } }] },
        select: { id: true, checksum: true },
      });
      for (const batch of retire) {
        if (!batch.checksum.includes('#removed-')) await tx.importBatch.update({ where: { id: batch.id }, data: { checksum: `${batch.checksum}#removed-${stamp}` } });
      }
      // A new batch, so every cache keyed on the store version sees the change.
      await tx.importBatch.create({ data: { fileName: 'samples remove', checksum: `${SAMPLES_REMOVED}-${stamp}`, kind: SAMPLES_REMOVED, rowCount: organisationIds.length, importedBy: removedBy } });
      return { trees: sampleRoots.map((root) => root.name), organisations: organisationIds.length, figures, people: people.map((person) => person.email) };
    },
    { timeout: 5 * 60_000, maxWait: 60_000 },
  );
}
