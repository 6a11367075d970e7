// "Godkänn": the draft approved with the Slack user as approver (the DraftService
// allows controllers and admins of its organisation); its message then shows the
// approval instead of the buttons.
import type { App } from '@slack/bolt';
import { ACTION_IDS } from '../../action-values.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { registerDraftButton } from './draft-button.js';

/** Registers the Godkänn button. */
export function registerApproveDraft(app: App, context: SlackChannelContext): void {
  registerDraftButton(app, context, ACTION_IDS.approveDraft, 'approve');
}
