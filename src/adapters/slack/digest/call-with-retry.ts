// Runs one Slack call with Utfall's own retry policy instead of the WebClient's
// (retryWithBackoff), so that waits go through an injected sleep: a 429 waits exactly
// the Retry-After Slack sent, 5xx, network errors and timeouts back off exponentially
// with jitter, and a permanent platform error ends at once.
import type { Logger } from 'pino';
import { exponentialDelayMs, retryWithBackoff, type RetryPolicy } from '../../../core/digests/retry-with-backoff.js';
import { classifySlackFailure, type SlackFailure } from './classify-slack-failure.js';

/** The longest backoff is `maxDelayMs`; a Retry-After is honoured up to MAX_RETRY_AFTER_MS. */
export type SlackRetryPolicy = RetryPolicy;

export const DEFAULT_SLACK_RETRY: SlackRetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

/**
 * A Retry-After longer than this ends the tries: holding a digest worker for more
 * than five minutes helps no one, and the scheduler tries again on its next round.
 */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

export type RetryResult<T> = { readonly ok: true; readonly value: T; readonly attempts: number } | { readonly ok: false; readonly failure: SlackFailure; readonly attempts: number };

export interface RetryContext {
  readonly policy: SlackRetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: Logger;
  /** Named in the log: "chat.postMessage", "upload". */
  readonly step: string;
  /** Told of every 429 before its wait, so that pacing can hold other sends back too. */
  readonly onRateLimited?: (waitMs: number) => void;
  readonly random?: () => number;
}

/** Half the exponential delay plus a random part of the other half ("equal jitter"), so that senders do not retry in step. */
export function backoffMs(attempt: number, policy: SlackRetryPolicy, random: () => number = Math.random): number {
  const delay = exponentialDelayMs(attempt, policy);
  return Math.round(delay / 2 + random() * (delay / 2));
}

/** `call`'s value, or the failure that ended the tries; never rejects. */
export async function callWithRetry<T>(call: () => Promise<T>, context: RetryContext): Promise<RetryResult<T>> {
  const result = await retryWithBackoff(call, {
    attempts: context.policy.attempts,
    classify: classifySlackFailure,
    retryable: (failure) => failure.kind === 'retry',
    backoffMs: (attempt) => backoffMs(attempt, context.policy, context.random),
    maxWaitMs: MAX_RETRY_AFTER_MS,
    sleep: context.sleep,
    beforeWait: (failure, attempt, waitMs) => {
      if (failure.retryAfterMs !== undefined) context.onRateLimited?.(waitMs);
      context.logger.info({ step: context.step, attempt, code: failure.code, waitMs }, 'slack call retried');
    },
  });
  if (result.ok) return result;
  const { failure, attempts, refusedWaitMs } = result;
  if (refusedWaitMs !== undefined) return { ok: false, failure: { ...failure, kind: 'stop', message: `${failure.message} (asked to wait ${Math.ceil(refusedWaitMs / 1000)} s)` }, attempts };
  context.logger.debug({ step: context.step, attempt: attempts, code: failure.code, err: result.error }, 'slack call failed');
  return { ok: false, failure, attempts };
}
