// Looks in a Slack conversation for a message Utfall posted earlier with a given
// message metadata (https://docs.slack.dev/messaging/message-metadata): the way to
// learn whether a post whose answer was never heard (the process died, the request
// timed out) reached the channel. conversations.history returns metadata only with
// include_all_metadata (https://docs.slack.dev/reference/methods/conversations.history);
// replies in a thread are read with conversations.replies, which takes the same flag.
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { callWithRetry, type RetryContext, type RetryResult } from './digest/call-with-retry.js';

/** What a post carries so that it can be found again: Slack's `metadata` argument of chat.postMessage. */
export interface PostMetadata {
  readonly event_type: string;
  readonly event_payload: Readonly<Record<string, string>>;
}

/** Where to look: a channel's own messages since a time, or the replies of one thread. */
export interface MessageSearch {
  readonly channel: string;
  /** The thread's parent; the channel's history when absent. */
  readonly threadTs?: string | undefined;
  /** No message looked for is older (seconds are enough; a minute earlier is taken for clock skew). */
  readonly since: Date;
  readonly metadata: PostMetadata;
}

const pageSchema = z.object({
  messages: z.array(z.object({ ts: z.string(), metadata: z.object({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()).optional() }).optional() })).default([]),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

// A channel busy enough to need more pages than this in the minutes a delivery takes is not one a digest goes to.
const MAX_PAGES = 20;
const CLOCK_SKEW_S = 60;

const matches = (found: { event_type: string; event_payload?: Record<string, unknown> | undefined } | undefined, wanted: PostMetadata) =>
  found !== undefined && found.event_type === wanted.event_type && Object.entries(wanted.event_payload).every(([key, value]) => String(found.event_payload?.[key]) === value);

/**
 * Every ts of a message in `search` carrying `search.metadata` (its event type and each
 * payload field), oldest first; or the failure that stopped the search. Never rejects.
 */
export async function findPostedMessages(client: webApi.WebClient, search: MessageSearch, retry: Omit<RetryContext, 'step'>): Promise<RetryResult<string[]>> {
  const oldest = String(Math.max(0, Math.floor(search.since.getTime() / 1000) - CLOCK_SKEW_S));
  const found: string[] = [];
  let cursor: string | undefined;
  let attempts = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const common = { channel: search.channel, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) };
    const step = search.threadTs ? 'conversations.replies' : 'conversations.history';
    const result = await callWithRetry(async () => pageSchema.parse(search.threadTs ? await client.conversations.replies({ ...common, ts: search.threadTs }) : await client.conversations.history({ ...common, oldest })), { ...retry, step });
    attempts += result.attempts;
    if (!result.ok) return { ...result, attempts };
    for (const message of result.value.messages) if (matches(message.metadata, search.metadata)) found.push(message.ts);
    cursor = result.value.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return { ok: true, value: found.sort((a, b) => Number(a) - Number(b)), attempts };
}
