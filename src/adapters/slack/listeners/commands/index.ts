// The slash command listeners.
import type { App } from '@slack/bolt';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { registerUtfallCommand } from './utfall-command.js';

/** Registers every slash command listener. */
export function registerCommandListeners(app: App, context: SlackChannelContext): void {
  registerUtfallCommand(app, context);
}
