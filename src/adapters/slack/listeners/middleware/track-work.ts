// Keeps the work of every request in a set, so that stop() can let it finish.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Global middleware adding each request's remaining processing to `inFlight` until it settles. */
export function trackWork(inFlight: Set<Promise<void>>): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  };
}
