// The replies of one piece of Slack work, kept as they are posted: the n-th reply of
// a try that resumes abandoned work replaces the n-th reply an earlier try posted
// (chat.update, or replace_original through a response_url) instead of posting a
// second one. A post carries message metadata naming the work and the reply's place,
// so a reply whose ts was never recorded (the process died on Slack's answer) is
// found in the conversation and replaced as well.
import { setTimeout as delay } from 'node:timers/promises';
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { findPostedMessages, type PostMetadata } from '../find-posted-message.js';
import type { RecordedReply } from '../../../core/channels/slack-work-store.js';

/** The message metadata event type of Utfall's replies. */
export const SLACK_REPLY_EVENT_TYPE = 'utfall_reply';

/** What a reply target needs to post a piece of work's replies once. */
export interface ReplyJournal {
  /** A try that resumes work an earlier try left: a reply with nothing recorded may still be in the conversation. */
  readonly resumed: boolean;
  /** When the work arrived: none of its replies is older. */
  readonly since: Date;
  /** The place of the next reply of this try (0, 1, …). */
  nextIndex(): number;
  /** The reply an earlier try posted at `index`, if recorded. */
  earlier(index: number): RecordedReply | undefined;
  /** Records the reply at `index`. */
  record(index: number, reply: RecordedReply): Promise<void>;
  /** The metadata the reply at `index` is posted with. */
  metadata(index: number): PostMetadata;
  /**
   * The ts of the reply at `index` an earlier try posted into `channel` (the thread of
   * `threadTs`) without recording it, looked for by its metadata; null when it is not
   * there or the look failed (then the reply is posted: a lost answer is worse than a double).
   */
  lookUp(client: webApi.WebClient, channel: string, threadTs: string | undefined, index: number): Promise<string | null>;
}

// A resumed try looks quickly or not at all: the person is waiting for the answer.
const LOOKUP_RETRY = { attempts: 3, baseDelayMs: 300, maxDelayMs: 2000 };

/** A journal over `replies` (as stored), saving the whole list with `save` on every record. */
export function createReplyJournal(work: { key: string; resumed: boolean; since: Date; replies: readonly (RecordedReply | null)[] }, save: (replies: readonly (RecordedReply | null)[]) => Promise<void>, logger: Logger): ReplyJournal {
  const replies: (RecordedReply | null)[] = [...work.replies];
  const metadata = (index: number): PostMetadata => ({ event_type: SLACK_REPLY_EVENT_TYPE, event_payload: { work: work.key, reply: String(index) } });
  let next = 0;
  return {
    resumed: work.resumed,
    since: work.since,
    nextIndex: () => next++,
    earlier: (index) => replies[index] ?? undefined,
    async record(index, reply) {
      while (replies.length < index) replies.push(null);
      replies[index] = reply;
      await save(replies);
    },
    metadata,
    async lookUp(client, channel, threadTs, index) {
      const found = await findPostedMessages(client, { channel, threadTs, since: work.since, metadata: metadata(index) }, { policy: LOOKUP_RETRY, sleep: (ms) => delay(ms), logger });
      if (!found.ok) {
        logger.warn({ key: work.key, channel, code: found.failure.code }, 'whether an earlier try posted this reply could not be told; posting it');
        return null;
      }
      return found.value[0] ?? null;
    },
  };
}
