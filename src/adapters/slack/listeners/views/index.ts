// The modal listeners.
import type { App } from '@slack/bolt';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { registerReviseDraft } from './revise-draft.js';

/** Registers every modal listener. */
export function registerViewListeners(app: App, context: SlackChannelContext): void {
  registerReviseDraft(app, context);
}
