// The "Redigera" modal: the draft's text in plain-text inputs (a text longer than
// one input's 3 000 characters is spread over several and joined back on submit),
// and the draft and the message to update in private_metadata.
import type { types } from '@slack/bolt';
import type { StoredDraft } from '../../core/drafting/draft-store.js';
import { REVISE_DRAFT_VIEW, type DraftModalMetadata } from './action-values.js';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { draftTitle } from './render-draft.js';
import { clipMrkdwn, splitText } from './render-mrkdwn.js';

/** Block ids of the text inputs: text_0, text_1, … */
export const TEXT_BLOCK_PREFIX = 'text_';
/** The action id of every text input (block ids tell them apart). */
export const TEXT_ACTION_ID = 'text';

/** The modal for `draft`, or null when its text needs more inputs than a modal holds. */
export function renderDraftModal(draft: StoredDraft, responseUrl: string | undefined): types.ModalView | null {
  const { parts, separators } = splitText(draft.text, BLOCK_KIT_LIMITS.textInput, { escaped: false });
  const metadata: DraftModalMetadata = { d: draft.id, ...(responseUrl ? { r: responseUrl } : {}), s: separators };
  const privateMetadata = JSON.stringify(metadata);
  if (parts.length > BLOCK_KIT_LIMITS.viewBlocks - 1 || privateMetadata.length > BLOCK_KIT_LIMITS.privateMetadata) return null;
  const inputs: types.InputBlock[] = parts.map((part, index) => ({
    type: 'input',
    block_id: `${TEXT_BLOCK_PREFIX}${index}`,
    label: { type: 'plain_text', text: parts.length === 1 ? 'Text' : `Text, del ${index + 1} av ${parts.length}` },
    element: { type: 'plain_text_input', action_id: TEXT_ACTION_ID, multiline: true, max_length: BLOCK_KIT_LIMITS.textInput, initial_value: part },
  }));
  return {
    type: 'modal',
    callback_id: REVISE_DRAFT_VIEW,
    private_metadata: privateMetadata,
    title: { type: 'plain_text', text: 'Redigera utkast' },
    submit: { type: 'plain_text', text: 'Spara' },
    close: { type: 'plain_text', text: 'Avbryt' },
    blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: clipMrkdwn(`${draftTitle(draft)}. Skriv om fritt; nya siffror måste finnas i utkastets underlag.`, 2000) }] }, ...inputs],
  };
}

/** The submitted text: the inputs in order, joined with the separators the split removed. */
export function readDraftModal(values: Readonly<Record<string, Readonly<Record<string, { value?: string | null }>>>>, metadata: DraftModalMetadata): string {
  const parts: string[] = [];
  for (let index = 0; `${TEXT_BLOCK_PREFIX}${index}` in values; index += 1) parts.push(values[`${TEXT_BLOCK_PREFIX}${index}`]?.[TEXT_ACTION_ID]?.value ?? '');
  return parts.map((part, index) => (index === 0 ? part : `${metadata.s[index - 1] ?? '\n\n'}${part}`)).join('');
}

/** The block an error about the whole text is shown under: the first input. */
export const FIRST_TEXT_BLOCK = `${TEXT_BLOCK_PREFIX}0`;
