// The per-person rate limit: a burst at once, then so many a minute, with the seconds
// until the next question may be asked; people are limited apart.
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/core/access/rate-limiter.js';

describe('the rate limiter', () => {
  it('allows a burst, then refills at the rate a minute', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 3, perMinute: 6, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('anna').allowed)).toEqual([true, true, true]);
    expect(limiter.take('anna')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 4_000;
    expect(limiter.take('anna')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(limiter.take('anna').allowed).toBe(true);
    expect(limiter.take('anna').allowed).toBe(false);
  });

  it('limits each person apart', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, now: () => 0 });
    expect(limiter.take('anna').allowed).toBe(true);
    expect(limiter.take('anna').allowed).toBe(false);
    expect(limiter.take('bertil').allowed).toBe(true);
  });

  it('forgets people whose bucket has refilled, so memory stays bounded', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 2, perMinute: 60, now: () => now });
    for (let index = 0; index < 1000; index += 1) limiter.take(`person ${index}`);
    now += 10_000;
    // A full bucket again: the same as a new one.
    expect(limiter.take('person 1')).toEqual({ allowed: true });
    expect(limiter.take('person 1')).toEqual({ allowed: true });
    expect(limiter.take('person 1').allowed).toBe(false);
  });
});
