// Drafting as the conversation core and the CLI use it: compose (offline, or phrased
// by the model under the guard), store with its evidence, revise under the same
// guard, approve. A revision may reword freely but may not bring in a number the
// evidence does not back.
//
// The service decides who may do what, so no channel has to remember to: drafting
// (and rewriting) needs the right to see the organisation's figures; editing and
// approving need the right to manage it (controllers and admins of it). A refusal of
// a draft whose organisation the actor may not even see says so (`hidden`), so that a
// channel that addresses drafts by number (the web API) can answer as if there were
// none, while a chat, where the draft is on screen, says who may act on it.
import type { Authorise } from '../access/authorise.js';
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { Period } from '../figures/period.js';
import { guardModelText } from '../guard/guard-model-text.js';
import type { ModelAnswerDependencies } from '../llm/answer-with-model.js';
import type { Language } from '../answering/answer.js';
import { composeDraft } from './compose-draft.js';
import { storableText } from '../language/fold-text.js';
import { draftWithModel } from './draft-with-model.js';
import type { DraftStore, StoredDraft } from './draft-store.js';

/** Why a draft action was not done: no such draft, not theirs to do (`hidden` when they may not even see it), or no longer open. */
export interface DraftRefusal {
  readonly refused: 'no_draft' | 'not_allowed' | 'not_open';
  readonly draftId?: number;
  readonly hidden?: boolean;
}

/** A composed and stored draft with what the guard found, or why there was nothing to draft. */
export type CreatedDraft = { readonly draft: StoredDraft; readonly guard: { checked: number; verified: number; rejected: readonly string[] } } | { readonly missing: string };

export interface DraftService {
  /** Composes and stores a draft as `createdBy`, who must be allowed to see the organisation; `missing` says why there is nothing to draft. */
  create(input: { organisation: OrganisationRecord; item: LineItemRecord | null; period: Period; language: Language; createdBy: string }): Promise<CreatedDraft | DraftRefusal>;
  /** A fresh draft for the same organisation, line, period and language as draft `id`, by `createdBy` (who must see it). */
  rewrite(id: number, createdBy: string): Promise<CreatedDraft | DraftRefusal>;
  /** Draft `id` as `reader` may see it. */
  get(id: number, reader: string): Promise<{ readonly draft: StoredDraft } | DraftRefusal>;
  /** Draft `id` if `editor` may edit it now (it is open and they manage its organisation). */
  openForEditing(id: number, editor: string): Promise<{ readonly draft: StoredDraft } | DraftRefusal>;
  /** Stores a controller's revision; rejected numbers are returned and nothing is stored. */
  revise(id: number, text: string, revisedBy: string): Promise<{ readonly draft: StoredDraft } | { readonly rejected: readonly string[] } | DraftRefusal>;
  /** Approves draft `id` as `approvedBy`; the approved draft. */
  approve(id: number, approvedBy: string): Promise<{ readonly draft: StoredDraft } | DraftRefusal>;
}

/** Whoever runs the CLI on the machine with the store: the operator, who may do everything (as `ask` without --as). */
export const OPERATOR_MAY_DO_EVERYTHING: Authorise = async () => true;

/**
 * The draft service over a figure store and a draft store, with the model when given;
 * `authorise` says what each actor (an email, "slack:U…", "teams:…") may do.
 */
export function createDraftService(figures: FigureStore, drafts: DraftStore, model: ModelAnswerDependencies | undefined, authorise: Authorise): DraftService {
  const create: DraftService['create'] = async (input) => {
    if (!(await authorise(input.createdBy, input.organisation.id, 'see'))) return { refused: 'not_allowed', hidden: true };
    const composed = await composeDraft(figures, input);
    if ('missing' in composed) return composed;
    const phrased = model ? await draftWithModel(model, composed) : { text: composed.text, engine: 'offline' as const };
    // Whatever wrote it, the stored text is checked against its evidence once more.
    const check = guardModelText(phrased.text, composed);
    const guard = { checked: check.checked, verified: check.verified, rejected: check.rejected.map((entry) => `${entry.text} (${entry.reason})`) };
    const draft = await drafts.saveDraft({
      organisationId: input.organisation.id,
      lineItemId: input.item?.id ?? null,
      period: input.period,
      language: input.language,
      text: phrased.text,
      engine: phrased.engine,
      evidence: { facts: composed.facts, derivations: composed.derivations, quotes: composed.quotes, names: composed.names, missingCauses: composed.missingCauses },
      createdBy: input.createdBy,
    });
    return { draft, guard };
  };
  const get: DraftService['get'] = async (id, reader) => {
    const draft = await drafts.getDraft(id);
    if (!draft) return { refused: 'no_draft', draftId: id };
    if (!(await authorise(reader, draft.organisationId, 'see'))) return { refused: 'not_allowed', draftId: id, hidden: true };
    return { draft };
  };
  const openForEditing: DraftService['openForEditing'] = async (id, editor) => {
    const seen = await get(id, editor);
    if (!('draft' in seen)) return seen;
    if (!(await authorise(editor, seen.draft.organisationId, 'manage'))) return { refused: 'not_allowed', draftId: id };
    if (seen.draft.status !== 'draft') return { refused: 'not_open', draftId: id };
    return seen;
  };
  return {
    create,
    get,
    openForEditing,
    async rewrite(id, createdBy) {
      const seen = await get(id, createdBy);
      if (!('draft' in seen)) return seen;
      const previous = seen.draft;
      const organisation = (await figures.listOrganisations()).find((candidate) => candidate.id === previous.organisationId);
      if (!organisation) return { refused: 'no_draft', draftId: id };
      const item = previous.lineItemId === null ? null : ((await figures.listLineItems([organisation.id])).find((candidate) => candidate.id === previous.lineItemId) ?? null);
      return create({ organisation, item, period: previous.period, language: previous.language, createdBy });
    },
    async revise(id, rawText, revisedBy) {
      const open = await openForEditing(id, revisedBy);
      if (!('draft' in open)) return open;
      const original = open.draft;
      const text = storableText(rawText);
      const guard = guardModelText(text, original.evidence);
      if (guard.rejected.length > 0) return { rejected: guard.rejected.map((entry) => `${entry.text} (${entry.reason})`) };
      const draft = await drafts.reviseDraft(id, { organisationId: original.organisationId, lineItemId: original.lineItemId, period: original.period, language: original.language, text, engine: 'person', evidence: original.evidence, createdBy: revisedBy });
      return { draft };
    },
    async approve(id, approvedBy) {
      const open = await openForEditing(id, approvedBy);
      if (!('draft' in open)) return open;
      // Another approval may have come between the read and this write: the store decides.
      if (!(await drafts.approveDraft(id, approvedBy))) return { refused: 'not_open', draftId: id };
      const draft = await drafts.getDraft(id);
      return draft ? { draft } : { refused: 'no_draft', draftId: id };
    },
  };
}
