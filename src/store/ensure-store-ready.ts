// Makes a database usable on first use: migrations applied and, when it has no
// organisations yet, the sample data from data/samples loaded.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImportFile } from '../import/read-import-file.js';
import { applyMigrations } from './apply-migrations.js';
import { importIntoStore } from './import-into-store.js';
import type { StoreConnection } from './prisma-client.js';

export const SAMPLES_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'samples');

/** Migrates and seeds; returns a one-line message when it did something, else null. */
export async function ensureStoreReady(connection: StoreConnection, options: { loadSamples: boolean } = { loadSamples: true }): Promise<string | null> {
  // WAL lets chat questions read while an import writes; the mode is stored in the file.
  if (connection.provider === 'sqlite') await connection.prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  const applied = await applyMigrations(connection);
  if (!options.loadSamples || (await connection.prisma.organisation.count()) > 0) {
    return applied.length > 0 ? `Utfall: applied ${applied.length} migration(s) to the database.` : null;
  }
  const files = readdirSync(SAMPLES_FOLDER).filter((name) => name.endsWith('.csv')).sort((a, b) => Number(b === 'organisations.csv') - Number(a === 'organisations.csv') || a.localeCompare(b));
  let figures = 0;
  for (const name of files) {
    const outcome = await importIntoStore(connection, await readImportFile(path.join(SAMPLES_FOLDER, name)), 'utfall (sample data)');
    if (outcome.kind === 'figures') figures += outcome.rowCount;
  }
  return `Utfall: new database migrated and loaded with the sample data (${files.length - 1} reports, ${figures} figures).`;
}
