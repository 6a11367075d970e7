// What the renderers produce and the reply targets send: Block Kit blocks and the
// plain fallback text Slack shows in notifications.
import type { types } from '@slack/bolt';

/** A Block Kit block, as @slack/types defines it. */
export type SlackBlock = types.KnownBlock;
export type SlackButton = types.Button;

/** A message: blocks plus the notification text. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: SlackBlock[];
}
