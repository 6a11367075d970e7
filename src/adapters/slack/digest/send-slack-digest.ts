// Posts a weekly digest into a Slack channel: the message with chat.postMessage, then
// the chart PNG threaded under it. The WebClient's own retries and rate-limit queue
// are off; call-with-retry.ts decides instead, so waits are exact and testable.
// Delivery failures come back as outcomes, never as exceptions: a channel that is
// gone, archived or closed to the bot is permanent at once; outages and rate limits
// are retried and, when the tries run out, reported as transient.
import { setTimeout as delay } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Digest } from '../../../core/digests/digest.js';
import { createBoltLogger } from '../create-bolt-logger.js';
import { escapeMrkdwn } from '../render-mrkdwn.js';
import { callWithRetry, DEFAULT_SLACK_RETRY, type SlackRetryPolicy } from './call-with-retry.js';
import { createChannelPacer } from './create-channel-pacer.js';
import { describeDigestChart, digestChartTitle } from './describe-digest-chart.js';
import { renderDigestBlocks } from './render-digest-blocks.js';
import { uploadDigestChart } from './upload-digest-chart.js';
import { findPostedMessages, type PostMetadata } from '../find-posted-message.js';

export type SlackDigestOutcome =
  /** The message is in the channel; `chartError` says why its chart is not (the digest text stands on its own). */
  | { status: 'sent'; messageTs: string; fileId?: string; chartError?: { code: string; message: string } }
  | { status: 'permanent_failure'; code: string; message: string }
  | { status: 'transient_failure'; code: string; message: string };

export interface SlackDigestSenderOptions {
  readonly botToken: string;
  /** The Web API base URL (SLACK_API_URL); Slack's own when absent. */
  readonly apiUrl?: string;
  readonly logger: Logger;
  /** Least time between two posts into one channel; 1 100 ms by default. */
  readonly minIntervalMsPerChannel?: number;
  readonly retry?: SlackRetryPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock pacing reads; Date.now by default. */
  readonly now?: () => number;
  /** How long one HTTP request may take before it counts as a timeout (and is retried); 30 s by default. */
  readonly requestTimeoutMs?: number;
}

/** How one delivery is told apart in the channel, so that it is posted there once. */
export interface SlackDigestDelivery {
  /** Carried by the message as its metadata. */
  readonly metadata: PostMetadata;
  /** No message of this delivery is older. */
  readonly since: Date;
  /** An earlier attempt may have posted it: look in the channel's history for the metadata first. */
  readonly lookFirst: boolean;
  /** Told the message's ts the moment Slack accepted it, before the chart is shared. */
  readonly posted: (messageTs: string) => Promise<void>;
}

export interface SlackDigestSender {
  /**
   * Posts `digest` (and `chartPng`, when given and there is news) into `channelId`;
   * resolves with what happened, never rejects. With `delivery`, the message carries
   * its metadata, and is not posted again when an earlier attempt's is found.
   */
  send(channelId: string, digest: Digest, chartPng: Buffer | null, delivery?: SlackDigestDelivery): Promise<SlackDigestOutcome>;
}

const DEFAULT_MIN_INTERVAL_MS = 1100;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

// Node's timers run on a coarse loop clock and may fire a millisecond before Date.now
// says the time has come; pacing promises "at least", so the rest is waited out.
async function sleepAtLeast(ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (let left = ms; left > 0; left = until - Date.now()) await delay(left);
}

/** A sender that posts digests into Slack channels; see SlackDigestSender.send. */
export function createSlackDigestSender(options: SlackDigestSenderOptions): SlackDigestSender {
  const logger = options.logger.child({ channel: 'slack', component: 'digest' });
  const sleep = options.sleep ?? sleepAtLeast;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const client = new webApi.WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    logger: createBoltLogger(logger),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: requestTimeoutMs,
  });
  const minIntervalMs = options.minIntervalMsPerChannel ?? DEFAULT_MIN_INTERVAL_MS;
  const pacer = createChannelPacer({ minIntervalMs, now: options.now ?? Date.now, sleep });
  const retryFor = (channelId: string) => ({
    policy: options.retry ?? DEFAULT_SLACK_RETRY,
    sleep,
    logger,
    // Most 429s while sending a digest are the channel's posting limit: later sends to
    // the channel wait until after this one's retry instead of meeting the same 429.
    onRateLimited: (waitMs: number) => pacer.holdOff(channelId, waitMs + minIntervalMs),
  });

  async function send(channelId: string, digest: Digest, chartPng: Buffer | null, delivery: SlackDigestDelivery | undefined): Promise<SlackDigestOutcome> {
    const where = { channelId, week: digest.week };
    if (delivery?.lookFirst) {
      // An earlier attempt may have posted it and died before hearing Slack's answer.
      const found = await findPostedMessages(client, { channel: channelId, since: delivery.since, metadata: delivery.metadata }, retryFor(channelId));
      if (!found.ok) {
        const { kind, code, message: text } = found.failure;
        logger.warn({ ...where, code }, 'slack digest not sent: whether an earlier attempt posted it could not be told');
        // Without channels:history (or groups:history) the look cannot be made; sending blind could double the digest.
        return { status: kind === 'permanent' ? 'permanent_failure' : 'transient_failure', code, message: kind === 'permanent' ? `looking for an earlier post of this digest failed (${text}); Utfall needs the channels:history and groups:history scopes` : text };
      }
      const earlier = found.value[0];
      if (earlier !== undefined) {
        logger.info({ ...where, messageTs: earlier, copies: found.value.length }, 'slack digest was posted by an earlier attempt; not posted again');
        await delivery.posted(earlier);
        return { status: 'sent', messageTs: earlier };
      }
    }
    const message = renderDigestBlocks(digest);
    if (message.omittedLines > 0) logger.warn({ ...where, omittedLines: message.omittedLines }, 'slack digest too long for one message; the last lines are left out and the message says so');
    await pacer.wait(channelId);
    const posted = await callWithRetry(
      () => client.chat.postMessage({ channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false, ...(delivery ? { metadata: { event_type: delivery.metadata.event_type, event_payload: { ...delivery.metadata.event_payload } } } : {}) }),
      { ...retryFor(channelId), step: 'chat.postMessage' },
    );
    if (!posted.ok) {
      const { kind, code, message: text } = posted.failure;
      logger.warn({ ...where, attempts: posted.attempts, code }, kind === 'permanent' ? 'slack digest cannot be delivered to this channel' : 'slack digest not delivered this time');
      return { status: kind === 'permanent' ? 'permanent_failure' : 'transient_failure', code, message: text };
    }
    const messageTs = posted.value.ts ?? '';
    logger.info({ ...where, attempts: posted.attempts, messageTs }, 'slack digest sent');
    // Recorded before the chart's three calls: a crash during them must not send the message again.
    if (delivery && messageTs) await delivery.posted(messageTs).catch((error: unknown) => logger.warn({ ...where, messageTs, err: error }, 'slack digest sent; its ts could not be recorded yet'));
    // A digest with nothing new is its one line; a chart would say nothing more.
    if (!chartPng || digest.nothingNew) return { status: 'sent', messageTs };

    const title = digestChartTitle(digest);
    const chart = await uploadDigestChart(
      { channelId, threadTs: messageTs, png: chartPng, filename: `utfall-${digest.week}.png`, title, altText: describeDigestChart(digest), initialComment: escapeMrkdwn(title) },
      { client, requestTimeoutMs, retry: retryFor(channelId), pace: () => pacer.wait(channelId) },
    );
    if (!chart.ok) {
      logger.warn({ ...where, messageTs, step: chart.step, code: chart.failure.code }, 'slack digest sent without its chart');
      return { status: 'sent', messageTs, chartError: { code: chart.failure.code, message: `${chart.step}: ${chart.failure.message}` } };
    }
    logger.info({ ...where, messageTs, fileId: chart.fileId }, 'slack digest chart shared');
    return { status: 'sent', messageTs, fileId: chart.fileId };
  }

  return {
    async send(channelId, digest, chartPng, delivery) {
      try {
        return await send(channelId, digest, chartPng, delivery);
      } catch (error) {
        // Slack's failures are outcomes already; this is a bug of ours, reported the same way so a scheduler loop never dies of it.
        logger.error({ channelId, week: digest.week, err: error }, 'slack digest failed unexpectedly');
        return { status: 'transient_failure', code: 'slack_unexpected', message: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
      }
    },
  };
}
