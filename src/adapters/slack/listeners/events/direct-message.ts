// A direct message to Utfall (the Messages tab): answered in the conversation.
import type { App } from '@slack/bolt';
import { slackWorkOf } from '../../durable/slack-work-runner.js';
import { readSlackText } from '../../read-slack-text.js';
import { conversationTarget } from '../../reply-target.js';
import { respondToText } from '../../respond-to-text.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { messageEventSchema, readPayload } from '../../slack-payloads.js';

/** Registers the direct-message listener. */
export function registerDirectMessage(app: App, context: SlackChannelContext): void {
  app.event('message', async ({ event, client, context: boltContext }) => {
    const message = readPayload(messageEventSchema, event, 'message event');
    // Only what a person wrote in a DM: no edits, deletions, joins (subtypes) or bot messages.
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.user) return;
    await respondToText(context, { text: readSlackText(message.text, boltContext.botUserId), userId: message.user, reply: conversationTarget(client, message, slackWorkOf(boltContext)?.journal) });
  });
}
