// Runs one call to a chat platform with Utfall's own retry policy, shared by the Slack
// and Teams digest senders: a failure the platform says will pass is tried again
// after the wait it asked for (Retry-After) or a growing backoff; a wait longer than
// the caller will hold a worker for ends the tries, and any other failure ends them
// at once. Waits go through an injected sleep, so that tests are fast and exact.

export interface RetryPolicy {
  /** Tries in all, the first included (at least 1). */
  readonly attempts: number;
  readonly baseDelayMs: number;
  /** The longest backoff between tries. */
  readonly maxDelayMs: number;
}

export interface RetryOptions<F extends { readonly retryAfterMs?: number }> {
  /** Tries in all, the first included (at least 1). */
  readonly attempts: number;
  /** What a thrown error means on this platform. */
  readonly classify: (error: unknown) => F;
  readonly retryable: (failure: F) => boolean;
  /** The wait after try `attempt` when the platform named none. */
  readonly backoffMs: (attempt: number) => number;
  /** A longer wait than this ends the tries; the caller is told how long it was asked to wait. */
  readonly maxWaitMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Told before each wait: for the log, and for pacing other sends. */
  readonly beforeWait?: (failure: F, attempt: number, waitMs: number, error: unknown) => void;
}

export type Attempted<T, F> =
  | { readonly ok: true; readonly value: T; readonly attempts: number }
  | { readonly ok: false; readonly failure: F; readonly error: unknown; readonly attempts: number; readonly refusedWaitMs?: number };

/** `call`'s value, or the failure that ended the tries; never rejects. */
export async function retryWithBackoff<T, F extends { readonly retryAfterMs?: number }>(call: () => Promise<T>, options: RetryOptions<F>): Promise<Attempted<T, F>> {
  const attempts = Math.max(1, Math.floor(options.attempts));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ok: true, value: await call(), attempts: attempt };
    } catch (error) {
      const failure = options.classify(error);
      if (!options.retryable(failure) || attempt >= attempts) return { ok: false, failure, error, attempts: attempt };
      const waitMs = failure.retryAfterMs ?? options.backoffMs(attempt);
      if (waitMs > options.maxWaitMs) return { ok: false, failure, error, attempts: attempt, refusedWaitMs: waitMs };
      options.beforeWait?.(failure, attempt, waitMs, error);
      await options.sleep(waitMs);
    }
  }
}

/** The doubling delay after try `attempt`, at most the policy's longest. */
export function exponentialDelayMs(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}
