// Drafts in a conversation: a request by organisation and period (from words or a
// form), and the buttons on a draft (approve, rewrite, edit, save an edit). The
// DraftService decides who may; this file turns its outcomes into replies.
import type { Language } from '../answering/answer.js';
import { isDraftId } from '../drafting/draft-id.js';
import type { CreatedDraft, DraftRefusal } from '../drafting/draft-service.js';
import type { StoredDraft } from '../drafting/draft-store.js';
import { parsePeriod, periodTextSchema } from '../figures/period.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { foldedWords, foldText } from '../language/fold-text.js';
import { findLineItems } from '../questions/find-line-item.js';
import type { ConversationDependencies } from './conversation-dependencies.js';
import { conversationMessages } from './messages/messages.js';
import type { Reply } from './reply.js';
import { choiceLabels, resolveOrganisation } from './resolve-organisation.js';
import { actorOf, type Turn } from './turn.js';

/** What a draft request names. */
export interface DraftRequest {
  readonly organisation: string;
  readonly period: string;
  readonly item?: string | undefined;
  readonly language: Language;
  /** Show it to the whole conversation (`utkast … post`), where the channel can. */
  readonly post: boolean;
  /** The words that ask for this draft with another organisation, for a clarify option (null for a form). */
  readonly retext: ((organisation: string) => string) | null;
}

function refusal(outcome: DraftRefusal, language: Language, draftId: number, managing: boolean): Reply {
  const say = conversationMessages(language);
  if (outcome.refused === 'no_draft') return { kind: 'error', problem: 'no_draft', text: say.draftMissing(draftId) };
  if (outcome.refused === 'not_open') return { kind: 'error', problem: 'not_open', text: say.draftNotOpen(draftId) };
  return { kind: 'denied', reason: 'not_allowed', text: managing ? say.onlyControllersManageDrafts() : say.notAllowedToSee(), ...(outcome.hidden ? { hidden: true } : {}) };
}

function created(outcome: CreatedDraft | DraftRefusal, language: Language, draftId: number, toConversation: boolean): Reply {
  if ('refused' in outcome) return refusal(outcome, language, draftId, false);
  if ('missing' in outcome) return { kind: 'error', problem: 'nothing_to_draft', text: outcome.missing };
  return { kind: 'draft', draft: outcome.draft, guard: outcome.guard, toConversation, action: 'created' };
}

// The line a form names: its exact name first, else the best match of its words (as a question would find it).
function lineNamed(items: readonly LineItemRecord[], name: string): LineItemRecord | null {
  return items.find((candidate) => foldText(candidate.name) === foldText(name)) ?? findLineItems(foldedWords(name), items)[0]?.item ?? null;
}

/** A draft for an organisation and period, as `turn`'s asker. */
export async function requestDraft(dependencies: ConversationDependencies, turn: Turn, request: DraftRequest): Promise<Reply> {
  const say = conversationMessages(request.language);
  // The asker's own mistake first: it is theirs to fix whatever they may see.
  if (!periodTextSchema.safeParse(request.period).success) return { kind: 'error', problem: 'bad_period', text: say.periodFormat() };
  const actor = actorOf(turn.who);
  const organisations = await dependencies.figures.listOrganisations();
  const maySee = (organisation: OrganisationRecord) => dependencies.assistant.authorise(actor, organisation.id, 'see');
  const resolution = await resolveOrganisation(request.organisation, organisations, maySee);
  if ('unknown' in resolution) return { kind: 'error', problem: 'unknown_organisation', text: say.unknownOrganisation(request.organisation, choiceLabels(resolution.visible, organisations)) };
  if ('choices' in resolution) {
    const labels = choiceLabels(resolution.choices, organisations);
    return { kind: 'clarify', text: say.whichOrganisation(request.organisation, labels), options: labels.map((label) => ({ label, text: request.retext ? request.retext(label) : label })) };
  }
  const { organisation } = resolution;
  let item: LineItemRecord | null = null;
  if (request.item) {
    // The DraftService refuses an organisation the asker may not see; asked here first
    // only so that its line names are not told to them either.
    if (!(await maySee(organisation))) return { kind: 'denied', reason: 'not_allowed', text: say.notAllowedToSee(), hidden: true };
    item = lineNamed(await dependencies.figures.listLineItems([organisation.id]), request.item);
    if (!item) return { kind: 'error', problem: 'unknown_item', text: say.unknownItem(organisation.name, request.item) };
  }
  const outcome = await dependencies.drafts.create({ organisation, item, period: parsePeriod(request.period), language: request.language, createdBy: actor });
  return created(outcome, request.language, 0, request.post && turn.where.canPost === true);
}

/** A button on a draft: approve, rewrite, open for editing, or save an edit. */
export async function actOnDraft(dependencies: ConversationDependencies, turn: Turn, action: Extract<Turn['what'], { draftId: unknown }>, language: Language): Promise<Reply> {
  const say = conversationMessages(language);
  // Button data comes back from the client: a number Utfall did not write is answered, not thrown.
  if (!isDraftId(action.draftId)) return { kind: 'error', problem: 'no_draft', text: say.invalidDraftId() };
  const id = action.draftId;
  const actor = actorOf(turn.who);
  const shown = (draft: StoredDraft, done: 'approved' | 'revised' | 'opened', note?: string): Reply => ({ kind: 'draft', draft, toConversation: false, action: done, ...(note ? { note } : {}) });
  switch (action.kind) {
    case 'rewrite':
      return created(await dependencies.drafts.rewrite(id, actor), language, id, false);
    case 'approve': {
      const outcome = await dependencies.drafts.approve(id, actor);
      return 'refused' in outcome ? refusal(outcome, language, id, true) : shown(outcome.draft, 'approved');
    }
    case 'edit': {
      const outcome = await dependencies.drafts.openForEditing(id, actor);
      return 'refused' in outcome ? refusal(outcome, language, id, true) : shown(outcome.draft, 'opened');
    }
    case 'revise': {
      const outcome = await dependencies.drafts.revise(id, action.text, actor);
      if ('refused' in outcome) return refusal(outcome, language, id, true);
      if ('rejected' in outcome) return { kind: 'error', problem: 'rejected_numbers', text: say.revisionRejected(outcome.rejected), rejected: outcome.rejected };
      return shown(outcome.draft, 'revised', say.revisionSaved());
    }
  }
}
