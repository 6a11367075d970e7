// A button click as the action listeners need it: who clicked, the value Utfall put
// on the button, and the response_url to answer through.
import type { z } from 'zod';
import { decodeValue } from '../../action-values.js';
import { SlackChannelError } from '../../slack-channel-error.js';
import { blockActionSchema, readPayload, type BlockActionBody } from '../../slack-payloads.js';

export interface BlockActionClick<T> {
  readonly body: BlockActionBody;
  readonly userId: string;
  readonly value: T;
  readonly responseUrl: string;
}

/** Reads a block_actions payload whose (first) action carries a value of `schema`. */
export function readBlockAction<T>(payload: unknown, schema: z.ZodType<T>): BlockActionClick<T> {
  const body = readPayload(blockActionSchema, payload, 'block_actions payload');
  const action = body.actions[0]!;
  if (!body.response_url) throw new SlackChannelError('slack_invalid_payload', `block action ${action.action_id} came without a response_url`);
  return { body, userId: body.user.id, value: decodeValue(schema, action.value, `value of ${action.action_id}`), responseUrl: body.response_url };
}
