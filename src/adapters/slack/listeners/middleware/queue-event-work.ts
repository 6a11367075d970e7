// Every request is noted as an arrival, and Events API work goes through the work
// queue. Bolt has acknowledged an event before any middleware runs, so queueing it
// delays only the reply, never the acknowledgement. (Commands and interactivity
// acknowledge inside their listeners and are not queued: they come one click at a time.)
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { WorkQueue } from '../../work-queue.js';

/** Global middleware running each event's processing in `queue`. */
export function queueEventWork(queue: WorkQueue): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    queue.noteArrival();
    if ((body as { type?: unknown }).type === 'event_callback') await queue.run(next);
    else await next();
  };
}
