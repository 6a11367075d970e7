// What the Teams channel needs from the rest of Utfall, made by the composition root.
import type { Logger } from 'pino';
import type { Assistant } from '../../core/access/assistant.js';
import type { ChatIdentityStore } from '../../core/channels/chat-identity-store.js';
import type { DigestStore } from '../../core/digests/digest-store.js';
import type { DraftService } from '../../core/drafting/draft-service.js';
import type { DraftStore } from '../../core/drafting/draft-store.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import type { TeamsConversationStore } from './digest/teams-conversation-store.js';

export interface TeamsChannelDependencies {
  readonly assistant: Assistant;
  readonly drafts: DraftService;
  readonly draftStore: DraftStore;
  readonly figures: FigureStore;
  readonly identities: ChatIdentityStore;
  readonly logger: Logger;
  /** Digests: subscriptions managed with "digest …", and where each conversation can be reached later. */
  readonly digests?: { readonly store: DigestStore; readonly conversations: TeamsConversationStore };
}

/** How a Teams user is recorded as asker, author or approver ("teams:<aad object id>"). */
export function teamsActor(userId: string): string {
  return `teams:${userId}`;
}
