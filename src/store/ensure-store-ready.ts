// Makes a database usable on first use: migrations applied and, when it has no
// organisations yet (and the samples were not removed from it), the sample data
// from data/samples loaded, unless the caller says not to (UTFALL_SAMPLE_DATA=false).
import { applyMigrations } from './apply-migrations.js';
import type { StoreConnection } from './prisma-client.js';
import { loadSampleData, sampleDataRemoved } from './sample-data.js';

export { SAMPLES_FOLDER } from './sample-data.js';

/** Migrates and seeds; returns a one-line message when it did something, else null. */
export async function ensureStoreReady(connection: StoreConnection, options: { loadSamples: boolean } = { loadSamples: true }): Promise<string | null> {
  // WAL lets chat questions read while an import writes; the mode is stored in the file.
  if (connection.provider === 'sqlite') await connection.prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  const applied = await applyMigrations(connection);
  const migrated = applied.length > 0 ? `Utfall: applied ${applied.length} migration(s) to the database.` : null;
  if (!options.loadSamples || (await connection.prisma.organisation.count()) > 0 || (await sampleDataRemoved(connection))) return migrated;
  const loaded = await loadSampleData(connection);
  return `Utfall: new database migrated and loaded with the sample data (${loaded.reports} reports, ${loaded.figures} figures, ${loaded.notes} notes; UTFALL_SAMPLE_DATA=false starts without it, \`samples remove\` takes it out).`;
}
