// An Activity as a turn of the conversation core: a draft card's button, or words (a
// message, a mention, or a clarify option's button that sends words back).
import type { Turn, TurnRequest } from '../../core/conversation/turn.js';

/** What a card button sends back. */
export interface CardActionValue {
  readonly action?: string;
  readonly draftId?: unknown;
  readonly text?: string;
}

const DRAFT_ACTIONS: Readonly<Record<string, 'approve' | 'rewrite' | 'revise'>> = { approve_draft: 'approve', rewrite_draft: 'rewrite', revise_draft: 'revise' };

/** The request an Activity's text and card value make. */
export function teamsRequest(text: string | undefined, value: CardActionValue | undefined): TurnRequest {
  const action = value?.action ? DRAFT_ACTIONS[value.action] : undefined;
  // An edit saved with no text is not an edit; it is read as the message's words, as before.
  if (action && value && value.draftId !== undefined && (action !== 'revise' || value.text)) {
    return action === 'revise' ? { kind: 'revise', draftId: value.draftId, text: value.text ?? '' } : { kind: action, draftId: value.draftId };
  }
  if (value?.action === 'ask' && value.text) return { kind: 'text', text: value.text };
  // Mentions arrive as "<at>Utfall</at> fråga"; the words are what is left.
  return { kind: 'text', text: (text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim() };
}

/** The turn of the Teams user `userId` (their Entra object id) in conversation `conversationId`. */
export function teamsTurn(userId: string, displayName: string | undefined, conversationId: string, what: TurnRequest): Turn {
  return { who: { platform: 'teams', id: userId, displayName }, where: { conversation: conversationId, markup: 'plain' }, what };
}
