// /utfall: acknowledged at once (Slack waits 3 s at most), then answered through the
// command's response_url: privately, or in the channel for `utkast … post`.
import type { App } from '@slack/bolt';
import { slackWorkOf } from '../../durable/slack-work-runner.js';
import { readSlackText } from '../../read-slack-text.js';
import { responseUrlTarget } from '../../reply-target.js';
import { respondToText } from '../../respond-to-text.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { readPayload, slashCommandSchema } from '../../slack-payloads.js';

/** The slash command, as the manifest declares it. */
export const UTFALL_COMMAND = '/utfall';

/** Registers /utfall. */
export function registerUtfallCommand(app: App, context: SlackChannelContext): void {
  app.command(UTFALL_COMMAND, async ({ command, ack, context: boltContext }) => {
    await ack();
    const request = readPayload(slashCommandSchema, command, 'slash command');
    const journal = slackWorkOf(boltContext)?.journal;
    await respondToText(context, {
      text: readSlackText(request.text, boltContext.botUserId),
      userId: request.user_id,
      userName: request.user_name,
      reply: responseUrlTarget(request.response_url, 'ephemeral', journal),
      post: responseUrlTarget(request.response_url, 'in_channel', journal),
      channelId: request.channel_id,
    });
  });
}
