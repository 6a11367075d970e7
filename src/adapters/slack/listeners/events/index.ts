// The Events API listeners.
import type { App } from '@slack/bolt';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { registerAppHomeOpened } from './app-home-opened.js';
import { registerAppMention } from './app-mention.js';
import { registerDirectMessage } from './direct-message.js';

/** Registers every Events API listener. */
export function registerEventListeners(app: App, context: SlackChannelContext): void {
  registerAppMention(app, context);
  registerDirectMessage(app, context);
  registerAppHomeOpened(app, context);
}
