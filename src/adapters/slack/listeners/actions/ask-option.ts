// A clarify option's button: the question asked again, narrowed by the option, and
// answered where the clarifying question was (its thread, or privately).
import type { App } from '@slack/bolt';
import { slackWorkOf } from '../../durable/slack-work-runner.js';
import { ASK_OPTION_PATTERN, askValueSchema } from '../../action-values.js';
import { conversationTarget, responseUrlTarget } from '../../reply-target.js';
import { respondToText } from '../../respond-to-text.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { readBlockAction } from './read-block-action.js';

/** Registers the clarify option buttons (one action id each). */
export function registerAskOption(app: App, context: SlackChannelContext): void {
  app.action(ASK_OPTION_PATTERN, async ({ ack, body, client, context: boltContext }) => {
    await ack();
    const click = readBlockAction(body, askValueSchema);
    const { channel, message, container } = click.body;
    // Ephemeral messages (answers to /utfall) can only be answered through the response_url.
    const journal = slackWorkOf(boltContext)?.journal;
    const target = channel && message && !container?.is_ephemeral ? conversationTarget(client, { channel: channel.id, ts: message.ts, thread_ts: message.thread_ts }, journal) : responseUrlTarget(click.responseUrl, 'ephemeral', journal);
    await respondToText(context, { text: click.value.q, userId: click.userId, homeOrganisation: click.value.o, reply: target });
  });
}
