// Reads on the driver itself, for the figure reads every question makes. Through
// Prisma's $queryRaw each read also went through its query interpreter and turned
// every value into a tagged one and back, which on a ranking of 400 sub-units (2 000
// rows) took three times as long as the driver's own read and made most of the
// garbage. Statements are prepared once per connection: better-sqlite3 keeps them
// per handle, pg names them and prepares each on a pooled connection's first use.
//
// SQLite reads on a read-only handle of its own (the store runs in WAL mode, so it
// sees each committed import, never one in progress); PostgreSQL shares Prisma's
// pool. An in-memory SQLite database has no second handle: its reads stay on Prisma.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { ReadQuery } from './figure-read-queries.js';

/** Runs read queries on the driver; `close` ends what it opened (it reopens if asked again). */
export interface DirectReads {
  all<T>(query: ReadQuery): Promise<T[]>;
  close(): Promise<void>;
}

/** How many prepared SQLite statements a handle keeps: the figure reads have a dozen shapes. */
const STATEMENT_CACHE = 64;

/** Reads on a read-only better-sqlite3 handle of `file`, opened on first use; a locked store is waited for up to `busyTimeoutMs`, as Prisma's handle does. */
export function sqliteDirectReads(file: string, busyTimeoutMs: number): DirectReads {
  let database: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  const open = (): Database.Database => {
    if (database) return database;
    database = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    // Integers as bigint, as Prisma's SQLite adapter returns them: value_e4 exceeds 2^53 for large sums.
    database.defaultSafeIntegers(true);
    return database;
  };
  return {
    async all<T>(query: ReadQuery): Promise<T[]> {
      let statement = statements.get(query.text);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE) statements.clear();
        statement = open().prepare(query.text);
        statements.set(query.text, statement);
      }
      return statement.all(...query.params) as T[];
    },
    async close(): Promise<void> {
      statements.clear();
      database?.close();
      database = null;
    },
  };
}

/** A statement's name: the same text gets the same name on every connection of the pool. */
function statementName(text: string): string {
  return `utfall_read_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
}

/**
 * Reads through `pool` (the one Prisma uses, so no connection is added) as named
 * statements. Once Prisma's disconnect has ended that pool, a pool of its own is opened
 * on the same settings and ended by `close`.
 */
export function postgresDirectReads(shared: pg.Pool): DirectReads {
  let pool = shared;
  return {
    async all<T>(query: ReadQuery): Promise<T[]> {
      if (pool.ending) pool = new pg.Pool(shared.options);
      const result = await pool.query({ name: statementName(query.text), text: query.text, values: query.params as unknown[] });
      return result.rows as T[];
    },
    async close(): Promise<void> {
      if (pool !== shared && !pool.ending) await pool.end();
    },
  };
}
