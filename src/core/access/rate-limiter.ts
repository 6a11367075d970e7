// A per-person rate limit: each person has a bucket of `burst` questions that refills
// at `perMinute` a minute, so a few questions in quick succession are always answered
// and a flood is refused with the time until the next one may be asked. Buckets of
// people who have been quiet long enough to be full again are forgotten, so memory
// stays bounded by the people active in the last few minutes.

export interface RateLimitOptions {
  /** Questions a person may ask at once. */
  readonly burst: number;
  /** Questions a minute a person may go on asking. */
  readonly perMinute: number;
  /** Milliseconds now (a fake clock in tests). */
  readonly now?: () => number;
}

export interface RateLimiter {
  /** Takes one question from `key`'s bucket: allowed, or the seconds until one is. */
  take(key: string): { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };
}

/** A token-bucket limiter per key. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? (() => Date.now());
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();
  // How long an untouched bucket takes to refill completely: after that it is the same as a new one.
  const refillMs = options.burst / perMs;
  return {
    take(key) {
      const time = now();
      if (time - lastSweep > refillMs) {
        for (const [other, bucket] of buckets) if (time - bucket.at >= refillMs) buckets.delete(other);
        lastSweep = time;
      }
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: time };
      bucket.tokens = Math.min(options.burst, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}
