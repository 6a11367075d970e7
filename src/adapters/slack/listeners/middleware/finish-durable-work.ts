// Marks durable Slack work done once its listener has finished (replied, or shown its
// error through handleErrors). Work that throws past the error handler stays
// unfinished, and is tried again when its lease runs out.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import { slackWorkOf } from '../../durable/slack-work-runner.js';
import type { SlackWorkRunner } from '../../durable/slack-work-runner.js';

/** Global middleware: the request's work is marked done after the listeners. */
export function finishDurableWork(runner: SlackWorkRunner, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    const handle = slackWorkOf(context);
    await next();
    if (handle) await runner.finish(handle).catch((error: unknown) => logger.warn({ err: error, workId: handle.id }, 'slack work done but not marked so; it may be resumed, and its replies replaced'));
  };
}
