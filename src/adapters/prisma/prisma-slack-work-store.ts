// The SlackWorkStore on Prisma. Receiving is an INSERT on the unique key (a retry or
// replay of the same request gets the unique-key violation); taking over abandoned
// work is one conditional UPDATE per row (lease run out, still pending), so two
// processes on one PostgreSQL never both resume a piece of work.
import { z } from 'zod';
import { recordedReplySchema, type SlackWorkRecord, type SlackWorkStore } from '../../core/channels/slack-work-store.js';
import type { PrismaStoreClient } from './prisma-client.js';

type WorkRow = Awaited<ReturnType<PrismaStoreClient['slackWork']['findFirstOrThrow']>>;

const repliesSchema = z.array(recordedReplySchema.nullable());

function toRecord(row: WorkRow): SlackWorkRecord {
  const replies = repliesSchema.safeParse(JSON.parse(row.replies));
  return { id: row.id, key: row.key, body: row.body, attempts: row.attempts, replies: replies.success ? replies.data : [], receivedAt: row.receivedAt };
}

/** Slack work kept in the Utfall store (table SlackWork). */
export function createPrismaSlackWorkStore(prisma: PrismaStoreClient): SlackWorkStore {
  return {
    async receive(key, body, worker, leaseUntil) {
      try {
        return toRecord(await prisma.slackWork.create({ data: { key, body, claimedBy: worker, leaseUntil } }));
      } catch (error) {
        if ((error as { code?: string }).code === 'P2002') return null;
        throw error;
      }
    },
    async renew(worker, leaseUntil) {
      await prisma.slackWork.updateMany({ where: { claimedBy: worker, status: 'pending' }, data: { leaseUntil } });
    },
    async release(worker, now, id) {
      await prisma.slackWork.updateMany({ where: { claimedBy: worker, status: 'pending', ...(id === undefined ? {} : { id }) }, data: { leaseUntil: now } });
    },
    async claimAbandoned(worker, now, leaseUntil, limit) {
      const candidates = await prisma.slackWork.findMany({ where: { status: 'pending', leaseUntil: { lt: now } }, orderBy: { id: 'asc' }, take: limit, select: { id: true } });
      const claimed: SlackWorkRecord[] = [];
      for (const { id } of candidates) {
        const { count } = await prisma.slackWork.updateMany({ where: { id, status: 'pending', leaseUntil: { lt: now } }, data: { claimedBy: worker, leaseUntil, attempts: { increment: 1 } } });
        if (count === 1) claimed.push(toRecord(await prisma.slackWork.findUniqueOrThrow({ where: { id } })));
      }
      return claimed;
    },
    async recordReplies(id, replies) {
      await prisma.slackWork.update({ where: { id }, data: { replies: JSON.stringify(replies) } });
    },
    async finish(id, outcome, at) {
      await prisma.slackWork.update({ where: { id }, data: { status: outcome.status, error: outcome.status === 'failed' ? outcome.error : null, finishedAt: at, leaseUntil: null } });
    },
    async pruneFinished(before) {
      const { count } = await prisma.slackWork.deleteMany({ where: { status: { in: ['done', 'failed'] }, finishedAt: { lt: before } } });
      return count;
    },
  };
}
