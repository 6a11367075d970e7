// Slack redelivers an event it thinks was not acknowledged (X-Slack-Retry-Num,
// https://docs.slack.dev/apis/events-api#retries) with the same event_id. The id is
// recorded in the store, atomically, before any reply, so a retry never produces a
// second reply, after a restart or on another instance alike.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ChatIdentityStore } from '../../../../core/channels/chat-identity-store.js';
import { slackWorkOf } from '../../durable/slack-work-runner.js';

/** Global middleware: events whose event_id was handled before go no further. */
export function skipHandledEvents(identities: ChatIdentityStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context }) => {
    // Work resumed after a crash was recorded as handled by its first try.
    if (slackWorkOf(context)?.resumed) return next();
    const { type, event_id: eventId } = body as { type?: unknown; event_id?: unknown };
    if (type === 'event_callback' && typeof eventId === 'string' && !(await identities.markEventHandled('slack', eventId))) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'slack event delivered again; already handled');
      return;
    }
    await next();
  };
}
