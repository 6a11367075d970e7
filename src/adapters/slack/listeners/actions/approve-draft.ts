// "Godkänn": the draft approved with the Slack user as approver, when they are a
// controller or admin of its organisation; its message then shows the approval
// instead of the buttons.
import type { App } from '@slack/bolt';
import { ACTION_IDS, draftValueSchema } from '../../action-values.js';
import { renderDraft } from '../../render-draft.js';
import { renderNotice } from '../../render-notice.js';
import { responseUrlTarget } from '../../reply-target.js';
import { slackActor, type SlackChannelContext } from '../../slack-dependencies.js';
import { PHRASES } from '../../slack-phrases.js';
import { readBlockAction } from './read-block-action.js';

/** Registers the Godkänn button. */
export function registerApproveDraft(app: App, context: SlackChannelContext): void {
  app.action(ACTION_IDS.approveDraft, async ({ ack, body }) => {
    await ack();
    const click = readBlockAction(body, draftValueSchema);
    const toApprove = await context.draftStore.getDraft(click.value.d);
    if (toApprove && !(await context.assistant.authorise(slackActor(click.userId), toApprove.organisationId, 'manage'))) {
      await responseUrlTarget(click.responseUrl, 'ephemeral').send(renderNotice(PHRASES.onlyControllersManageDrafts));
      return;
    }
    const approved = await context.drafts.approve(click.value.d, slackActor(click.userId));
    const draft = await context.draftStore.getDraft(click.value.d);
    if (!approved || !draft) {
      await responseUrlTarget(click.responseUrl, 'ephemeral').send(renderNotice(draft ? PHRASES.draftNotOpen(draft.id) : PHRASES.draftMissing(click.value.d)));
      return;
    }
    await responseUrlTarget(click.responseUrl, 'replace_original').send(renderDraft(draft));
  });
}
