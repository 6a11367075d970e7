// "Skriv om": a fresh draft for the same organisation, line and period, in place of
// the message the button is on.
import type { App } from '@slack/bolt';
import { ACTION_IDS } from '../../action-values.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { registerDraftButton } from './draft-button.js';

/** Registers the Skriv om button. */
export function registerRewriteDraft(app: App, context: SlackChannelContext): void {
  registerDraftButton(app, context, ACTION_IDS.rewriteDraft, 'rewrite');
}
