// What a failed Slack call means for a digest: give up on this channel for good
// (permanent), try again after a wait (retry), or stop for now without giving up
// (stop: not known to last, but repeating the same request at once would not help).
// Errors are the WebClient's own classes (https://docs.slack.dev/tools/node-slack-sdk/web-api#handle-errors);
// the upload POST, which does not go through the WebClient, throws the same ones.
import { webApi } from '@slack/bolt';

export interface SlackFailure {
  readonly kind: 'permanent' | 'retry' | 'stop';
  /** Slack's error ("is_archived"), or ratelimited, http_<status>, timeout, network_error, slack_unexpected. */
  readonly code: string;
  readonly message: string;
  /** For a 429: exactly how long Slack asked us to wait. */
  readonly retryAfterMs?: number;
}

/**
 * Platform errors that no retry, now or next week, will cure: the channel is gone or
 * archived, the bot is not in it or may not post there, or the token or workspace is
 * no longer valid (https://docs.slack.dev/reference/methods/chat.postMessage#errors,
 * https://docs.slack.dev/reference/methods/files.getUploadURLExternal#errors).
 */
export const PERMANENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'is_archived',
  'channel_is_archived',
  'not_in_channel',
  'account_inactive',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'not_allowed_token_type',
  'access_denied',
  'ekm_access_denied',
  'team_access_not_granted',
  'org_login_required',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'file_uploads_disabled',
  'file_uploads_except_images_disabled',
  'file_type_not_allowed',
  'file_upload_size_restricted',
]);

/** Platform errors Slack documents as passing ("likely due to a transient issue on our end"). */
const TRANSIENT_SLACK_ERRORS: ReadonlySet<string> = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited', 'team_added_to_org']);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

function isTimeout(error: Error): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    if (current.name === 'TimeoutError' || current.name === 'AbortError') return true;
  }
  return false;
}

/** How a digest sender should treat `error`, thrown by a Slack call. */
export function classifySlackFailure(error: unknown): SlackFailure {
  const message = messageOf(error);
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    const kind = PERMANENT_SLACK_ERRORS.has(code) ? 'permanent' : TRANSIENT_SLACK_ERRORS.has(code) ? 'retry' : 'stop';
    return { kind, code, message };
  }
  if (error instanceof webApi.WebAPIRateLimitedError) return { kind: 'retry', code: 'ratelimited', message, retryAfterMs: error.retryAfter * 1000 };
  if (error instanceof webApi.WebAPIHTTPError) {
    const status = error.statusCode;
    // Slack uses no status but 200 and 429 on purpose; a 5xx or 408 is an outage or a proxy
    // giving up, and a 429 lands here only without a usable Retry-After.
    return { kind: status >= 500 || status === 408 || status === 429 ? 'retry' : 'stop', code: `http_${status}`, message };
  }
  if (error instanceof webApi.WebAPIRequestError) return { kind: 'retry', code: isTimeout(error.original) ? 'timeout' : 'network_error', message: messageOf(error.original) };
  return { kind: 'stop', code: 'slack_unexpected', message };
}
