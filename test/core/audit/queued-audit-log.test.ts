// The queued audit trail: an answer never waits for its entry, a failed write is
// retried until it succeeds and nothing is dropped, and a reader first sees every
// entry recorded before it.
import { describe, expect, it } from 'vitest';
import type { AuditLog, AuditRecord, StoredAuditEntry } from '../../../src/core/audit/audit-log.js';
import { createQueuedAuditLog } from '../../../src/core/audit/queued-audit-log.js';

function entry(question: string): AuditRecord {
  return { asker: 'anna@alingsas.se', personId: 1, channel: 'web', question, answer: { status: 'answered', text: 'svar', facts: [], derivations: [], quotes: [], names: [], options: [], language: 'sv', engine: 'offline', guard: { checked: 0, verified: 0, rejected: [] } }, latencyMs: 3 };
}

/** A store that fails its first `failures` writes (as SQLite does while an import holds the write lock). */
function flakyStore(failures: number) {
  const written: AuditRecord[] = [];
  let attempts = 0;
  const store: AuditLog & { recordMany(entries: readonly AuditRecord[]): Promise<void> } = {
    async record(record) {
      await store.recordMany([record]);
    },
    async recordMany(entries) {
      attempts += 1;
      if (attempts <= failures) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      written.push(...entries);
    },
    list: async () => written.map((record, index) => ({ id: index + 1, question: record.question }) as unknown as StoredAuditEntry),
    get: async () => null,
    purge: async () => 0,
  };
  return { store, written, attempts: () => attempts };
}

const noWait = async () => {};

describe('the queued audit log', () => {
  it('returns at once and writes behind, stamping when each was asked', async () => {
    const { store, written } = flakyStore(0);
    const audit = createQueuedAuditLog(store, { sleep: noWait });
    await audit.record(entry('första'));
    expect(written).toEqual([]);
    expect(audit.pending).toBe(1);
    expect(await audit.flush()).toBe(true);
    expect(written.map((record) => record.question)).toEqual(['första']);
    expect(written[0]!.at).toBeInstanceOf(Date);
  });

  it('retries a failed write until it succeeds and drops nothing, in order', async () => {
    const { store, written, attempts } = flakyStore(4);
    const failures: number[] = [];
    const audit = createQueuedAuditLog(store, { sleep: noWait, batchSize: 2, onFailure: ({ attempt }) => failures.push(attempt) });
    for (const question of ['a', 'b', 'c', 'd', 'e']) await audit.record(entry(question));
    expect(await audit.flush()).toBe(true);
    expect(written.map((record) => record.question)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(failures).toEqual([1, 2, 3, 4]);
    expect(attempts()).toBe(4 + 3);
  });

  it('writes what is queued before it is read', async () => {
    const { store } = flakyStore(2);
    const audit = createQueuedAuditLog(store, { sleep: noWait });
    await audit.record(entry('fråga'));
    expect((await audit.list({})).length).toBe(1);
  });

  it('says when it could not write in time, and keeps what it could not write', async () => {
    const { store } = flakyStore(Infinity);
    const audit = createQueuedAuditLog(store, { sleep: () => new Promise((resolve) => setTimeout(resolve, 5)) });
    await audit.record(entry('kvar'));
    expect(await audit.flush(50)).toBe(false);
    expect(audit.unwritten().map((record) => record.question)).toEqual(['kvar']);
  });
});
