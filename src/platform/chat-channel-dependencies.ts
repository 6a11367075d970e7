// What every chat channel needs from the rest of Utfall, made by the composition
// root; each channel adds what is its own (Slack's digests, Teams' conversations).
import type { Logger } from 'pino';
import type { Assistant } from '../core/access/assistant.js';
import type { ChatIdentityStore } from '../core/channels/chat-identity-store.js';
import type { DraftService } from '../core/drafting/draft-service.js';
import type { FigureStore } from '../core/figures/figure-store.js';

export interface ChatChannelDependencies {
  /** Answers as the asking person: scoped to what they may see, and audited. */
  readonly assistant: Assistant;
  /** Drafts, with their own permission checks. */
  readonly drafts: DraftService;
  readonly figures: FigureStore;
  readonly identities: ChatIdentityStore;
  readonly logger: Logger;
}
