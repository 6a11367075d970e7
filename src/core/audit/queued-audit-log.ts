// The audit trail as the server writes it: an answer never waits for, or fails on, its
// audit entry. Entries are queued and written in batches behind the answers; a write
// that fails (the store busy with an import, the connection down) is retried with
// growing pauses, never dropped. Reading the trail first writes what is queued, so a
// reader sees every question asked before it.
import type { AuditFilter, AuditLog, AuditRecord, StoredAuditEntry } from './audit-log.js';

/** An AuditLog that can write several entries in one go. */
export interface BatchAuditLog extends AuditLog {
  recordMany?(entries: readonly AuditRecord[]): Promise<void>;
}

/** The queued trail. */
export interface QueuedAuditLog extends AuditLog {
  /** Resolves true once every entry recorded so far is written, or false after `timeoutMs` with entries still waiting. */
  flush(timeoutMs?: number): Promise<boolean>;
  /** Entries waiting to be written. */
  readonly pending: number;
  /** The entries not yet written, for the log when the process must stop before they are. */
  unwritten(): readonly AuditRecord[];
}

export interface QueuedAuditOptions {
  /** Entries written together (default 100). */
  readonly batchSize?: number;
  /** Pauses before each retry of a failed write; the last one repeats (default 0,1 s … 30 s). */
  readonly retryDelaysMs?: readonly number[];
  /** Waits `ms`; tests pass one that returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told of every failed write (attempt number, entries waiting, the error). */
  readonly onFailure?: (details: { attempt: number; pending: number; error: unknown }) => void;
}

const DEFAULT_DELAYS = [100, 250, 500, 1_000, 2_000, 5_000, 10_000, 30_000];

function timer(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `store` behind a queue; `record` returns at once. */
export function createQueuedAuditLog(store: BatchAuditLog, options: QueuedAuditOptions = {}): QueuedAuditLog {
  const batchSize = options.batchSize ?? 100;
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const sleep = options.sleep ?? timer;
  const queue: AuditRecord[] = [];
  let draining: Promise<void> | null = null;
  const idle = new Set<() => void>();

  const write = async (entries: readonly AuditRecord[]) => {
    if (store.recordMany) await store.recordMany(entries);
    else for (const entry of entries) await store.record(entry);
  };

  const drain = async () => {
    let attempt = 0;
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      try {
        await write(batch);
        queue.splice(0, batch.length);
        attempt = 0;
      } catch (error) {
        attempt += 1;
        options.onFailure?.({ attempt, pending: queue.length, error });
        await sleep(delays[Math.min(attempt - 1, delays.length - 1)]!);
      }
    }
    draining = null;
    for (const wake of idle) wake();
    idle.clear();
  };

  const start = () => {
    // A later turn of the event loop, so the answer that recorded the entry goes out first.
    draining ??= new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
  };

  const flush = (timeoutMs = Infinity): Promise<boolean> => {
    if (queue.length === 0 && !draining) return Promise.resolve(true);
    start();
    return new Promise<boolean>((resolve) => {
      const done = () => resolve(true);
      idle.add(done);
      if (Number.isFinite(timeoutMs)) {
        setTimeout(() => {
          if (!idle.has(done)) return;
          idle.delete(done);
          resolve(false);
        }, timeoutMs).unref?.();
      }
    });
  };

  return {
    get pending() {
      return queue.length;
    },
    unwritten: () => [...queue],
    async record(entry) {
      // Stamped now: it is written a moment later, or much later if the store is busy.
      queue.push(entry.at ? entry : { ...entry, at: new Date() });
      start();
    },
    flush,
    async list(filter: AuditFilter): Promise<StoredAuditEntry[]> {
      await flush();
      return store.list(filter);
    },
    async get(id) {
      await flush();
      return store.get(id);
    },
    async purge(before) {
      await flush();
      return store.purge(before);
    },
  };
}
