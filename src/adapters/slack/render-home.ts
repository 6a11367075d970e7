// The App Home tab: the user's home organisation and what Utfall can do.
import type { types } from '@slack/bolt';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { clipMrkdwn, escapeMrkdwn } from './render-mrkdwn.js';
import { markupOf } from '../../core/conversation/markup.js';
import { conversationMessages } from '../../core/conversation/messages/messages.js';
import { PHRASES } from './slack-phrases.js';

/** The Home tab for a user whose home organisation is `homeOrganisation` (null until set). */
export function renderHome(homeOrganisation: string | null, organisations: readonly string[]): types.HomeView {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Utfall – budgetuppföljning', emoji: false } },
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(conversationMessages('sv').homeOrganisationIs(homeOrganisation, markupOf({ markup: 'mrkdwn', commandPrefix: '/utfall ' }))) } },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(PHRASES.help) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: clipMrkdwn(`Organisationer i Utfall: ${organisations.join(', ')}`, BLOCK_KIT_LIMITS.sectionText) }] },
    ],
  };
}
