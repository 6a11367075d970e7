// A write that found the SQLite store held by another writer (an import holds the write
// lock for its whole transaction) and gave up after its busy timeout. Readers never meet
// it (WAL). Callers turn it into a clear message; it is never shown as a stack trace.
import { ServiceBusyError } from '../../core/access/service-busy.js';

/** Whether `error` (a Prisma error, a driver error, or one wrapping them) is SQLite's "database is locked". */
export function isStoreBusy(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof ServiceBusyError && current.reason === 'store_busy') return true;
    const candidate = current as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: unknown };
    if (candidate.code === 'SQLITE_BUSY' || candidate.meta?.driverAdapterError?.cause?.originalCode === 'SQLITE_BUSY') return true;
    if (typeof candidate.message === 'string' && /SQLITE_BUSY|database is locked/.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

/** The error to throw for a busy store: how long to wait is a guess, an import of a million rows takes about half a minute. */
export function storeBusyError(message: string): ServiceBusyError {
  return new ServiceBusyError('store_busy', 30, message);
}
