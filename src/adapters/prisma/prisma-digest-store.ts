// The DigestStore on Prisma. The claim of a (subscription, week) delivery is the
// unique key on DigestDelivery: the first instance to insert the row delivers, and
// taking over a pending one is a single conditional UPDATE (lease run out, next
// attempt due), so two instances on one PostgreSQL never both hold it.
import type { DigestDeliveryRecord, DigestStore, DeliveryStatus } from '../../core/digests/digest-store.js';
import { newDigestSubscriptionSchema, type DigestPlatform, type DigestSubscription } from '../../core/digests/digest-subscription.js';
import type { PrismaStoreClient } from './prisma-client.js';

type SubscriptionRow = Awaited<ReturnType<PrismaStoreClient['digestSubscription']['findFirstOrThrow']>> & { organisation: { name: string } };
type DeliveryRow = Awaited<ReturnType<PrismaStoreClient['digestDelivery']['findFirstOrThrow']>>;

const include = { organisation: { select: { name: true } } } as const;

function toSubscription(row: SubscriptionRow): DigestSubscription {
  return {
    id: row.id,
    platform: row.platform as DigestPlatform,
    target: row.target,
    organisationId: row.organisationId,
    organisation: row.organisation.name,
    includeSubUnits: row.includeSubUnits,
    weekday: row.weekday,
    time: row.time,
    language: row.language === 'en' ? 'en' : 'sv',
    status: row.status === 'paused' ? 'paused' : 'active',
    pausedReason: row.pausedReason,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

function toDelivery(row: DeliveryRow): DigestDeliveryRecord {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    week: row.week,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    content: row.content,
    chartPng: row.chartPng ? Buffer.from(row.chartPng) : null,
    sentAt: row.sentAt,
    reference: row.reference,
    error: row.error,
    createdAt: row.createdAt,
  };
}

export function createPrismaDigestStore(prisma: PrismaStoreClient): DigestStore {
  // Updates of a claimed delivery apply only while this worker holds it.
  const held = (id: number, worker: string) => ({ id, claimedBy: worker, status: 'pending' });
  return {
    async createSubscription(input) {
      const subscription = newDigestSubscriptionSchema.parse(input);
      return toSubscription(await prisma.digestSubscription.create({ data: subscription, include }));
    },
    async getSubscription(id) {
      const row = await prisma.digestSubscription.findUnique({ where: { id }, include });
      return row ? toSubscription(row) : null;
    },
    async listSubscriptions(filter = {}) {
      const rows = await prisma.digestSubscription.findMany({ where: { ...(filter.status ? { status: filter.status } : {}), ...(filter.platform ? { platform: filter.platform } : {}), ...(filter.target ? { target: filter.target } : {}) }, include, orderBy: { id: 'asc' } });
      return rows.map(toSubscription);
    },
    async removeSubscription(id) {
      const { count } = await prisma.digestSubscription.deleteMany({ where: { id } });
      return count > 0;
    },
    async pauseSubscription(id, reason) {
      await prisma.digestSubscription.updateMany({ where: { id }, data: { status: 'paused', pausedReason: reason } });
    },
    async resumeSubscription(id) {
      await prisma.digestSubscription.updateMany({ where: { id }, data: { status: 'active', pausedReason: null } });
    },
    async claimDelivery(subscriptionId, week, worker, now, leaseUntil) {
      try {
        return toDelivery(await prisma.digestDelivery.create({ data: { subscriptionId, week, claimedBy: worker, leaseUntil } }));
      } catch (error) {
        if ((error as { code?: string }).code !== 'P2002') throw error;
      }
      const { count } = await prisma.digestDelivery.updateMany({
        where: {
          subscriptionId,
          week,
          status: 'pending',
          AND: [{ OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] }, { OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] }],
        },
        data: { claimedBy: worker, leaseUntil },
      });
      if (count === 0) return null;
      return toDelivery(await prisma.digestDelivery.findUniqueOrThrow({ where: { subscriptionId_week: { subscriptionId, week } } }));
    },
    async saveComposed(id, worker, content, chartPng) {
      await prisma.digestDelivery.updateMany({ where: held(id, worker), data: { content, chartPng: chartPng ? new Uint8Array(chartPng) : null } });
    },
    async renewLease(id, worker, leaseUntil) {
      const { count } = await prisma.digestDelivery.updateMany({ where: held(id, worker), data: { leaseUntil } });
      return count > 0;
    },
    async recordAccepted(id, worker, reference) {
      await prisma.digestDelivery.updateMany({ where: held(id, worker), data: { reference } });
    },
    async markSent(id, worker, reference, sentAt) {
      await prisma.digestDelivery.updateMany({ where: held(id, worker), data: { status: 'sent', reference, sentAt, leaseUntil: null, error: null, attempts: { increment: 1 } } });
    },
    async markRetry(id, worker, error, nextAttemptAt) {
      await prisma.digestDelivery.updateMany({ where: held(id, worker), data: { error, nextAttemptAt, leaseUntil: null, attempts: { increment: 1 } } });
    },
    async markFailed(id, worker, error) {
      await prisma.digestDelivery.updateMany({ where: held(id, worker), data: { status: 'failed', error, leaseUntil: null, attempts: { increment: 1 } } });
    },
    async listSettled(week) {
      const rows = await prisma.digestDelivery.findMany({ where: { week, status: { in: ['sent', 'failed'] } }, select: { subscriptionId: true } });
      return new Set(rows.map((row) => row.subscriptionId));
    },
    async listDeliveries(filter = {}) {
      const rows = await prisma.digestDelivery.findMany({ where: filter.subscriptionId ? { subscriptionId: filter.subscriptionId } : {}, orderBy: { id: 'desc' }, take: filter.limit ?? 50 });
      return rows.map(toDelivery);
    },
    async lastSent(subscriptionId, beforeWeek) {
      const row = await prisma.digestDelivery.findFirst({ where: { subscriptionId, status: 'sent', week: { lt: beforeWeek } }, orderBy: { week: 'desc' } });
      return row ? toDelivery(row) : null;
    },
    async listImportBatches(since) {
      const rows = await prisma.importBatch.findMany({ where: since ? { importedAt: { gt: since } } : {}, orderBy: { id: 'asc' }, select: { id: true, fileName: true, importedAt: true } });
      return rows;
    },
  };
}
