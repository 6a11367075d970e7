// A short message in Utfall's own words (help, confirmations, refusals, errors).
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { fallbackText, textSections } from './render-sections.js';
import type { SlackMessage } from './slack-message.js';

/** `text` (mrkdwn, not yet escaped) as a message. */
export function renderNotice(text: string): SlackMessage {
  return { text: fallbackText(text), blocks: textSections(text, BLOCK_KIT_LIMITS.messageBlocks) };
}
