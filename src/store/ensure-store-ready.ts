// Makes a database usable on first use: migrations applied and, when it has no
// organisations yet, the sample data from data/samples loaded.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../project-root.js';
import { readImportFile } from '../import/read-import-file.js';
import { applyMigrations } from './apply-migrations.js';
import { importIntoStore } from './import-into-store.js';
import type { StoreConnection } from './prisma-client.js';

export const SAMPLES_FOLDER = projectPath('data', 'samples');

/** Migrates and seeds; returns a one-line message when it did something, else null. */
export async function ensureStoreReady(connection: StoreConnection, options: { loadSamples: boolean } = { loadSamples: true }): Promise<string | null> {
  // WAL lets chat questions read while an import writes; the mode is stored in the file.
  if (connection.provider === 'sqlite') await connection.prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  const applied = await applyMigrations(connection);
  if (!options.loadSamples || (await connection.prisma.organisation.count()) > 0) {
    return applied.length > 0 ? `Utfall: applied ${applied.length} migration(s) to the database.` : null;
  }
  // Organisations first, then figures, then the notes that refer to their line items.
  const rank = (name: string) => (name === 'organisations.csv' ? 0 : name.startsWith('notes-') ? 2 : 1);
  const files = readdirSync(SAMPLES_FOLDER).filter((name) => name.endsWith('.csv')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const counts = { organisations: 0, figures: 0, notes: 0 };
  let reports = 0;
  for (const name of files) {
    const outcome = await importIntoStore(connection, await readImportFile(path.join(SAMPLES_FOLDER, name)), 'utfall (sample data)');
    counts[outcome.kind] += outcome.rowCount;
    if (outcome.kind === 'figures') reports += 1;
  }
  return `Utfall: new database migrated and loaded with the sample data (${reports} reports, ${counts.figures} figures, ${counts.notes} notes).`;
}
