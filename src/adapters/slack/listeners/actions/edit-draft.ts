// "Redigera": opens a modal with the draft's text. The trigger_id is valid for 3 s,
// so the modal opens right after the acknowledgement and one store read.
import type { App } from '@slack/bolt';
import { ACTION_IDS, draftValueSchema } from '../../action-values.js';
import { renderDraftModal } from '../../render-draft-modal.js';
import { renderNotice } from '../../render-notice.js';
import { responseUrlTarget } from '../../reply-target.js';
import { SlackChannelError } from '../../slack-channel-error.js';
import { slackActor, type SlackChannelContext } from '../../slack-dependencies.js';
import { PHRASES } from '../../slack-phrases.js';
import { readBlockAction } from './read-block-action.js';

/** Registers the Redigera button. */
export function registerEditDraft(app: App, context: SlackChannelContext): void {
  app.action(ACTION_IDS.editDraft, async ({ ack, body, client }) => {
    await ack();
    const click = readBlockAction(body, draftValueSchema);
    if (!click.body.trigger_id) throw new SlackChannelError('slack_invalid_payload', 'Redigera came without a trigger_id');
    const draft = await context.draftStore.getDraft(click.value.d);
    const mayEdit = draft ? await context.assistant.authorise(slackActor(click.userId), draft.organisationId, 'manage') : false;
    const notice = !draft ? PHRASES.draftMissing(click.value.d) : !mayEdit ? PHRASES.onlyControllersManageDrafts : draft.status !== 'draft' ? PHRASES.draftNotOpen(draft.id) : null;
    const view = draft && !notice ? renderDraftModal(draft, click.responseUrl) : null;
    if (!view) {
      await responseUrlTarget(click.responseUrl, 'ephemeral').send(renderNotice(notice ?? PHRASES.draftTooLongToEdit));
      return;
    }
    await client.views.open({ trigger_id: click.body.trigger_id, view });
  });
}
