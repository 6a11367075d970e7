// Errors of the Slack channel carry a string code and their cause, so that the one
// error handler can log them precisely and show the user a short reference instead.
import { randomBytes } from 'node:crypto';

/** Every code a SlackChannelError may carry. */
export const SLACK_CHANNEL_ERROR_CODES = [
  'slack_config_invalid',
  'slack_auth_failed',
  'slack_invalid_payload',
  'slack_response_url_failed',
  'slack_delivery_failed',
  'slack_unexpected',
] as const;
export type SlackChannelErrorCode = (typeof SLACK_CHANNEL_ERROR_CODES)[number];

/** A failure in the Slack channel, with a code and the error that caused it. */
export class SlackChannelError extends Error {
  readonly code: SlackChannelErrorCode;

  constructor(code: SlackChannelErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'SlackChannelError';
    this.code = code;
  }
}

/** Wraps anything thrown into a SlackChannelError exactly once. */
export function asSlackChannelError(error: unknown): SlackChannelError {
  if (error instanceof SlackChannelError) return error;
  return new SlackChannelError('slack_unexpected', error instanceof Error ? error.message : String(error), { cause: error });
}

/** A short reference a user can quote and an operator can find in the log. */
export function newErrorReference(): string {
  return randomBytes(4).toString('hex');
}
