// What the conversation core answers a turn with, for a channel to render: an answer
// (with its evidence), a draft, a question back (clarify), help, a notice, a refusal
// or an error. Every text is in the asker's language and written with the channel's
// markup; the channel chooses only how it looks.
import type { Assistant } from '../access/assistant.js';
import type { CreatedDraft } from '../drafting/draft-service.js';
import type { StoredDraft } from '../drafting/draft-store.js';

type CheckedDraft = Extract<CreatedDraft, { guard: unknown }>;

/** The assistant's answer, as the channels render it. */
export type AssistantAnswer = Awaited<ReturnType<Assistant['ask']>>;

/** Why a turn was not done: the asker may not, or Utfall does not know them. */
export type DenialReason = 'not_allowed' | 'unknown_asker';

/** What was wrong with the request. */
export type ProblemCode = 'usage' | 'bad_period' | 'unknown_organisation' | 'unknown_item' | 'no_draft' | 'not_open' | 'rejected_numbers' | 'nothing_to_draft' | 'unavailable';

export type Reply =
  /** An answer to a question; its status says whether it is answered, needs a choice, is denied, … */
  | { readonly kind: 'answer'; readonly answer: AssistantAnswer; readonly question: string; readonly homeOrganisation: string }
  /** A draft, stored; `note` says what just happened to it; `toConversation` when asked to show it to everyone there. */
  | { readonly kind: 'draft'; readonly draft: StoredDraft; readonly note?: string; readonly toConversation: boolean; readonly action: 'created' | 'revised' | 'approved' | 'opened'; readonly guard?: CheckedDraft['guard'] }
  /** The request needs a choice: each option's label, and the words that choose it. */
  | { readonly kind: 'clarify'; readonly text: string; readonly options: readonly { readonly label: string; readonly text: string }[] }
  /** What Utfall can do, in the channel's own words. */
  | { readonly kind: 'help' }
  | { readonly kind: 'notice'; readonly text: string }
  /** Not done for this asker; `hidden` when they may not even see the organisation (a channel that addresses things by number may answer "not found"). */
  | { readonly kind: 'denied'; readonly reason: DenialReason; readonly text: string; readonly hidden?: boolean }
  | { readonly kind: 'error'; readonly problem: ProblemCode; readonly text: string; readonly rejected?: readonly string[] };

/** The outcome of a reply in one word, the same in every channel: what the shared scenarios compare. */
export type ReplyOutcome = 'answered' | 'no_data' | 'clarify' | 'denied' | 'draft' | 'approved' | 'notice' | 'error';

/** The outcome of `reply`: an answer by its status, a draft by what happened to it. */
export function outcomeOf(reply: Reply): ReplyOutcome {
  switch (reply.kind) {
    case 'answer':
      return reply.answer.status;
    case 'draft':
      return reply.action === 'approved' ? 'approved' : 'draft';
    case 'help':
      return 'notice';
    default:
      return reply.kind;
  }
}
