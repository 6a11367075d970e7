// The markup a channel writes Utfall's sentences in.
import type { Markup } from './messages/conversation-messages.js';
import type { TurnPlace } from './turn.js';

/** Bold and commands in Slack's mrkdwn (`*…*`, backticks), or as plain text with quotes (Teams, the web). */
export function markupOf(where: TurnPlace): Markup {
  const command = where.commandPrefix ?? '';
  return where.markup === 'mrkdwn' ? { strong: (text) => `*${text}*`, code: (text) => `\`${text}\``, command } : { strong: (text) => text, code: (text) => `"${text}"`, command };
}
