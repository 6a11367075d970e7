// Durable Slack work: a request is kept in the store before it is acknowledged, and
// worked on under a lease this process renews while it lives. Every few seconds (and
// at start) the runner claims work whose lease ran out, because the process that
// received it died, and hands it to Bolt again, with its reply journal, so that the
// replies already posted are replaced rather than repeated. A piece of work gets a
// bounded number of tries, and none is resumed after Slack's response_url has expired.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { createReplyJournal, type ReplyJournal } from './reply-journal.js';
import type { SlackWorkRecord, SlackWorkStore } from '../../../core/channels/slack-work-store.js';

/** What Bolt's context carries for a piece of durable work (its custom property `slackWork`). */
export interface SlackWorkHandle {
  readonly id: number;
  /** A try that resumes work another (dead) process had. */
  readonly resumed: boolean;
  readonly journal: ReplyJournal;
}

/** The work handle Bolt's context carries, if the request is durable work. */
export function slackWorkOf(context: Record<string, unknown>): SlackWorkHandle | undefined {
  const handle = context.slackWork as SlackWorkHandle | undefined;
  return handle && typeof handle.id === 'number' ? handle : undefined;
}

export interface SlackWorkRunnerOptions {
  readonly store: SlackWorkStore;
  readonly logger: Logger;
  /** How long a claim holds once this process stops renewing it. */
  readonly leaseMs: number;
  /** Tries per piece of work; after the last it is given up and logged. */
  readonly maxAttempts: number;
  /** Work older than this is not resumed (a slash command's response_url lasts 30 minutes). */
  readonly maxAgeMs?: number;
  readonly now?: () => Date;
}

export interface SlackWorkRunner {
  /** Keeps a verified payload before its acknowledgement: its handle, or null when its key was seen before (a retry or replay: acknowledge and drop). */
  receive(key: string, body: unknown): Promise<SlackWorkHandle | null>;
  /** Marks a piece of work done. */
  finish(handle: SlackWorkHandle): Promise<void>;
  /**
   * Called when Bolt is through with a piece of work: one that was not marked done (Bolt
   * failed before the listeners, or a listener threw past the error handler) is handed
   * back at once, for another try, instead of being held by this process's renewals.
   */
  settle(handle: SlackWorkHandle): Promise<void>;
  /** Starts renewing leases and resuming abandoned work through `process`. */
  start(process: (body: unknown, handle: SlackWorkHandle) => Promise<void>): void;
  /** Stops the timers and hands this process's unfinished work back at once. */
  stop(): Promise<void>;
}

// Taken per look, so that a restart after an outage does not start everything at once.
const RESUME_BATCH = 16;
const PRUNE_INTERVAL_MS = 3_600_000;
const KEEP_FINISHED_MS = 86_400_000;

/** A runner over `options.store`; see SlackWorkRunner. */
export function createSlackWorkRunner(options: SlackWorkRunnerOptions): SlackWorkRunner {
  const { store, logger, leaseMs } = options;
  const now = options.now ?? (() => new Date());
  const maxAgeMs = options.maxAgeMs ?? 25 * 60_000;
  const worker = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const timers: NodeJS.Timeout[] = [];
  const leaseUntil = () => new Date(now().getTime() + leaseMs);
  const handleOf = (record: SlackWorkRecord, resumed: boolean): SlackWorkHandle => ({
    id: record.id,
    resumed,
    journal: createReplyJournal({ key: record.key, resumed, since: record.receivedAt, replies: record.replies }, (replies) => store.recordReplies(record.id, replies), logger),
  });
  const failed = (record: SlackWorkRecord, error: string) => store.finish(record.id, { status: 'failed', error }, now());
  const finished = new Set<number>();
  const settle = async (handle: SlackWorkHandle) => {
    if (finished.delete(handle.id)) return;
    logger.warn({ workId: handle.id }, 'slack work ended without finishing; handed back for another try');
    await store.release(worker, now(), handle.id).catch((error: unknown) => logger.warn({ err: error, workId: handle.id }, 'slack work not handed back'));
  };

  async function resume(process: (body: unknown, handle: SlackWorkHandle) => Promise<void>): Promise<void> {
    const claimed = await store.claimAbandoned(worker, now(), leaseUntil(), RESUME_BATCH);
    for (const record of claimed) {
      const where = { workId: record.id, key: record.key, attempt: record.attempts };
      if (record.attempts > options.maxAttempts) {
        logger.error(where, 'slack work given up after every try');
        await failed(record, `gave up after ${record.attempts - 1} tries`);
        continue;
      }
      if (now().getTime() - record.receivedAt.getTime() > maxAgeMs) {
        logger.warn(where, 'slack work too old to resume; its response_url has expired');
        await failed(record, 'too old to resume');
        continue;
      }
      logger.info(where, 'slack work resumed');
      // Not awaited: resumed work runs beside new requests, paced by the same queue.
      const handle = handleOf(record, true);
      process(JSON.parse(record.body) as unknown, handle)
        .catch((error: unknown) => logger.error({ ...where, err: error }, 'resumed slack work failed'))
        .finally(() => void settle(handle));
    }
  }

  return {
    async receive(key, body) {
      const record = await store.receive(key, JSON.stringify(body), worker, leaseUntil());
      return record ? handleOf(record, false) : null;
    },
    async finish(handle) {
      await store.finish(handle.id, { status: 'done' }, now());
      finished.add(handle.id);
    },
    settle,
    start(process) {
      let looking = false;
      const look = () => {
        if (looking) return;
        looking = true;
        resume(process)
          .catch((error: unknown) => logger.warn({ err: error }, 'abandoned slack work could not be looked for'))
          .finally(() => (looking = false));
      };
      const renew = () => store.renew(worker, leaseUntil()).catch((error: unknown) => logger.warn({ err: error }, 'slack work leases not renewed'));
      const prune = () => store.pruneFinished(new Date(now().getTime() - KEEP_FINISHED_MS)).catch((error: unknown) => logger.warn({ err: error }, 'finished slack work not removed'));
      timers.push(setInterval(() => void renew(), Math.max(500, Math.floor(leaseMs / 3))), setInterval(look, Math.max(500, Math.floor(leaseMs / 2))), setInterval(() => void prune(), PRUNE_INTERVAL_MS));
      for (const timer of timers) timer.unref();
      setImmediate(look);
      void prune();
    },
    async stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      await store.release(worker, now()).catch((error: unknown) => logger.warn({ err: error }, 'slack work leases not released'));
    },
  };
}
