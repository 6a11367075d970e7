// A plain driver connection inside one transaction, for the work where Prisma's
// per-statement overhead dominates: a figures import writes up to millions of rows,
// and through Prisma it ran three times slower than the driver alone.
// Statements use `?` placeholders; the PostgreSQL session numbers them.
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseProvider } from './database-url.js';
import { isStoreBusy, storeBusyError } from './store-busy.js';

/** One open transaction on the raw driver. */
export interface SqlSession {
  readonly provider: DatabaseProvider;
  /** Runs one statement and returns its rows (RETURNING rows for writes). */
  all<T extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Commits and closes the connection. */
  commit(): Promise<void>;
  /** Rolls back and closes the connection; safe to call after a failed commit. */
  rollback(): Promise<void>;
}

/** SQLite session on an already open database handle. */
export class SqliteSession implements SqlSession {
  readonly provider = 'sqlite' as const;
  private open = true;

  private constructor(readonly database: Database.Database) {}

  /** Opens `file` and takes the write lock, waiting up to `waitMs` for another writer; a StoreBusyError (nothing written) after that. */
  static begin(file: string, waitMs = 30_000): SqliteSession {
    const database = new Database(file);
    // Wait for another writer (an import, the server's audit trail) instead of failing at once with SQLITE_BUSY.
    database.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
    database.pragma('foreign_keys = ON');
    // IMMEDIATE takes the write lock now, so a second import waits instead of
    // failing half-way when it first writes.
    try {
      database.exec('BEGIN IMMEDIATE');
    } catch (error) {
      database.close();
      if (isStoreBusy(error)) throw storeBusyError(`Another import (or program) is writing to the store; this import waited ${Math.round(waitMs / 1000)} s for it and changed nothing. Try again when it has finished, or let it wait longer (import --wait <seconds>).`);
      throw error;
    }
    return new SqliteSession(database);
  }

  async all<T extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const statement = this.database.prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }

  async commit(): Promise<void> {
    this.database.exec('COMMIT');
    this.close();
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    if (this.database.inTransaction) this.database.exec('ROLLBACK');
    this.close();
  }

  private close(): void {
    this.open = false;
    this.database.close();
  }
}

/** Replaces each `?` with `$1`, `$2`, … (our statements have no `?` in literals). */
export function numberedPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${(index += 1)}`);
}

/** PostgreSQL session on its own client (not the pool Prisma uses). */
export class PostgresSession implements SqlSession {
  readonly provider = 'postgresql' as const;
  private open = true;

  private constructor(readonly client: pg.Client) {}

  static async begin(databaseUrl: string): Promise<PostgresSession> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('BEGIN');
    return new PostgresSession(client);
  }

  async all<T extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.client.query(numberedPlaceholders(sql), params as unknown[]);
    return result.rows as T[];
  }

  async commit(): Promise<void> {
    try {
      await this.client.query('COMMIT');
    } finally {
      await this.close();
    }
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    try {
      await this.client.query('ROLLBACK');
    } finally {
      await this.close();
    }
  }

  private async close(): Promise<void> {
    this.open = false;
    await this.client.end();
  }
}
