// The audit trail's writes on SQLite, on the plain driver. Through Prisma a batch of
// entries (each with its evidence: JSON of every fact of the answer) took the server's
// thread hundreds of milliseconds to turn into one statement, while /health and new
// requests waited; a prepared INSERT in one transaction takes a fraction of a
// millisecond an entry. The connection never waits for another writer (busy timeout 0):
// while an import holds the store the write fails at once and the queue retries later,
// without holding the thread. Reading the trail stays with Prisma.
import Database from 'better-sqlite3';
import type { AuditRecord } from '../../core/audit/audit-log.js';
import { auditRowOf } from './prisma-audit-log.js';

export interface SqliteAuditWriter {
  recordMany(entries: readonly AuditRecord[]): Promise<void>;
  close(): void;
}

/** A writer of audit entries into the SQLite store `file`. */
export function createSqliteAuditWriter(file: string): SqliteAuditWriter {
  const database = new Database(file);
  database.pragma('busy_timeout = 0');
  const insert = database.prepare(
    'INSERT INTO "AuditEntry" ("at", "asker", "personId", "channel", "question", "status", "answer", "engine", "evidence", "organisations", "latencyMs") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // The representation Prisma writes and reads back: ISO 8601 with "+00:00".
  const stamp = (at: Date) => at.toISOString().replace('Z', '+00:00');
  const writeAll = database.transaction((entries: readonly AuditRecord[]) => {
    for (const entry of entries) {
      const row = auditRowOf(entry);
      insert.run(stamp(entry.at ?? new Date()), row.asker, row.personId, row.channel, row.question, row.status, row.answer, row.engine, row.evidence, row.organisations, row.latencyMs);
    }
  });
  return {
    async recordMany(entries) {
      writeAll(entries);
    },
    close: () => database.close(),
  };
}
