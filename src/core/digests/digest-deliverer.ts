// Delivers digests: for each due subscription, claim this ISO week's delivery in the
// store (the claim is the lock, shared by every instance on the database), compose
// it once and keep it, send it, and record how that went. A transient failure is
// retried later with backoff; a permanent one is recorded and pauses the subscription.
import pLimit from 'p-limit';
import type { Authorise } from '../access/authorise.js';
import type { DraftStore } from '../drafting/draft-store.js';
import type { FigureStore } from '../figures/figure-store.js';
import { composeSubscriptionDigest } from './compose-subscription-digest.js';
import { digestSchema, type Digest } from './digest.js';
import type { ChartRenderer, DigestSender } from './digest-delivery-ports.js';
import { isDue, isoWeekOf } from './digest-schedule.js';
import type { DigestDeliveryRecord, DigestStore } from './digest-store.js';
import type { DigestPlatform, DigestSubscription } from './digest-subscription.js';

/** What happened to one subscription in a run. */
export interface DeliveryReport {
  readonly subscriptionId: number;
  readonly week: string;
  /** sent; retry (transient failure, tried again later); failed (recorded, subscription paused when permanent); skipped (sent already, held by another instance, or waiting for its next attempt); no_sender (platform not configured). */
  readonly result: 'sent' | 'retry' | 'failed' | 'skipped' | 'no_sender';
  readonly detail?: string;
  /** How long composing and sending took (milliseconds, wall clock). */
  readonly durationMs?: number;
}

export interface DigestDelivererOptions {
  readonly store: DigestStore;
  readonly figures: FigureStore;
  readonly drafts: Pick<DraftStore, 'listDrafts'>;
  readonly renderChart: ChartRenderer;
  readonly senders: Partial<Record<DigestPlatform, DigestSender>>;
  /** Names this instance in claims. */
  readonly worker: string;
  readonly now?: () => Date;
  /** How long a claim holds before another instance may take over (a crash mid-delivery); renewed while sending. */
  readonly leaseMs?: number;
  readonly retry?: { readonly baseDelayMs: number; readonly maxDelayMs: number; readonly maxAttempts: number };
  /**
   * Whether the person who started a subscription in chat may still manage its
   * organisation; when they may not (role or scope changed), the subscription is
   * paused instead of sending figures on their behalf. Subscriptions made with the CLI
   * are the operator's and are not checked.
   */
  readonly authorise?: Authorise;
  /** Subscriptions worked on at once; each sender paces its own channel. */
  readonly concurrency?: number;
  readonly log?: (level: 'info' | 'warn' | 'error', message: string, details: Record<string, unknown>) => void;
}

export interface DigestDeliverer {
  /** Every active subscription whose time has come this week and whose digest is not yet sent. */
  runDue(): Promise<DeliveryReport[]>;
  /** One subscription now, whatever its schedule; still once per week. */
  deliverNow(subscriptionId: number): Promise<DeliveryReport>;
  /** The digest the subscription would get now, and its chart, without sending or recording anything. */
  preview(subscriptionId: number): Promise<{ digest: Digest; chartPng: Buffer | null }>;
}

const DEFAULT_RETRY = { baseDelayMs: 60_000, maxDelayMs: 3_600_000, maxAttempts: 8 };

export function createDigestDeliverer(options: DigestDelivererOptions): DigestDeliverer {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const retry = options.retry ?? DEFAULT_RETRY;
  const log = options.log ?? (() => undefined);
  const { store } = options;

  const compose = async (subscription: DigestSubscription, week: string) => {
    const last = await store.lastSent(subscription.id, week);
    const digest = await composeSubscriptionDigest({ figures: options.figures, drafts: options.drafts, digests: store }, subscription, week, last?.sentAt ?? null);
    return { digest, chartPng: digest.chart ? await options.renderChart(digest.chart) : null };
  };

  const contentOf = async (subscription: DigestSubscription, claim: DigestDeliveryRecord) => {
    // Composed before (by this or a crashed instance): send exactly that.
    if (claim.content !== null) return { digest: digestSchema.parse(JSON.parse(claim.content)), chartPng: claim.chartPng };
    const composed = await compose(subscription, claim.week);
    await store.saveComposed(claim.id, options.worker, JSON.stringify(composed.digest), composed.chartPng);
    return composed;
  };

  const deliver = async (subscription: DigestSubscription, week: string): Promise<DeliveryReport> => {
    const startedAt = performance.now();
    const report = await deliverOnce(subscription, week);
    return { ...report, durationMs: performance.now() - startedAt };
  };

  const deliverOnce = async (subscription: DigestSubscription, week: string): Promise<DeliveryReport> => {
    const sender = options.senders[subscription.platform];
    if (!sender) return { subscriptionId: subscription.id, week, result: 'no_sender', detail: `${subscription.platform} is not configured` };
    if (options.authorise && /^(slack|teams):/.test(subscription.createdBy) && !(await options.authorise(subscription.createdBy, subscription.organisationId, 'manage'))) {
      const detail = `not_permitted: ${subscription.createdBy}, who started it, may no longer manage ${subscription.organisation}`;
      await store.pauseSubscription(subscription.id, detail);
      log('warn', 'digest subscription paused: its creator may no longer manage the organisation', { subscriptionId: subscription.id, createdBy: subscription.createdBy });
      return { subscriptionId: subscription.id, week, result: 'failed', detail };
    }
    const started = now();
    const claim = await store.claimDelivery(subscription.id, week, options.worker, started, new Date(started.getTime() + leaseMs));
    if (!claim) return { subscriptionId: subscription.id, week, result: 'skipped' };
    // The platform accepted it before the instance that sent it died: recorded, so not sent again.
    if (claim.reference !== null) {
      await store.markSent(claim.id, options.worker, claim.reference, now());
      log('info', 'digest was sent by an earlier attempt; marked sent', { subscriptionId: subscription.id, week, reference: claim.reference });
      return { subscriptionId: subscription.id, week, result: 'sent', detail: 'sent by an earlier attempt' };
    }
    const attempts = claim.attempts + 1;
    // Retries and Retry-After waits may outlast the lease; while this instance lives, the claim stays its own.
    const renewal = setInterval(() => {
      store.renewLease(claim.id, options.worker, new Date(now().getTime() + leaseMs)).catch((error: unknown) => log('warn', 'digest lease could not be renewed', { subscriptionId: subscription.id, week, err: error }));
    }, Math.max(1000, Math.floor(leaseMs / 3)));
    renewal.unref?.();
    let outcome;
    try {
      // Composed by an earlier attempt means that attempt got as far as sending.
      const mayBeSent = claim.content !== null;
      const { digest, chartPng } = await contentOf(subscription, claim);
      outcome = await sender.send(subscription, digest, chartPng, { deliveryId: claim.id, week, since: claim.createdAt, mayBeSent, accepted: (reference) => store.recordAccepted(claim.id, options.worker, reference) });
    } catch (error) {
      outcome = { status: 'transient_failure' as const, code: 'digest_error', message: (error as Error).message };
      log('error', 'digest could not be composed or sent', { subscriptionId: subscription.id, week, err: error });
    } finally {
      clearInterval(renewal);
    }
    if (outcome.status === 'sent') {
      await store.markSent(claim.id, options.worker, outcome.reference ?? null, now());
      log('info', 'digest sent', { subscriptionId: subscription.id, week, attempts });
      return { subscriptionId: subscription.id, week, result: 'sent' };
    }
    const detail = `${outcome.code}: ${outcome.message}`;
    if (outcome.status === 'permanent_failure') {
      await store.markFailed(claim.id, options.worker, detail);
      await store.pauseSubscription(subscription.id, detail);
      log('warn', 'digest failed permanently; subscription paused', { subscriptionId: subscription.id, week, detail });
      return { subscriptionId: subscription.id, week, result: 'failed', detail };
    }
    if (attempts >= retry.maxAttempts) {
      await store.markFailed(claim.id, options.worker, `gave up after ${attempts} attempts: ${detail}`);
      log('error', 'digest failed after every attempt', { subscriptionId: subscription.id, week, detail });
      return { subscriptionId: subscription.id, week, result: 'failed', detail };
    }
    const delay = Math.min(retry.baseDelayMs * 2 ** (attempts - 1), retry.maxDelayMs);
    await store.markRetry(claim.id, options.worker, detail, new Date(now().getTime() + delay));
    log('warn', 'digest will be retried', { subscriptionId: subscription.id, week, detail, delayMs: delay });
    return { subscriptionId: subscription.id, week, result: 'retry', detail };
  };

  const subscription = async (id: number) => {
    const found = await store.getSubscription(id);
    if (!found) throw new Error(`There is no digest subscription ${id}.`);
    return found;
  };

  return {
    async runDue() {
      const at = now();
      const week = isoWeekOf(at);
      // The scheduler asks every minute; once a week's digests are out, the rest of the
      // week costs these two queries, not a permission check and a claim per subscription.
      const [active, settled] = await Promise.all([store.listSubscriptions({ status: 'active' }), store.listSettled(week)]);
      const due = active.filter((candidate) => !settled.has(candidate.id) && isDue(candidate, at));
      const limit = pLimit(options.concurrency ?? 16);
      return Promise.all(due.map((candidate) => limit(() => deliver(candidate, week))));
    },
    async deliverNow(id) {
      const found = await subscription(id);
      if (found.status === 'paused') return { subscriptionId: id, week: isoWeekOf(now()), result: 'skipped', detail: `paused (${found.pausedReason ?? 'by hand'}); resume it first` };
      return deliver(found, isoWeekOf(now()));
    },
    async preview(id) {
      return compose(await subscription(id), isoWeekOf(now()));
    },
  };
}
