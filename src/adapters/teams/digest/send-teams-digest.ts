// Posts a weekly digest into a stored Teams conversation through the Agents SDK's
// proactive path (CloudAdapter.continueConversation), anonymously in the local trial
// (the fake connector in tests) and with the app's token otherwise. A reference whose
// serviceUrl is not on the allow-list (one stored before the list existed, or by the
// local trial) is refused before anything is sent. Delivery failures come back as outcomes, never as
// exceptions: throttling and connector outages are retried with backoff, a
// conversation the bot has left or never had is reported as permanent at once.
import { setTimeout as delay } from 'node:timers/promises';
import { CardFactory, HttpError, MessageFactory, type CloudAdapter } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import type { Digest } from '../../../core/digests/digest.js';
import { exponentialDelayMs, retryWithBackoff, type RetryPolicy } from '../../../core/digests/retry-with-backoff.js';
import { storedConversationReferenceSchema, type StoredConversationReference } from '../../../core/digests/conversation-reference.js';
import { renderDigestCard } from './render-digest-card.js';
import { createTeamsAdapter, serviceUrlPolicy, type EnabledTeamsConfig } from '../create-teams-adapter.js';

/**
 * What became of one digest. Permanent codes: `teams_forbidden` (403: the bot was
 * removed from the conversation or blocked) and `teams_conversation_not_found`
 * (404) mean the conversation is unreachable; `teams_message_too_large`,
 * `teams_rejected` (another 4xx) and `teams_reference_invalid` mean this digest or
 * reference cannot be sent as it is, `teams_service_url_not_allowed` that the
 * reference's serviceUrl is not one Utfall posts to, `teams_reference_unverified`
 * (with credentials) that it was not taken from a token-verified Activity. Transient codes (`teams_throttled`,
 * `teams_connector_unavailable`, `teams_network_error`, `teams_unauthorized`,
 * `teams_send_failed`) are worth another try later.
 */
export type TeamsDigestOutcome =
  | { status: 'sent'; activityId?: string }
  | { status: 'permanent_failure'; code: string; message: string }
  | { status: 'transient_failure'; code: string; message: string };

/** The longest wait between tries is `maxDelayMs`; a Retry-After longer than that ends the tries. */
export type TeamsDigestRetry = RetryPolicy;

export interface TeamsDigestSenderOptions {
  /** The adapter to send through; by default one built from `teams`. */
  readonly adapter?: CloudAdapter;
  readonly teams: EnabledTeamsConfig;
  readonly logger: Logger;
  readonly retry?: TeamsDigestRetry;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface TeamsDigestSender {
  /**
   * Posts the digest as one message with its Adaptive Card; resolves with what happened,
   * never rejects for a delivery failure. `accepted` is told the activity id the moment
   * the connector returns it, inside the turn, before anything else is done.
   */
  send(reference: StoredConversationReference, digest: Digest, chartPng: Buffer | null, accepted?: (activityId: string) => Promise<void>): Promise<TeamsDigestOutcome>;
}

const DEFAULT_RETRY: TeamsDigestRetry = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };

type Failure = { retryable: boolean; permanent: boolean; code: string; message: string; retryAfterMs?: number };

// undici's "fetch failed" TypeError carries the socket error as its cause; MSAL
// reports a token endpoint it cannot reach as errorCode "network_error".
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH']);

function isNetworkError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_'))) return true;
    if ((current as { errorCode?: unknown }).errorCode === 'network_error') return true;
    if (current.name === 'AbortError' || current.name === 'TimeoutError' || (current instanceof TypeError && current.message === 'fetch failed')) return true;
  }
  return false;
}

// Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3).
function retryAfterMs(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function classify(error: unknown): Failure {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  if (error instanceof HttpError) {
    const status = error.status;
    // Teams answers 403 when the bot was removed from the conversation or the user blocked it, 404 when the conversation is gone.
    if (status === 403) return { retryable: false, permanent: true, code: 'teams_forbidden', message };
    if (status === 404) return { retryable: false, permanent: true, code: 'teams_conversation_not_found', message };
    if (status === 429) return { retryable: true, permanent: false, code: 'teams_throttled', message, retryAfterMs: retryAfterMs(error.response?.headers) };
    // A 5xx can follow a message Teams did store; a rare duplicate digest beats a lost one.
    if (status === 408 || status >= 500) return { retryable: true, permanent: false, code: 'teams_connector_unavailable', message, retryAfterMs: retryAfterMs(error.response?.headers) };
    // A refused token is the app's configuration, not the conversation's: keep the conversation.
    if (status === 401) return { retryable: false, permanent: false, code: 'teams_unauthorized', message };
    if (status === 413) return { retryable: false, permanent: true, code: 'teams_message_too_large', message };
    return { retryable: false, permanent: true, code: 'teams_rejected', message };
  }
  if (isNetworkError(error)) return { retryable: true, permanent: false, code: 'teams_network_error', message };
  // Anything else (a token that could not be had, an SDK error) is not known to be
  // lasting, so the conversation is kept; retrying at once would not help either.
  return { retryable: false, permanent: false, code: 'teams_send_failed', message };
}

/** A sender that posts digests into stored Teams conversations; see TeamsDigestSender.send. */
export function createTeamsDigestSender(options: TeamsDigestSenderOptions): TeamsDigestSender {
  const { teams, logger } = options;
  const adapter = options.adapter ?? createTeamsAdapter(teams);
  const allowed = serviceUrlPolicy(teams);
  const retry = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  // The app id makes the adapter fetch a Bot Framework token; an identity without
  // `aud` makes it build an anonymous connector client (cloudAdapter.js,
  // createConnectorClientWithIdentity), as the SDK's own proactive Conversation does.
  const identity: Parameters<CloudAdapter['continueConversation']>[0] = teams.mode === 'credentials' ? teams.clientId : { aud: '' };

  async function deliver(reference: StoredConversationReference, activity: ReturnType<typeof MessageFactory.attachment>, accepted: ((activityId: string) => Promise<void>) | undefined): Promise<string | undefined> {
    let sentId: string | undefined;
    let failure: unknown;
    await adapter.continueConversation(identity, reference, async (context) => {
      // The continuation activity gets a random id, which sendActivity would use as
      // replyToId and post to /activities/<random id>; a digest is a new message.
      context.onSendActivities(async (_context, activities, next) => {
        for (const outgoing of activities) delete outgoing.replyToId;
        return next();
      });
      // Caught here, not by the adapter: its default onTurnError would post "The agent
      // encountered an error" into the very conversation the digest was meant for.
      try {
        sentId = (await context.sendActivity(activity))?.id || undefined;
      } catch (error) {
        failure = error;
        return;
      }
      // The window in which a crash doubles a Teams digest ends here (docs/decisions/0004).
      if (sentId && accepted) await accepted(sentId).catch((error: unknown) => logger.warn({ conversationId: reference.conversation.id, activityId: sentId, err: error }, 'teams digest sent; its activity id could not be recorded yet'));
    });
    if (failure !== undefined) throw failure;
    return sentId;
  }

  return {
    async send(reference, digest, chartPng, accepted) {
      const checked = storedConversationReferenceSchema.safeParse(reference);
      if (!checked.success) return { status: 'permanent_failure', code: 'teams_reference_invalid', message: checked.error.message.slice(0, 500) };
      // With credentials, only a conversation heard from with a verified token: its serviceUrl came from the Bot Framework.
      if (teams.mode === 'credentials' && !checked.data.tokenVerified) return { status: 'permanent_failure', code: 'teams_reference_unverified', message: 'Utfall has not heard from this conversation with a verified token; write to Utfall in it once, then resume the subscription' };
      if (!allowed.isAllowed(checked.data.serviceUrl)) {
        logger.warn({ conversationId: checked.data.conversation.id, serviceUrl: checked.data.serviceUrl.slice(0, 200) }, 'teams digest refused: serviceUrl not allowed');
        return { status: 'permanent_failure', code: 'teams_service_url_not_allowed', message: `the conversation's serviceUrl is not one Utfall posts to (allowed: ${allowed.describe()})` };
      }
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderDigestCard(digest, chartPng)));
      // Teams shows this in notifications and the chat list instead of "sent a card".
      activity.summary = digest.nothingNew ? digest.summary : digest.title;
      const where = { conversationId: checked.data.conversation.id, week: digest.week };
      // An HttpError carries the whole request, base64 chart included; its message says enough.
      const logged = (failure: Failure, attempt: number, error: unknown) => ({ ...where, attempt, code: failure.code, reason: failure.message, ...(error instanceof HttpError ? {} : { err: error }) });
      // The SDK's ConversationReference, without Utfall's own bookkeeping.
      const sdkReference = { ...checked.data };
      delete sdkReference.tokenVerified;
      const result = await retryWithBackoff(() => deliver(sdkReference, activity, accepted), {
        attempts: retry.attempts,
        classify,
        retryable: (failure) => failure.retryable,
        backoffMs: (attempt) => exponentialDelayMs(attempt, retry),
        maxWaitMs: retry.maxDelayMs,
        sleep,
        beforeWait: (failure, attempt, waitMs, error) => logger.info({ ...logged(failure, attempt, error), waitMs }, 'teams digest delivery retried'),
      });
      if (result.ok) {
        logger.info({ ...where, attempt: result.attempts, activityId: result.value }, 'teams digest sent');
        return result.value ? { status: 'sent', activityId: result.value } : { status: 'sent' };
      }
      const { failure, refusedWaitMs } = result;
      if (failure.permanent) {
        logger.warn(logged(failure, result.attempts, result.error), 'teams digest cannot be delivered');
        return { status: 'permanent_failure', code: failure.code, message: failure.message };
      }
      logger.warn(logged(failure, result.attempts, result.error), 'teams digest not delivered this time');
      const waited = refusedWaitMs !== undefined ? ` (asked to wait ${Math.ceil(refusedWaitMs / 1000)} s)` : '';
      return { status: 'transient_failure', code: failure.code, message: `${failure.message}${waited}` };
    },
  };
}
