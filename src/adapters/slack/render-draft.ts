// A deviation-explanation draft as a Slack message: heading, text, sources, and
// while it is open the buttons Godkänn, Skriv om and Redigera.
import type { StoredDraft } from '../../core/drafting/draft-store.js';
import { formatPeriod } from '../../core/figures/period.js';
import { ACTION_IDS, encodeValue } from './action-values.js';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { clipMrkdwn, escapeMrkdwn } from './render-mrkdwn.js';
import { actionsBlock, button, fallbackText, present, sourcesContext, textSections } from './render-sections.js';
import type { SlackBlock, SlackMessage } from './slack-message.js';

const STATUS_LABELS: Readonly<Record<StoredDraft['status'], string>> = { draft: 'utkast', approved: 'godkänt', replaced: 'ersatt' };

/** "Utkast 12 – Kommunstyrelsen, 2024-08": which draft this is. */
export function draftTitle(draft: Pick<StoredDraft, 'id' | 'organisation' | 'item' | 'period'>): string {
  return `Utkast ${draft.id} – ${draft.organisation}${draft.item ? `, ${draft.item}` : ''}, ${formatPeriod(draft.period)}`;
}

/** Who approved, as a Slack mention when Utfall recorded a Slack user ("slack:U123"). */
function approverText(approvedBy: string): string {
  const slackUser = /^slack:([UW][A-Z0-9]+)$/.exec(approvedBy);
  return slackUser ? `<@${slackUser[1]}>` : escapeMrkdwn(approvedBy);
}

/** The message for `draft`; `note` (plain text) is shown above the text, e.g. "Ändringen är sparad." */
export function renderDraft(draft: StoredDraft, note?: string): SlackMessage {
  const value = encodeValue({ d: draft.id });
  const heading: SlackBlock = { type: 'section', text: { type: 'mrkdwn', text: `*${clipMrkdwn(draftTitle(draft), 1000)}* (${STATUS_LABELS[draft.status]})` } };
  const noteBlock: SlackBlock | null = note ? { type: 'context', elements: [{ type: 'mrkdwn', text: clipMrkdwn(note, 2000) }] } : null;
  const approved: SlackBlock | null = draft.status === 'approved' && draft.approvedBy ? { type: 'context', elements: [{ type: 'mrkdwn', text: `Godkänt av ${approverText(draft.approvedBy)}${draft.approvedAt ? ` ${draft.approvedAt.toISOString().slice(0, 10)}` : ''}` }] } : null;
  const actions = draft.status === 'draft' ? actionsBlock([button('Godkänn', ACTION_IDS.approveDraft, value, 'primary'), button('Skriv om', ACTION_IDS.rewriteDraft, value), button('Redigera', ACTION_IDS.editDraft, value)]) : null;
  const leading = present(heading, noteBlock);
  const trailing = present(sourcesContext(draft.evidence.facts, draft.language), approved, actions);
  const text = textSections(draft.text, BLOCK_KIT_LIMITS.messageBlocks - leading.length - trailing.length);
  return { text: fallbackText(`${draftTitle(draft)}: ${draft.text}`), blocks: [...leading, ...text, ...trailing] };
}
