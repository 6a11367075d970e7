// A fresh, migrated, empty store for one test file: an SQLite file under the OS
// temp folder (default), or a new PostgreSQL database when
// UTFALL_TEST_DATABASE=postgresql (admin URL in UTFALL_TEST_POSTGRES_URL, as
// printed by scripts/start-postgres.sh). cleanup() disconnects and removes it.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient, type StoreConnection } from '../../src/adapters/prisma/prisma-client.js';
import { ensureStoreReady } from '../../src/app/services/ensure-store-ready.js';

export interface TestStore {
  readonly connection: StoreConnection;
  readonly databaseUrl: string;
  cleanup(): Promise<void>;
}

function uniqueSuffix(): string {
  return `${process.pid}_${randomBytes(4).toString('hex')}`;
}

async function withAdmin<T>(adminUrl: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

async function migrated(databaseUrl: string, dispose: () => Promise<void> | void, migrate = true): Promise<TestStore> {
  const connection = createPrismaClient(databaseUrl);
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    try {
      await connection.prisma.$disconnect();
    } finally {
      await dispose();
    }
  };
  try {
    if (migrate) await ensureStoreReady(connection, { loadSamples: false });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { connection, databaseUrl, cleanup };
}

async function createPostgresStore(migrate: boolean): Promise<TestStore> {
  const adminUrl = process.env.UTFALL_TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error('UTFALL_TEST_DATABASE=postgresql needs UTFALL_TEST_POSTGRES_URL (see scripts/start-postgres.sh)');
  const name = `utfall_test_${uniqueSuffix()}`;
  // The name is built from digits, hex and underscores only, so it needs no quoting.
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  return migrated(target.toString(), () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined), migrate);
}

async function createSqliteStore(migrate: boolean): Promise<TestStore> {
  const file = path.join(os.tmpdir(), `utfall-test-${uniqueSuffix()}.db`);
  return migrated(`file:${file}`, () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }, migrate);
}

/** A fresh, migrated (unless `migrate` is false: then without any table), empty database of the backend UTFALL_TEST_DATABASE names (sqlite by default). */
export async function createTestStore(options: { migrate?: boolean } = {}): Promise<TestStore> {
  const migrate = options.migrate ?? true;
  const backend = (process.env.UTFALL_TEST_DATABASE ?? 'sqlite').trim().toLowerCase();
  if (backend === 'postgresql' || backend === 'postgres') return createPostgresStore(migrate);
  if (backend === 'sqlite' || backend === '') return createSqliteStore(migrate);
  throw new Error(`UTFALL_TEST_DATABASE must be "sqlite" or "postgresql", not "${backend}"`);
}
