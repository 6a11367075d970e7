// An older Utfall's store for migration tests: the migrations before the one named are
// applied and recorded in _prisma_migrations as Utfall recorded them then, so that
// applyMigrations later runs only the rest, as it would on a customer's store.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitStatements } from '../../src/adapters/prisma/apply-migrations.js';
import type { TestStore } from './test-store.js';

interface Migration {
  readonly name: string;
  readonly sql: string;
}

/** The migrations of `provider` in the order they apply. */
export function migrationsOf(provider: string): Migration[] {
  const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'migrations', provider);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(folder, name, 'migration.sql'), 'utf8') }));
}

/** Applies and records every migration of `store`'s provider before the one whose name ends with `suffix`. */
export async function migrateBefore(store: TestStore, suffix: string): Promise<void> {
  const { prisma, provider } = store.connection;
  const all = migrationsOf(provider);
  const at = all.findIndex((migration) => migration.name.endsWith(suffix));
  if (at < 0) throw new Error(`no ${provider} migration ends with ${suffix}`);
  await prisma.$executeRawUnsafe('CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMP, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMP, "started_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "applied_steps_count" INTEGER NOT NULL DEFAULT 0)');
  for (const migration of all.slice(0, at)) {
    for (const statement of splitStatements(migration.sql)) await prisma.$executeRawUnsafe(statement);
    await prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count") VALUES ('${randomUUID()}', '${createHash('sha256').update(migration.sql).digest('hex')}', '${migration.name}', CURRENT_TIMESTAMP, 1)`,
    );
  }
}
