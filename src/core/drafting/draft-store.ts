// What drafting needs to keep: drafts with their evidence, revisions and approval.
import type { Evidence } from '../answering/answer.js';

export type DraftStatus = 'draft' | 'approved' | 'replaced';

/** The facts, derivations and quotes a draft's text was checked against. */
export interface DraftEvidence extends Evidence {
  readonly missingCauses: readonly string[];
}

/** A stored draft. */
export interface StoredDraft {
  readonly id: number;
  readonly organisationId: number;
  readonly organisation: string;
  readonly lineItemId: number | null;
  readonly item: string | null;
  readonly period: { readonly year: number; readonly month: number };
  readonly language: 'sv' | 'en';
  readonly text: string;
  readonly status: DraftStatus;
  readonly engine: 'offline' | 'llm' | 'person';
  readonly evidence: DraftEvidence;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly approvedBy: string | null;
  readonly approvedAt: Date | null;
  readonly revisesId: number | null;
}

export interface NewDraft {
  readonly organisationId: number;
  readonly lineItemId: number | null;
  readonly period: { readonly year: number; readonly month: number };
  readonly language: 'sv' | 'en';
  readonly text: string;
  readonly engine: 'offline' | 'llm' | 'person';
  readonly evidence: DraftEvidence;
  readonly createdBy: string;
  readonly revisesId?: number;
}

export interface DraftStore {
  saveDraft(draft: NewDraft): Promise<StoredDraft>;
  getDraft(id: number): Promise<StoredDraft | null>;
  listDrafts(filter: { organisationIds?: readonly number[]; status?: DraftStatus }): Promise<StoredDraft[]>;
  /** Marks a draft approved; false when it is not in status draft. */
  approveDraft(id: number, approvedBy: string): Promise<boolean>;
  /** Stores a revision and marks the revised draft replaced, in one transaction. */
  reviseDraft(id: number, revision: NewDraft): Promise<StoredDraft>;
  addNote(note: { organisationId: number; lineItemId: number | null; period: { year: number; month: number }; text: string; author: string; source: string }): Promise<number>;
}
