// The parts of Slack's inbound payloads Utfall reads, as zod schemas
// (https://docs.slack.dev/reference/events, /interactivity/handling-user-interaction).
// Everything else in a payload passes through untouched.
import { z } from 'zod';
import { SlackChannelError } from './slack-channel-error.js';

const id = z.string().min(1).max(255);
const ts = z.string().min(1).max(64);

/** A message in a conversation: where it is, for replies in its thread. */
const conversationMessage = { channel: id, ts, thread_ts: ts.optional() };

/** An app_mention event: a mention of Utfall in a channel. */
export const appMentionEventSchema = z.object({ type: z.literal('app_mention'), user: id.optional(), bot_id: z.string().optional(), text: z.string().max(40_000).default(''), ...conversationMessage }).loose();

/** A message event (Utfall subscribes to message.im). */
export const messageEventSchema = z.object({ type: z.literal('message'), channel_type: z.string().optional(), subtype: z.string().optional(), user: id.optional(), bot_id: z.string().optional(), text: z.string().max(40_000).default(''), ...conversationMessage }).loose();

/** app_home_opened: a user opened one of Utfall's tabs. */
export const appHomeOpenedEventSchema = z.object({ type: z.literal('app_home_opened'), user: id, tab: z.string().optional() }).loose();

/** A slash command (/utfall). */
export const slashCommandSchema = z.object({ command: z.string(), text: z.string().max(40_000).default(''), user_id: id, user_name: z.string().max(255).optional(), channel_id: id.optional(), response_url: z.url({ protocol: /^https?$/ }) }).loose();

/** block_actions: a button clicked. */
export const blockActionSchema = z
  .object({
    type: z.literal('block_actions'),
    user: z.object({ id, username: z.string().optional(), name: z.string().optional() }).loose(),
    response_url: z.url({ protocol: /^https?$/ }).optional(),
    trigger_id: z.string().optional(),
    container: z.object({ type: z.string(), is_ephemeral: z.boolean().optional() }).loose().optional(),
    channel: z.object({ id }).loose().optional(),
    message: z.object({ ts, thread_ts: ts.optional() }).loose().optional(),
    actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() }).loose()).min(1),
  })
  .loose();
/** A block_actions payload as read. */
export type BlockActionBody = z.infer<typeof blockActionSchema>;

/** view_submission: a modal submitted. */
export const viewSubmissionSchema = z
  .object({
    type: z.literal('view_submission'),
    user: z.object({ id }).loose(),
    view: z.object({ callback_id: z.string(), private_metadata: z.string().max(3000).default(''), state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullable().optional() }).loose())) }).loose() }).loose(),
  })
  .loose();

/** `value` read through `schema`; a payload that does not fit is a SlackChannelError('slack_invalid_payload'). */
export function readPayload<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SlackChannelError('slack_invalid_payload', `${what} does not have the expected shape: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('; ')}`, { cause: parsed.error });
  return parsed.data;
}
