// The core's DigestSender port over the platform senders: a subscription's target is
// a Slack channel id, or a Teams conversation id whose stored reference says how to
// reach it.
import type { DigestSender } from '../../core/digests/digest-delivery-ports.js';
import type { SlackDigestSender } from '../../adapters/slack/digest/send-slack-digest.js';
import type { TeamsDigestSender } from '../../adapters/teams/digest/send-teams-digest.js';
import type { TeamsConversationStore } from '../../core/digests/teams-conversation-store.js';

/** The metadata a Slack digest is posted with: its delivery, so that it can be found in the channel (docs/decisions/0004). */
export const SLACK_DIGEST_EVENT_TYPE = 'utfall_digest';

export function slackDigestDelivery(sender: SlackDigestSender): DigestSender {
  return {
    async send(subscription, digest, chartPng, attempt) {
      const outcome = await sender.send(subscription.target, digest, chartPng, {
        metadata: { event_type: SLACK_DIGEST_EVENT_TYPE, event_payload: { delivery_id: String(attempt.deliveryId), subscription_id: String(subscription.id), week: attempt.week } },
        since: attempt.since,
        lookFirst: attempt.mayBeSent,
        posted: attempt.accepted,
      });
      return outcome.status === 'sent' ? { status: 'sent', reference: outcome.messageTs } : outcome;
    },
  };
}

export function teamsDigestDelivery(sender: TeamsDigestSender, conversations: TeamsConversationStore): DigestSender {
  return {
    async send(subscription, digest, chartPng, attempt) {
      const reference = await conversations.get(subscription.target);
      if (!reference) return { status: 'permanent_failure', code: 'teams_conversation_unknown', message: 'Utfall has no reference for this conversation yet: add Utfall to it and write to it once, then resume the subscription' };
      // Teams keeps no metadata to look for and lists no conversation's messages to a bot:
      // the activity id is recorded the moment the connector returns it (docs/decisions/0004).
      const outcome = await sender.send(reference, digest, chartPng, attempt.accepted);
      return outcome.status === 'sent' ? { status: 'sent', reference: outcome.activityId } : outcome;
    },
  };
}
