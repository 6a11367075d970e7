// Runs one Slack call with Utfall's own retry policy instead of the WebClient's, so
// that waits go through an injected sleep and tests are fast and exact: a 429 waits
// exactly the Retry-After Slack sent, 5xx, network errors and timeouts back off
// exponentially with jitter, and a permanent platform error ends at once.
import type { Logger } from 'pino';
import { classifySlackFailure, type SlackFailure } from './classify-slack-failure.js';

export interface SlackRetryPolicy {
  /** Tries in all, the first included (at least 1). */
  readonly attempts: number;
  readonly baseDelayMs: number;
  /** The longest backoff between tries (a Retry-After is honoured up to MAX_RETRY_AFTER_MS). */
  readonly maxDelayMs: number;
}

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
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(delay / 2 + random() * (delay / 2));
}

/** `call`'s value, or the failure that ended the tries; never rejects. */
export async function callWithRetry<T>(call: () => Promise<T>, context: RetryContext): Promise<RetryResult<T>> {
  const attempts = Math.max(1, Math.floor(context.policy.attempts));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ok: true, value: await call(), attempts: attempt };
    } catch (error) {
      const failure = classifySlackFailure(error);
      const where = { step: context.step, attempt, code: failure.code };
      if (failure.kind !== 'retry' || attempt >= attempts) {
        context.logger.debug({ ...where, err: error }, 'slack call failed');
        return { ok: false, failure, attempts: attempt };
      }
      const waitMs = failure.retryAfterMs ?? backoffMs(attempt, context.policy, context.random);
      if (waitMs > MAX_RETRY_AFTER_MS) return { ok: false, failure: { ...failure, kind: 'stop', message: `${failure.message} (asked to wait ${Math.ceil(waitMs / 1000)} s)` }, attempts: attempt };
      if (failure.retryAfterMs !== undefined) context.onRateLimited?.(waitMs);
      context.logger.info({ ...where, waitMs }, 'slack call retried');
      await context.sleep(waitMs);
    }
  }
}
