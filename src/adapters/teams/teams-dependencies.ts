// What the Teams channel needs from the rest of Utfall, made by the composition root.
import type { DigestStore } from '../../core/digests/digest-store.js';
import type { ChatChannelDependencies } from '../../platform/chat-channel-dependencies.js';
import type { TeamsConversationStore } from '../../core/digests/teams-conversation-store.js';

export interface TeamsChannelDependencies extends ChatChannelDependencies {
  /** Digests: subscriptions managed with "digest …", and where each conversation can be reached later. */
  readonly digests?: { readonly store: DigestStore; readonly conversations: TeamsConversationStore };
}

/** How a Teams user is recorded as asker, author or approver ("teams:<aad object id>"). */
export function teamsActor(userId: string): string {
  return `teams:${userId}`;
}
