// Every listener of the Slack channel, and the global middleware around them, in order:
// work tracking, marking durable work done, the error handler, the work queue for events, then deduplication of
// retried events and of replayed commands and interactions.
import type { App } from '@slack/bolt';
import type { SlackChannelContext } from '../slack-dependencies.js';
import type { WorkQueue } from '../work-queue.js';
import { registerActionListeners } from './actions/index.js';
import { registerCommandListeners } from './commands/index.js';
import { registerEventListeners } from './events/index.js';
import { handleErrors } from './middleware/handle-errors.js';
import { skipHandledEvents } from './middleware/skip-handled-events.js';
import { skipReplayedRequests } from './middleware/skip-replayed-requests.js';
import { queueEventWork } from './middleware/queue-event-work.js';
import { trackWork } from './middleware/track-work.js';
import { finishDurableWork } from './middleware/finish-durable-work.js';
import type { SlackWorkRunner } from '../durable/slack-work-runner.js';
import { registerViewListeners } from './views/index.js';

/** Registers the middleware and listeners on `app`; `inFlight` collects running work, `queue` paces events. */
export function registerListeners(app: App, context: SlackChannelContext, work: { inFlight: Set<Promise<void>>; queue: WorkQueue; durable?: SlackWorkRunner | undefined }): void {
  app.use(trackWork(work.inFlight));
  if (work.durable) app.use(finishDurableWork(work.durable, context.logger));
  app.use(handleErrors(context.logger));
  app.use(queueEventWork(work.queue));
  app.use(skipHandledEvents(context.identities, context.logger));
  app.use(skipReplayedRequests(context.identities, context.logger));
  registerEventListeners(app, context);
  registerCommandListeners(app, context);
  registerActionListeners(app, context);
  registerViewListeners(app, context);
}
