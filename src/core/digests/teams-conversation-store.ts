// Where the Teams channel keeps how to reach each conversation it has heard from,
// so digests can be posted there later (proactive messages need a stored reference).
import type { StoredConversationReference } from './conversation-reference.js';

export interface TeamsConversationStore {
  save(reference: StoredConversationReference): Promise<void>;
  get(conversationId: string): Promise<StoredConversationReference | null>;
  /** Every conversation Utfall can reach, most recently heard from first. */
  list(): Promise<{ readonly reference: StoredConversationReference; readonly updatedAt: Date }[]>;
}
