// Makes a database usable on first use: migrations applied and, when it has no
// organisations yet (and the samples were not removed from it), the sample data
// from data/samples loaded, unless the caller says not to (UTFALL_SAMPLE_DATA=false).
import { applyMigrations } from '../../adapters/prisma/apply-migrations.js';
import type { StoreConnection } from '../../adapters/prisma/prisma-client.js';
import { loadSampleData, recordSamplesDeclined, sampleDataRemoved } from './sample-data.js';

export { SAMPLES_FOLDER } from './sample-data.js';

/** How a store is made ready. */
export interface StoreReadyOptions {
  /** Load the sample data into a store without organisations. */
  readonly loadSamples: boolean;
  /**
   * Remember that this store was started without the sample data (UTFALL_SAMPLE_DATA=false),
   * so that a later command without the variable does not fill it: the operator's start,
   * not a test's scratch store.
   */
  readonly rememberDeclined?: boolean;
}

/** Migrates and seeds; returns a one-line message when it did something, else null. */
export async function ensureStoreReady(connection: StoreConnection, options: StoreReadyOptions = { loadSamples: true }): Promise<string | null> {
  // WAL lets chat questions read while an import writes; the mode is stored in the file.
  if (connection.provider === 'sqlite') await connection.prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  const applied = await applyMigrations(connection);
  const migrated = applied.length > 0 ? `Utfall: applied ${applied.length} migration(s) to the database.` : null;
  if ((await connection.prisma.organisation.count()) > 0 || (await sampleDataRemoved(connection))) return migrated;
  if (!options.loadSamples) {
    if (!options.rememberDeclined) return migrated;
    await recordSamplesDeclined(connection, 'UTFALL_SAMPLE_DATA=false');
    return 'Utfall: new database, empty (no sample data). Start with `npm run -s cli -- template rapport.xlsx` (docs/import-format.md).';
  }
  const loaded = await loadSampleData(connection);
  return `Utfall: new database migrated and loaded with the sample data (${loaded.reports} reports, ${loaded.figures} figures, ${loaded.notes} notes; UTFALL_SAMPLE_DATA=false starts without it, \`samples remove\` takes it out).`;
}
