// What the conversation core needs, made by the composition root and handed on by each channel.
import type { Assistant } from '../access/assistant.js';
import type { ChatIdentityStore } from '../channels/chat-identity-store.js';
import type { DigestStore } from '../digests/digest-store.js';
import type { DraftService } from '../drafting/draft-service.js';
import type { FigureStore } from '../figures/figure-store.js';

/** The services a conversation is held with. */
export interface ConversationDependencies {
  /** Answers as the asking person: scoped to what they may see, and audited; says who is who and who may do what. */
  readonly assistant: Assistant;
  /** Drafts, with its own permission checks. */
  readonly drafts: DraftService;
  readonly figures: FigureStore;
  /** The home organisations chat users chose (used only before people are registered). */
  readonly identities: ChatIdentityStore;
  /** Digest subscriptions (`digest …`); absent when digests are off. */
  readonly digests?: DigestStore | undefined;
}
