// Loads the other municipalities' reports transcribed in test/fixtures/reports/
// into a store, as a new customer would import them: per report its
// organisations, then its figures, then its notes, each all or nothing.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readImportFile } from '../../adapters/files/read-import-file.js';
import { importIntoStore } from '../../adapters/prisma/import-into-store.js';
import type { StoreConnection } from '../../adapters/prisma/prisma-client.js';

const ORDER = ['organisations.csv', 'figures.csv', 'notes.csv'];

/** Imports every report folder under `directory`; returns the folders imported. Throws on a rejected file. */
export async function importReportFixtures(connection: StoreConnection, directory: string): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const folders = readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const folder of folders) {
    for (const file of ORDER) {
      const full = path.join(directory, folder, file);
      if (existsSync(full)) await importIntoStore(connection, await readImportFile(full), 'eval');
    }
  }
  return folders;
}
