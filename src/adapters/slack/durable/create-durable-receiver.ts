// Bolt's ExpressReceiver with one step added between its verification and Bolt:
// a verified events, command or interactivity payload is kept in the store before
// Bolt runs (and so before anything acknowledges it). A payload whose key is known
// (Slack's retry of an event, a replayed command) is acknowledged and goes no
// further; a store that cannot keep it gets HTTP 500, so that Slack sends it again.
// ssl_check and url_verification are answered by the receiver before this step.
import { ExpressReceiver, type ExpressReceiverOptions } from '@slack/bolt';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { requestKey } from '../listeners/middleware/skip-replayed-requests.js';
import type { SlackWorkHandle, SlackWorkRunner } from './slack-work-runner.js';

/** The key a payload is kept under: its event_id for an event (as Slack retries it), else a digest of the signed payload. */
export function workKey(body: unknown): string {
  const { type, event_id: eventId } = (body ?? {}) as { type?: unknown; event_id?: unknown };
  return type === 'event_callback' && typeof eventId === 'string' ? `event:${eventId}` : requestKey(body);
}

const HANDLE = Symbol('slackWork');
type WithHandle = Request & { [HANDLE]?: SlackWorkHandle };

/** An ExpressReceiver that keeps each payload through `runner` first; Bolt's context gets its handle as `slackWork`. */
export function createDurableReceiver(options: ExpressReceiverOptions, runner: SlackWorkRunner, logger: Logger): ExpressReceiver {
  class DurableExpressReceiver extends ExpressReceiver {
    override async requestHandler(request: Request, response: Response): Promise<void> {
      let handle: SlackWorkHandle | null;
      try {
        handle = await runner.receive(workKey(request.body), request.body);
      } catch (error) {
        logger.error({ err: error }, 'slack request not kept: the store did not take it; Slack will send it again');
        response.status(500).send();
        return;
      }
      if (!handle) {
        logger.info({ key: workKey(request.body) }, 'slack request seen before; acknowledged and ignored');
        response.status(200).send();
        return;
      }
      (request as WithHandle)[HANDLE] = handle;
      try {
        // Bolt's processEvent runs the middleware and listeners to their end before this returns.
        await super.requestHandler(request, response);
      } finally {
        await runner.settle(handle);
      }
    }
  }
  return new DurableExpressReceiver({ ...options, customPropertiesExtractor: (request) => ((request as WithHandle)[HANDLE] ? { slackWork: (request as WithHandle)[HANDLE] } : {}) });
}
