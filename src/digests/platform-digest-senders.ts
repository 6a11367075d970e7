// The core's DigestSender port over the platform senders: a subscription's target is
// a Slack channel id, or a Teams conversation id whose stored reference says how to
// reach it.
import type { DigestSender } from '../core/digests/digest-delivery-ports.js';
import type { SlackDigestSender } from '../channels/slack/digest/send-slack-digest.js';
import type { TeamsDigestSender } from '../channels/teams/digest/send-teams-digest.js';
import type { TeamsConversationStore } from '../channels/teams/digest/teams-conversation-store.js';

export function slackDigestDelivery(sender: SlackDigestSender): DigestSender {
  return {
    async send(subscription, digest, chartPng) {
      const outcome = await sender.send(subscription.target, digest, chartPng);
      return outcome.status === 'sent' ? { status: 'sent', reference: outcome.messageTs } : outcome;
    },
  };
}

export function teamsDigestDelivery(sender: TeamsDigestSender, conversations: TeamsConversationStore): DigestSender {
  return {
    async send(subscription, digest, chartPng) {
      const reference = await conversations.get(subscription.target);
      if (!reference) return { status: 'permanent_failure', code: 'teams_conversation_unknown', message: 'Utfall has no reference for this conversation yet: add Utfall to it and write to it once, then resume the subscription' };
      const outcome = await sender.send(reference, digest, chartPng);
      return outcome.status === 'sent' ? { status: 'sent', reference: outcome.activityId } : outcome;
    },
  };
}
