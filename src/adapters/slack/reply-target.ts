// Where a reply goes, behind one interface: a thread or DM through chat.postMessage
// (replaced in place with chat.update), or a response_url of a slash command or a
// button (ephemeral, in the channel, or replacing the message the button is on).
import type { webApi } from '@slack/bolt';
import { SlackChannelError } from './slack-channel-error.js';
import type { SlackMessage } from './slack-message.js';
import type { ReplyJournal } from './durable/reply-journal.js';

/** A message that was sent and can be replaced. */
export interface SentMessage {
  replace(message: SlackMessage): Promise<void>;
}

/** Somewhere Utfall can reply. */
export interface ReplyTarget {
  send(message: SlackMessage): Promise<SentMessage>;
}

/** Replies in `channel`, in the thread `threadTs` when given; with a journal, each reply of a piece of work once (see reply-journal.ts). */
export function threadTarget(client: webApi.WebClient, channel: string, threadTs: string | undefined, journal?: ReplyJournal): ReplyTarget {
  const replaceable = (postedChannel: string, ts: string): SentMessage => ({
    async replace(replacement) {
      await client.chat.update({ channel: postedChannel, ts, text: replacement.text, blocks: replacement.blocks });
    },
  });
  return {
    async send(message) {
      const index = journal?.nextIndex();
      if (journal && index !== undefined) {
        // An earlier try of this work posted this reply: replaced, not posted again.
        const recorded = journal.earlier(index);
        let earlier = recorded && 'ts' in recorded ? recorded : null;
        if (!recorded && journal.resumed) {
          const ts = await journal.lookUp(client, channel, threadTs, index);
          if (ts) {
            earlier = { channel, ts };
            await journal.record(index, earlier);
          }
        }
        if (earlier) {
          await client.chat.update({ channel: earlier.channel, ts: earlier.ts, text: message.text, blocks: message.blocks });
          return replaceable(earlier.channel, earlier.ts);
        }
      }
      const metadata = journal && index !== undefined ? { metadata: { event_type: journal.metadata(index).event_type, event_payload: { ...journal.metadata(index).event_payload } } } : {};
      const posted = await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false, ...metadata });
      const ts = posted.ts;
      const postedChannel = posted.channel ?? channel;
      if (!ts) throw new SlackChannelError('slack_delivery_failed', 'chat.postMessage returned no ts');
      if (journal && index !== undefined) await journal.record(index, { channel: postedChannel, ts });
      return replaceable(postedChannel, ts);
    },
  };
}

/** POSTs a message to a response_url (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses). */
export async function postToResponseUrl(url: string, payload: Record<string, unknown>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new SlackChannelError('slack_response_url_failed', 'the response_url could not be reached', { cause: error });
  }
  if (!response.ok) throw new SlackChannelError('slack_response_url_failed', `the response_url answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
}

/** Who sees a response_url message, or that it replaces the message a button is on. */
export type ResponseVisibility = 'ephemeral' | 'in_channel' | 'replace_original';

/**
 * Replies through `responseUrl`: visible to the user only, to the channel, or in place
 * of the message a button is on. With a journal, a reply an earlier try of the work
 * sent is sent again in place of that one (replace_original), not beside it.
 */
export function responseUrlTarget(responseUrl: string, visibility: ResponseVisibility, journal?: ReplyJournal): ReplyTarget {
  const post = (message: SlackMessage, replaceOriginal: boolean) =>
    postToResponseUrl(responseUrl, {
      ...(visibility === 'replace_original' ? {} : { response_type: visibility }),
      replace_original: replaceOriginal,
      text: message.text,
      blocks: message.blocks,
    });
  return {
    async send(message) {
      const index = journal?.nextIndex();
      const sentBefore = journal !== undefined && index !== undefined && journal.earlier(index) !== undefined;
      await post(message, visibility === 'replace_original' || sentBefore);
      if (journal && index !== undefined && !sentBefore) await journal.record(index, { responseUrl: true });
      return { replace: (replacement) => post(replacement, true) };
    },
  };
}

/**
 * Replies to a message in a conversation: in its thread in channels (starting one on
 * the message), and in a direct message (ids starting with D) only where the person
 * already wrote in a thread.
 */
export function conversationTarget(client: webApi.WebClient, message: { channel: string; ts: string; thread_ts?: string | undefined }, journal?: ReplyJournal): ReplyTarget {
  const direct = message.channel.startsWith('D');
  return threadTarget(client, message.channel, direct ? message.thread_ts : (message.thread_ts ?? message.ts), journal);
}
