// The "Redigera" modal submitted: the revision goes through the conversation core
// (the DraftService's permission check and guard) before the acknowledgement, because
// only the acknowledgement can keep the modal open with an error
// (https://docs.slack.dev/surfaces/modals#displaying_errors). A revision with a number
// the draft's facts do not back is refused there; an accepted one closes the modal and
// replaces the draft's message.
import type { App } from '@slack/bolt';
import { decodeValue, draftModalMetadataSchema, REVISE_DRAFT_VIEW } from '../../action-values.js';
import { FIRST_TEXT_BLOCK, readDraftModal } from '../../render-draft-modal.js';
import { renderDraft } from '../../render-draft.js';
import { clip } from '../../render-mrkdwn.js';
import { responseUrlTarget } from '../../reply-target.js';
import { slackTurn, type SlackChannelContext } from '../../slack-dependencies.js';
import { readPayload, viewSubmissionSchema } from '../../slack-payloads.js';

/** Slack shows a field error as one short line under the input. */
const ERROR_LENGTH = 300;

/** Registers the submission of the Redigera modal. */
export function registerReviseDraft(app: App, context: SlackChannelContext): void {
  app.view(REVISE_DRAFT_VIEW, async ({ ack, body }) => {
    const submission = readPayload(viewSubmissionSchema, body, 'view_submission payload');
    const metadata = decodeValue(draftModalMetadataSchema, submission.view.private_metadata, 'private_metadata of the revise modal');
    const reply = await context.conversation.handle(slackTurn(submission.user.id, { kind: 'revise', draftId: metadata.d, text: readDraftModal(submission.view.state.values, metadata) }));
    if (reply.kind !== 'draft') {
      const error = reply.kind === 'denied' || reply.kind === 'error' || reply.kind === 'notice' ? reply.text : '';
      await ack({ response_action: 'errors', errors: { [FIRST_TEXT_BLOCK]: clip(error, ERROR_LENGTH) } });
      return;
    }
    await ack();
    if (metadata.r) await responseUrlTarget(metadata.r, 'replace_original').send(renderDraft(reply.draft, reply.note));
  });
}
