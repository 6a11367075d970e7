// Where the Slack channel keeps its work (events, slash commands, interactions) from
// before their acknowledgement until they are done, and the replies each one posted.
// The store makes receiving and claiming atomic (a unique key, conditional updates),
// so that a retried or replayed request is one piece of work, and an abandoned piece
// is resumed by one process.
import { z } from 'zod';

/** A reply a piece of work posted: a message in a conversation, or a message through a response_url. */
export const recordedReplySchema = z.union([z.object({ channel: z.string().min(1), ts: z.string().min(1) }), z.object({ responseUrl: z.literal(true) })]);
export type RecordedReply = z.infer<typeof recordedReplySchema>;

/** A piece of work as stored. */
export interface SlackWorkRecord {
  readonly id: number;
  readonly key: string;
  /** The verified payload, as JSON. */
  readonly body: string;
  /** Tries so far, this one included. */
  readonly attempts: number;
  /** The replies earlier tries posted, in the order they were sent. */
  readonly replies: readonly (RecordedReply | null)[];
  readonly receivedAt: Date;
}

export interface SlackWorkStore {
  /** Keeps a new piece of work, claimed by `worker` until `leaseUntil`; null when its key is known already (a retry or a replay). */
  receive(key: string, body: string, worker: string, leaseUntil: Date): Promise<SlackWorkRecord | null>;
  /** Extends the lease of every unfinished piece of work `worker` holds. */
  renew(worker: string, leaseUntil: Date): Promise<void>;
  /** Ends the leases of `worker` now (of the one piece `id`, when given), so its unfinished work is resumed at once (a clean stop, or work that ended without finishing). */
  release(worker: string, now: Date, id?: number): Promise<void>;
  /** Claims up to `limit` unfinished pieces whose lease ran out, counting a try for each. */
  claimAbandoned(worker: string, now: Date, leaseUntil: Date, limit: number): Promise<SlackWorkRecord[]>;
  /** Records the replies posted so far. */
  recordReplies(id: number, replies: readonly (RecordedReply | null)[]): Promise<void>;
  /** Done, or given up (`error` says why). */
  finish(id: number, outcome: { status: 'done' } | { status: 'failed'; error: string }, at: Date): Promise<void>;
  /** Removes finished work older than `before`; how many. */
  pruneFinished(before: Date): Promise<number>;
}
