// The audit trail: every question and answer, who asked, where, when, the facts
// and derivations used, the guard's results, the engine and the latency.
import type { Answer } from '../answering/answer.js';

export interface AuditRecord {
  readonly asker: string;
  readonly personId: number | null;
  readonly channel: string;
  readonly question: string;
  readonly answer: Answer;
  readonly latencyMs: number;
  /** When it was asked; now unless given (a queued entry is written after the moment it records). */
  readonly at?: Date;
}

export interface StoredAuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly asker: string;
  readonly personId: number | null;
  readonly channel: string;
  readonly question: string;
  readonly status: string;
  readonly answer: string;
  readonly engine: string;
  readonly evidence: { facts: Answer['facts']; derivations: Answer['derivations']; guard: Answer['guard'] };
  readonly organisations: readonly string[];
  readonly latencyMs: number;
}

export interface AuditFilter {
  readonly asker?: string;
  /** Everything a registered person asked, whichever channel or identity they used. */
  readonly personId?: number;
  readonly organisation?: string;
  readonly since?: Date;
  readonly until?: Date;
  readonly limit?: number;
}

export interface AuditLog {
  record(entry: AuditRecord): Promise<void>;
  list(filter: AuditFilter): Promise<StoredAuditEntry[]>;
  get(id: number): Promise<StoredAuditEntry | null>;
  /** Deletes entries older than `before`; returns how many. */
  purge(before: Date): Promise<number>;
}
