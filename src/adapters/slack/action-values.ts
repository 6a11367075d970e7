// What Utfall's buttons and modals carry back: ids of actions and views, and their
// values as small JSON documents. Slack returns them in signed payloads, but they are
// read through zod all the same: a value Utfall did not write is refused.
import { z } from 'zod';
import { draftIdSchema } from '../../core/drafting/draft-id.js';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { SlackChannelError } from './slack-channel-error.js';

/** The action ids of Utfall's buttons; each listener matches one. */
export const ACTION_IDS = {
  showFacts: 'utfall_show_facts',
  /** Clarify options: one action id per button, since ids must be unique in a message. */
  askOptionPrefix: 'utfall_ask_option_',
  approveDraft: 'utfall_approve_draft',
  rewriteDraft: 'utfall_rewrite_draft',
  editDraft: 'utfall_edit_draft',
} as const;
/** Matches every clarify option's action id. */
export const ASK_OPTION_PATTERN = /^utfall_ask_option_\d+$/;
/** The callback_id of the Redigera modal. */
export const REVISE_DRAFT_VIEW = 'utfall_revise_draft';

/** A question to (re-)ask: its text, the home organisation chosen with /utfall org (empty for registered people), and the key of the answer shown. */
export const askValueSchema = z.object({ q: z.string().min(1).max(BLOCK_KIT_LIMITS.buttonValue), o: z.string().max(500), k: z.string().max(64).optional() });
export type AskValue = z.infer<typeof askValueSchema>;

/** A draft a button acts on. */
export const draftValueSchema = z.object({ d: draftIdSchema });
export type DraftValue = z.infer<typeof draftValueSchema>;

/** The revise modal's private_metadata: the draft, where its message can be replaced, and how its text was split. */
export const draftModalMetadataSchema = z.object({
  d: draftIdSchema,
  r: z.url({ protocol: /^https?$/ }).max(1000).optional(),
  s: z.array(z.string().max(2)).max(BLOCK_KIT_LIMITS.viewBlocks),
});
export type DraftModalMetadata = z.infer<typeof draftModalMetadataSchema>;

/** The JSON for a button value, or null when it would exceed Slack's limit. */
export function encodeValue(value: AskValue | DraftValue): string | null {
  const json = JSON.stringify(value);
  return json.length <= BLOCK_KIT_LIMITS.buttonValue ? json : null;
}

/** Parses a value Utfall wrote; anything else is a SlackChannelError('slack_invalid_payload'). */
export function decodeValue<T>(schema: z.ZodType<T>, text: string | undefined, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch (error) {
    throw new SlackChannelError('slack_invalid_payload', `${what} is not JSON`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SlackChannelError('slack_invalid_payload', `${what} is not valid: ${parsed.error.message}`, { cause: parsed.error });
  return parsed.data;
}
