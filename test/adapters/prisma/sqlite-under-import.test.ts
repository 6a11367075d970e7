// SQLite as a server store while an import holds the write lock (as a figures import
// does for its whole transaction): questions are still answered (WAL), the audit entry
// of an answer waits in its queue and is written once the import is done, and a
// second import says clearly that the store is busy, changing nothing. SQLite only:
// PostgreSQL has no single write lock.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createQueuedAuditLog } from '../../../src/core/audit/queued-audit-log.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { sqliteFilePath } from '../../../src/adapters/prisma/database-url.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createSqliteAuditWriter, type SqliteAuditWriter } from '../../../src/adapters/prisma/sqlite-audit-writer.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { runCliProcess } from '../../support/run-cli.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const sqlite = (process.env.UTFALL_TEST_DATABASE ?? 'sqlite') === 'sqlite';
let store: TestStore;
let auditWriter: SqliteAuditWriter | undefined;
let directory: string;

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  // As the server has it: audit entries written on a connection of their own that never waits for a writer.
  if (sqlite) auditWriter = createSqliteAuditWriter(sqliteFilePath(store.databaseUrl));
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-busy-'));
}, 60_000);

afterAll(async () => {
  auditWriter?.close();
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/** Holds the store's write lock, as an import in progress does, until released. */
function holdWriteLock(databaseUrl: string): () => void {
  const importer = new Database(sqliteFilePath(databaseUrl));
  importer.exec('BEGIN IMMEDIATE');
  importer.prepare('UPDATE "Organisation" SET "kind" = "kind"').run();
  return () => {
    importer.exec('ROLLBACK');
    importer.close();
  };
}

describe.runIf(sqlite)('SQLite while an import writes', () => {
  it('answers, and writes the audit entry once the import is done', async () => {
    const figures = createPrismaFigureStore(store.connection.prisma);
    const failures: number[] = [];
    const audit = createQueuedAuditLog({ ...createPrismaAuditLog(store.connection.prisma), recordMany: auditWriter!.recordMany }, { retryDelaysMs: [20], onFailure: ({ attempt }) => failures.push(attempt) });
    const assistant = createAssistant({ ask: createAskService(figures), people: createPrismaPeopleStore(store.connection.prisma), figures, audit });
    const release = holdWriteLock(store.databaseUrl);
    let answer;
    try {
      answer = await assistant.ask({ asker: 'web:Anna', channel: 'web', text: 'Hur ligger vi till mot budget på personalkostnaderna?', fallbackHomeOrganisation: 'Kommunstyrelsen' });
      // The answer did not wait for its audit entry, which is waiting for the import.
      expect(await audit.flush(200)).toBe(false);
      expect(failures.length).toBeGreaterThan(0);
      expect(await store.connection.prisma.auditEntry.count()).toBe(0);
    } finally {
      release();
    }
    expect(answer.status).toBe('answered');
    expect(answer.text.replace(/[\u00A0\u202F]/g, ' ')).toContain('70 328 tkr');
    expect(await audit.flush(5_000)).toBe(true);
    // Written on the plain driver, read back through Prisma as any entry.
    const [written] = await createPrismaAuditLog(store.connection.prisma).list({});
    expect(written).toMatchObject({ asker: 'web:Anna', channel: 'web', question: 'Hur ligger vi till mot budget på personalkostnaderna?', status: 'answered' });
    expect(written!.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(written!.evidence.facts.length).toBeGreaterThan(0);
  });

  it('tells a second import that the store is busy, and it changes nothing', async () => {
    const file = path.join(directory, 'figures.csv');
    writeFileSync(file, 'organisation;period;item;parent_item;kind;order;measure;value;unit;better;breakdown_group;breakdown;made_in;source;section;remark\nKommunstyrelsen;2024-09;Testpost;;cost;99;actual;-1;tkr;;;;;test.csv;;\n');
    const batches = await store.connection.prisma.importBatch.count();
    const release = holdWriteLock(store.databaseUrl);
    let result;
    try {
      result = await runCliProcess(['import', '--wait', '1', file], { DATABASE_URL: store.databaseUrl });
    } finally {
      release();
    }
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/Another import \(or program\) is writing to the store; this import waited 1 s for it and changed nothing/);
    expect(result.stderr).not.toMatch(/SQLITE_BUSY|\n\s+at /);
    expect(await store.connection.prisma.importBatch.count()).toBe(batches);
  }, 60_000);
});
