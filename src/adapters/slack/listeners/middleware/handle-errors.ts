// The Slack channel's one error handler. Whatever a listener throws is logged once
// with a reference; the user gets a short Swedish message quoting it, where they
// were talking to Utfall, never a stack trace.
import type { AnyMiddlewareArgs, Middleware, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { decodeValue, draftModalMetadataSchema } from '../../action-values.js';
import { FailedAfterPlaceholder } from '../../deliver-with-placeholder.js';
import { renderNotice } from '../../render-notice.js';
import { conversationTarget, responseUrlTarget, type ReplyTarget } from '../../reply-target.js';
import { asSlackChannelError, newErrorReference } from '../../slack-channel-error.js';
import { PHRASES } from '../../slack-phrases.js';

type Body = { type?: string; response_url?: string; event?: { type?: string; channel?: string; ts?: string; thread_ts?: string }; view?: { private_metadata?: string } };

// Where the person who triggered `body` will see a message, if anywhere.
function errorTarget(body: Body, client: webApi.WebClient): ReplyTarget | null {
  if (body.response_url) return responseUrlTarget(body.response_url, 'ephemeral');
  const event = body.event;
  if (body.type === 'event_callback' && (event?.type === 'app_mention' || event?.type === 'message') && event.channel && event.ts) return conversationTarget(client, { channel: event.channel, ts: event.ts, thread_ts: event.thread_ts });
  if (body.type === 'view_submission') {
    try {
      const metadata = decodeValue(draftModalMetadataSchema, body.view?.private_metadata, 'private_metadata');
      return metadata.r ? responseUrlTarget(metadata.r, 'ephemeral') : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Acknowledges the request if the listener had not; true when this call did. */
async function acknowledge(args: AnyMiddlewareArgs, reference: string): Promise<boolean> {
  if (!('ack' in args) || typeof args.ack !== 'function') return false;
  const ack = args.ack as (response?: unknown) => Promise<void>;
  // A modal that failed shows the message in place of the form.
  const response = args.body.type === 'view_submission' ? { response_action: 'update', view: { type: 'modal', title: { type: 'plain_text', text: 'Utfall' }, close: { type: 'plain_text', text: 'Stäng' }, blocks: renderNotice(PHRASES.failed(reference)).blocks } } : undefined;
  try {
    await ack(response);
    return true;
  } catch {
    // Already acknowledged (ReceiverMultipleAckError): the listener failed after acking.
    return false;
  }
}

/** Global middleware around every listener. */
export function handleErrors(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (thrown) {
      const reference = newErrorReference();
      const placeholder = thrown instanceof FailedAfterPlaceholder ? thrown.placeholder : null;
      const error = asSlackChannelError(placeholder ? (thrown as Error).cause : thrown);
      logger.error({ err: error, code: error.code, reference, payload: args.body.type }, 'slack request failed');
      const message = renderNotice(PHRASES.failed(reference));
      try {
        const acknowledged = await acknowledge(args, reference);
        if (placeholder) await placeholder.replace(message);
        else if (!(acknowledged && args.body.type === 'view_submission')) await errorTarget(args.body as Body, args.client)?.send(message);
      } catch (deliveryError) {
        logger.error({ err: deliveryError, reference }, 'slack error message could not be delivered');
      }
    }
  };
}
