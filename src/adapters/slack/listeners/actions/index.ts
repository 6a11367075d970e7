// The button listeners.
import type { App } from '@slack/bolt';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { registerApproveDraft } from './approve-draft.js';
import { registerAskOption } from './ask-option.js';
import { registerEditDraft } from './edit-draft.js';
import { registerRewriteDraft } from './rewrite-draft.js';
import { registerShowFacts } from './show-facts.js';

/** Registers every button listener. */
export function registerActionListeners(app: App, context: SlackChannelContext): void {
  registerShowFacts(app, context);
  registerAskOption(app, context);
  registerApproveDraft(app, context);
  registerRewriteDraft(app, context);
  registerEditDraft(app, context);
}
