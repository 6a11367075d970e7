// Builds a Prisma client for the configured database through a driver adapter.
//
// Prisma generates one client per provider (the provider is fixed in a schema
// file), but both come from the same datamodel, so their model APIs are the same.
// The store code is written against the SQLite client's type and the PostgreSQL
// client is used through that type: see docs/decisions/0001-prisma-6-with-driver-adapters.md.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.js';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.js';
import { providerOf, sqliteFilePath, type DatabaseProvider } from './database-url.js';
import { postgresDirectReads, sqliteDirectReads, type DirectReads } from './direct-reads.js';

export type PrismaStoreClient = SqliteClient;

/** A connected client together with the provider it speaks to. */
export interface StoreConnection {
  readonly prisma: PrismaStoreClient;
  readonly provider: DatabaseProvider;
  /** The URL it was opened with, for work that needs the raw driver (see sql-session.ts). */
  readonly databaseUrl: string;
}

/** How a connection waits for the store. */
export interface ConnectionOptions {
  /**
   * SQLite: how long a write waits for another writer (an import holds the write lock
   * for its whole transaction) before it fails with SQLITE_BUSY. The driver waits in the
   * calling thread, so a server keeps this short. Readers never wait (WAL).
   */
  readonly busyTimeoutMs?: number;
}

/** The driver reads of each client createPrismaClient made (see direct-reads.ts). */
const directReads = new WeakMap<PrismaStoreClient, { provider: DatabaseProvider; reads: DirectReads }>();

/** The driver reads that go with `prisma`, or null where there are none (an in-memory SQLite database). */
export function directReadsOf(prisma: PrismaStoreClient): { provider: DatabaseProvider; reads: DirectReads } | null {
  return directReads.get(prisma) ?? null;
}

/** Registers `reads` for `client` and closes them when the client disconnects. */
function withDirectReads(client: PrismaStoreClient, provider: DatabaseProvider, reads: DirectReads): PrismaStoreClient {
  directReads.set(client, { provider, reads });
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    try {
      await disconnect();
    } finally {
      await reads.close();
    }
  };
  return client;
}

/** Opens a client for `databaseUrl`; an SQLite file's folder is created if missing. */
export function createPrismaClient(databaseUrl: string, options: ConnectionOptions = {}): StoreConnection {
  if (providerOf(databaseUrl) === 'postgresql') {
    // One pool for Prisma and the direct reads; Prisma's disconnect ends it.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    const client = new PostgresClient({ adapter }) as unknown as PrismaStoreClient;
    return { prisma: withDirectReads(client, 'postgresql', postgresDirectReads(pool)), provider: 'postgresql', databaseUrl };
  }
  const file = sqliteFilePath(databaseUrl);
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const busyTimeoutMs = options.busyTimeoutMs ?? 5_000;
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: busyTimeoutMs });
  const client = new SqliteClient({ adapter });
  const prisma = file === ':memory:' ? client : withDirectReads(client, 'sqlite', sqliteDirectReads(file, busyTimeoutMs));
  return { prisma, provider: 'sqlite', databaseUrl };
}
