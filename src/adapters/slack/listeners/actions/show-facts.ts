// "Visa underlag": the facts and derivations behind an answer, shown only to the
// person who clicked. The facts of the answer on screen when this instance still
// has them and the clicker is the one who asked; else the question asked again as
// the clicker through the conversation core, so a colleague in the channel sees only
// what they may see.
import type { App } from '@slack/bolt';
import { ACTION_IDS, askValueSchema } from '../../action-values.js';
import { renderFacts } from '../../render-facts.js';
import { renderReply } from '../../render-reply.js';
import { responseUrlTarget } from '../../reply-target.js';
import { slackTurn, type SlackChannelContext } from '../../slack-dependencies.js';
import { readBlockAction } from './read-block-action.js';

/** Registers the Visa underlag button. */
export function registerShowFacts(app: App, context: SlackChannelContext): void {
  app.action(ACTION_IDS.showFacts, async ({ ack, body }) => {
    await ack();
    const click = readBlockAction(body, askValueSchema);
    const target = responseUrlTarget(click.responseUrl, 'ephemeral');
    const remembered = click.value.k ? context.recentAnswers.recall(click.value.k, click.userId) : undefined;
    if (remembered) return void (await target.send(renderFacts(remembered)));
    const reply = await context.conversation.handle(slackTurn(click.userId, { kind: 'question', text: click.value.q, homeOrganisation: click.value.o }));
    await target.send(reply.kind === 'answer' ? renderFacts(reply.answer) : renderReply(context, reply, click.userId));
  });
}
