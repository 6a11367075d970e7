// Drafting as the channels and the CLI use it: compose (offline, or phrased by the
// model under the guard), store with its evidence, revise under the same guard,
// approve. A revision may reword freely but may not bring in a number the
// evidence does not back.
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

export interface DraftService {
  /** Composes and stores a draft; `missing` says why there is nothing to draft. */
  create(input: { organisation: OrganisationRecord; item: LineItemRecord | null; period: Period; language: Language; createdBy: string }): Promise<{ draft: StoredDraft; guard: { checked: number; verified: number; rejected: readonly string[] } } | { missing: string }>;
  /** Stores a controller's revision; rejected numbers are returned and nothing is stored. */
  revise(id: number, text: string, revisedBy: string): Promise<{ draft: StoredDraft } | { rejected: readonly string[] } | { missing: string }>;
  approve(id: number, approvedBy: string): Promise<boolean>;
}

/** The draft service over a figure store and a draft store, with the model when given. */
export function createDraftService(figures: FigureStore, drafts: DraftStore, model?: ModelAnswerDependencies): DraftService {
  return {
    async create(input) {
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
    },
    async revise(id, rawText, revisedBy) {
      const text = storableText(rawText);
      const original = await drafts.getDraft(id);
      if (!original) return { missing: `There is no draft ${id}.` };
      const guard = guardModelText(text, original.evidence);
      if (guard.rejected.length > 0) return { rejected: guard.rejected.map((entry) => `${entry.text} (${entry.reason})`) };
      const draft = await drafts.reviseDraft(id, { organisationId: original.organisationId, lineItemId: original.lineItemId, period: original.period, language: original.language, text, engine: 'person', evidence: original.evidence, createdBy: revisedBy });
      return { draft };
    },
    approve: (id, approvedBy) => drafts.approveDraft(id, approvedBy),
  };
}
