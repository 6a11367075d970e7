// Slack signs a request with a timestamp, and Bolt refuses one older than five
// minutes; within those minutes the same signed request could be sent again by
// whoever saw it. Events are deduplicated by event_id (skip-handled-events.ts); slash
// commands and interactions carry no such id, so their key is a digest of the whole
// signed payload, which includes the invocation's unique trigger_id (or action_ts).
// The key is recorded in the store, atomically, before any work, so a replay is
// acknowledged and does nothing, after a restart or on another instance alike.
import { createHash } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ChatIdentityStore } from '../../../../core/channels/chat-identity-store.js';
import { slackWorkOf } from '../../durable/slack-work-runner.js';

/** The stable key of a command or interaction payload. */
export function requestKey(body: unknown): string {
  return `request:${createHash('sha256').update(JSON.stringify(body)).digest('base64url')}`;
}

/** Global middleware: a command or interaction seen before is acknowledged and goes no further. */
export function skipReplayedRequests(identities: ChatIdentityStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { type?: unknown; command?: unknown; trigger_id?: unknown };
    // Work resumed after a crash was recorded as handled by its first try.
    if (body.type === 'event_callback' || slackWorkOf(args.context)?.resumed) return args.next();
    if (!(await identities.markEventHandled('slack', requestKey(body)))) {
      logger.warn({ payload: typeof body.type === 'string' ? body.type : typeof body.command === 'string' ? 'slash_command' : 'unknown' }, 'slack request replayed; acknowledged and ignored');
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  };
}
