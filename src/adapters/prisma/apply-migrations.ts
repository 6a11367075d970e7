// Applies the committed migrations in prisma/migrations/<provider>/ at start-up,
// so that `npm ci` followed by any CLI command works on an empty database.
//
// It keeps Prisma's own bookkeeping table (_prisma_migrations, same columns and
// the same sha256 checksum of migration.sql), so `npm run db:deploy`
// (`prisma migrate deploy`) and `prisma migrate status` agree with it. Running the
// Prisma CLI from the app instead would need the dev-only `prisma` package at run
// time and costs seconds per database.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../platform/project-root.js';
import type { StoreConnection } from './prisma-client.js';
import { placeholder } from './sql-placeholders.js';

const migrationsRoot = projectPath('prisma', 'migrations');

const BOOKKEEPING_TABLE = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
} as const;

/** A migration folder found on disk. */
interface MigrationFile {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

function listMigrations(provider: StoreConnection['provider']): MigrationFile[] {
  const folder = path.join(migrationsRoot, provider);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// Prisma's generated DDL has one statement per `;` at a line end and no bodies
// (no functions or triggers), and the SQLite driver runs one statement per call.
/** The statements of a migration file, in order. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}

/** Applies every migration not yet recorded; returns the names applied (empty when up to date). */
export async function applyMigrations(connection: StoreConnection): Promise<string[]> {
  const { prisma, provider } = connection;
  await prisma.$executeRawUnsafe(BOOKKEEPING_TABLE[provider]);
  const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  const pending = listMigrations(provider).filter((migration) => !applied.has(migration.name));
  // SQLite: Prisma's table rebuilds (create new_X, copy, DROP X, rename) turn foreign keys
  // off around them, but that PRAGMA does nothing inside a transaction, and dropping a
  // table others reference ON DELETE CASCADE deleted their rows (every figure and note
  // when LineItem was rebuilt). So they are off for the whole run, on the one connection
  // the SQLite adapter has, and each migration is checked before it commits.
  const sqlite = provider === 'sqlite' && pending.length > 0;
  if (sqlite) await prisma.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
  try {
    for (const migration of pending) await applyMigration(connection, migration);
  } finally {
    if (sqlite) await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  }
  return pending.map((migration) => migration.name);
}

/** Applies one migration and records it, in one transaction. */
async function applyMigration(connection: StoreConnection, migration: MigrationFile): Promise<void> {
  const { prisma, provider } = connection;
  const statements = splitStatements(migration.sql);
  await prisma.$transaction(async (tx) => {
    for (const statement of statements) await tx.$executeRawUnsafe(statement);
    if (provider === 'sqlite') {
      const broken = await tx.$queryRawUnsafe<{ table: string; parent: string }[]>('PRAGMA foreign_key_check');
      if (broken.length > 0) throw new Error(`migration ${migration.name} would leave ${broken.length} row(s) pointing at missing rows (first: ${broken[0]!.table} → ${broken[0]!.parent}); nothing of it was applied`);
    }
    await tx.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count") VALUES (${[1, 2, 3].map((n) => placeholder(provider, n)).join(', ')}, CURRENT_TIMESTAMP, 1)`,
      randomUUID(),
      migration.checksum,
      migration.name,
    );
  }, { timeout: 60_000 });
}
