// "Redigera": opens a modal with the draft's text, when the conversation core says the
// clicker may edit it. The trigger_id is valid for 3 s, so the modal opens right after
// the acknowledgement and one turn.
import type { App } from '@slack/bolt';
import { ACTION_IDS, draftValueSchema } from '../../action-values.js';
import { renderDraftModal } from '../../render-draft-modal.js';
import { renderNotice } from '../../render-notice.js';
import { renderReply } from '../../render-reply.js';
import { responseUrlTarget } from '../../reply-target.js';
import { SlackChannelError } from '../../slack-channel-error.js';
import { slackTurn, type SlackChannelContext } from '../../slack-dependencies.js';
import { PHRASES } from '../../slack-phrases.js';
import { readBlockAction } from './read-block-action.js';

/** Registers the Redigera button. */
export function registerEditDraft(app: App, context: SlackChannelContext): void {
  app.action(ACTION_IDS.editDraft, async ({ ack, body, client }) => {
    await ack();
    const click = readBlockAction(body, draftValueSchema);
    if (!click.body.trigger_id) throw new SlackChannelError('slack_invalid_payload', 'Redigera came without a trigger_id');
    const reply = await context.conversation.handle(slackTurn(click.userId, { kind: 'edit', draftId: click.value.d }));
    const privately = responseUrlTarget(click.responseUrl, 'ephemeral');
    if (reply.kind !== 'draft') return void (await privately.send(renderReply(context, reply, click.userId)));
    const view = renderDraftModal(reply.draft, click.responseUrl);
    if (!view) return void (await privately.send(renderNotice(PHRASES.draftTooLongToEdit)));
    await client.views.open({ trigger_id: click.body.trigger_id, view });
  });
}
