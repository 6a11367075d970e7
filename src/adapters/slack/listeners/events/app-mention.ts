// @Utfall in a channel: the text after the mention, answered in the message's thread.
import type { App } from '@slack/bolt';
import { slackWorkOf } from '../../durable/slack-work-runner.js';
import { readSlackText } from '../../read-slack-text.js';
import { conversationTarget } from '../../reply-target.js';
import { respondToText } from '../../respond-to-text.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { appMentionEventSchema, readPayload } from '../../slack-payloads.js';

/** Registers the channel-mention listener. */
export function registerAppMention(app: App, context: SlackChannelContext): void {
  app.event('app_mention', async ({ event, client, context: boltContext }) => {
    const mention = readPayload(appMentionEventSchema, event, 'app_mention event');
    // Other bots are not answered (no loops); direct messages arrive as message events.
    if (mention.bot_id || !mention.user || mention.channel.startsWith('D')) return;
    await respondToText(context, { text: readSlackText(mention.text, boltContext.botUserId), userId: mention.user, reply: conversationTarget(client, mention, slackWorkOf(boltContext)?.journal), channelId: mention.channel });
  });
}
