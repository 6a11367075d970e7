// Drafts held in memory, for tests of the conversation core without a database: the
// same rules as the store (only an open draft is approved or revised; a revision
// replaces the draft it revises).
import type { DraftStore, StoredDraft } from '../../src/core/drafting/draft-store.js';
import type { FigureStore } from '../../src/core/figures/figure-store.js';

/** An empty DraftStore in memory; names of organisations and lines are read from `figures`. */
export function createInMemoryDraftStore(figures: Pick<FigureStore, 'listOrganisations' | 'listLineItems'>): DraftStore {
  const drafts = new Map<number, StoredDraft>();
  let notes = 0;
  const store: DraftStore = {
    async saveDraft(draft) {
      const organisation = (await figures.listOrganisations()).find((candidate) => candidate.id === draft.organisationId);
      if (!organisation) throw new Error(`no organisation ${draft.organisationId}`);
      const item = draft.lineItemId === null ? null : ((await figures.listLineItems([organisation.id])).find((candidate) => candidate.id === draft.lineItemId)?.name ?? null);
      const stored: StoredDraft = { ...draft, id: drafts.size + 1, organisation: organisation.name, item, status: 'draft', createdAt: new Date(), approvedBy: null, approvedAt: null, revisesId: draft.revisesId ?? null };
      drafts.set(stored.id, stored);
      return stored;
    },
    getDraft: async (id) => drafts.get(id) ?? null,
    listDrafts: async (filter) => [...drafts.values()].filter((draft) => (!filter.status || draft.status === filter.status) && (!filter.organisationIds || filter.organisationIds.includes(draft.organisationId))),
    async approveDraft(id, approvedBy) {
      const draft = drafts.get(id);
      if (draft?.status !== 'draft') return false;
      drafts.set(id, { ...draft, status: 'approved', approvedBy, approvedAt: new Date() });
      return true;
    },
    async reviseDraft(id, revision) {
      const draft = drafts.get(id);
      if (draft?.status !== 'draft') throw new Error(`draft ${id} is not an open draft`);
      drafts.set(id, { ...draft, status: 'replaced' });
      return store.saveDraft({ ...revision, revisesId: id });
    },
    addNote: async () => (notes += 1),
  };
  return store;
}
