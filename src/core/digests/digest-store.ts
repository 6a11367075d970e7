// What digests need kept: subscriptions, and one delivery per subscription and ISO
// week. The delivery row is the lock: the store must make `claimDelivery` atomic
// (a unique key and conditional updates in the database, never memory), so that
// two server instances on one database deliver each digest once.
import type { DigestSubscription, NewDigestSubscription } from './digest-subscription.js';

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** A delivery as stored. */
export interface DigestDeliveryRecord {
  readonly id: number;
  readonly subscriptionId: number;
  readonly week: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  /** JSON of the composed digest, once composed. */
  readonly content: string | null;
  readonly chartPng: Buffer | null;
  readonly sentAt: Date | null;
  readonly reference: string | null;
  readonly error: string | null;
  readonly createdAt: Date;
}

/** An import batch, for "new figures since the last digest". */
export interface ImportBatchRecord {
  readonly id: number;
  readonly fileName: string;
  readonly importedAt: Date;
}

export interface DigestStore {
  createSubscription(subscription: NewDigestSubscription): Promise<DigestSubscription>;
  getSubscription(id: number): Promise<DigestSubscription | null>;
  listSubscriptions(filter?: { status?: 'active' | 'paused'; platform?: string; target?: string }): Promise<DigestSubscription[]>;
  /** False when there is no such subscription. */
  removeSubscription(id: number): Promise<boolean>;
  pauseSubscription(id: number, reason: string): Promise<void>;
  resumeSubscription(id: number): Promise<void>;

  /**
   * Claims the delivery of (subscription, week) for `worker` until `leaseUntil`:
   * creates it, or takes over a pending one whose lease has run out and whose next
   * attempt is due. Null when another worker holds it, or it is sent or failed.
   */
  claimDelivery(subscriptionId: number, week: string, worker: string, now: Date, leaseUntil: Date): Promise<DigestDeliveryRecord | null>;
  /** Keeps the composed digest, so that a retry (or another instance) sends the same. */
  saveComposed(deliveryId: number, worker: string, content: string, chartPng: Buffer | null): Promise<void>;
  /** Keeps the claim of a delivery that is still being sent until `leaseUntil`; false when `worker` no longer holds it. */
  renewLease(deliveryId: number, worker: string, leaseUntil: Date): Promise<boolean>;
  /**
   * Records the platform's reference of the message the moment it was accepted, while
   * the delivery is still pending: an instance that takes over after a crash finds the
   * reference and marks the delivery sent instead of sending it again.
   */
  recordAccepted(deliveryId: number, worker: string, reference: string): Promise<void>;
  markSent(deliveryId: number, worker: string, reference: string | null, sentAt: Date): Promise<void>;
  /** A transient failure: released for another attempt at `nextAttemptAt`. */
  markRetry(deliveryId: number, worker: string, error: string, nextAttemptAt: Date): Promise<void>;
  markFailed(deliveryId: number, worker: string, error: string): Promise<void>;
  /** The subscriptions whose delivery of `week` is finished: sent, or failed for good. */
  listSettled(week: string): Promise<ReadonlySet<number>>;
  /** Deliveries, newest first (for `digest status`). */
  listDeliveries(filter?: { subscriptionId?: number; limit?: number }): Promise<DigestDeliveryRecord[]>;
  /** The last sent delivery of a subscription before `week`, if any. */
  lastSent(subscriptionId: number, beforeWeek: string): Promise<DigestDeliveryRecord | null>;
  /** Import batches since `since` (all when null). */
  listImportBatches(since: Date | null): Promise<ImportBatchRecord[]>;
}
