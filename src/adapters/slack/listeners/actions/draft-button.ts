// The buttons on a draft (Godkänn, Skriv om) as turns of the conversation core: a
// draft in reply replaces the message the button is on; anything else (a refusal, a
// draft that is gone) is said privately to the one who clicked.
import type { App } from '@slack/bolt';
import { draftValueSchema } from '../../action-values.js';
import { renderReply } from '../../render-reply.js';
import { responseUrlTarget } from '../../reply-target.js';
import { slackTurn, type SlackChannelContext } from '../../slack-dependencies.js';
import { readBlockAction } from './read-block-action.js';

/** Registers `actionId` as the draft action `kind`. */
export function registerDraftButton(app: App, context: SlackChannelContext, actionId: string, kind: 'approve' | 'rewrite'): void {
  app.action(actionId, async ({ ack, body }) => {
    await ack();
    const click = readBlockAction(body, draftValueSchema);
    const reply = await context.conversation.handle(slackTurn(click.userId, { kind, draftId: click.value.d }));
    await responseUrlTarget(click.responseUrl, reply.kind === 'draft' ? 'replace_original' : 'ephemeral').send(renderReply(context, reply, click.userId));
  });
}
