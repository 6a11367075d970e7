// The DraftStore on Prisma. Evidence is kept as JSON text so a draft can always be
// traced to the exact figures it was written from, even after re-imports.
import type { DraftEvidence, DraftStatus, DraftStore, NewDraft, StoredDraft } from '../../core/drafting/draft-store.js';
import { isDraftId } from '../../core/drafting/draft-id.js';
import type { PrismaStoreClient } from './prisma-client.js';

type Row = Awaited<ReturnType<PrismaStoreClient['draft']['findFirstOrThrow']>> & { organisation: { name: string }; lineItem: { name: string } | null };

function toStored(row: Row): StoredDraft {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisation: row.organisation.name,
    lineItemId: row.lineItemId,
    item: row.lineItem?.name ?? null,
    period: { year: row.year, month: row.month },
    language: row.language === 'en' ? 'en' : 'sv',
    text: row.text,
    status: row.status as DraftStatus,
    engine: row.engine as StoredDraft['engine'],
    evidence: JSON.parse(row.evidence) as DraftEvidence,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    revisesId: row.revisesId,
  };
}

const include = { organisation: { select: { name: true } }, lineItem: { select: { name: true } } } as const;

function dataOf(draft: NewDraft) {
  return {
    organisationId: draft.organisationId,
    lineItemId: draft.lineItemId,
    year: draft.period.year,
    month: draft.period.month,
    language: draft.language,
    text: draft.text,
    engine: draft.engine,
    evidence: JSON.stringify(draft.evidence),
    createdBy: draft.createdBy,
    revisesId: draft.revisesId ?? null,
  };
}

/** A DraftStore reading and writing through `prisma`. */
export function createPrismaDraftStore(prisma: PrismaStoreClient): DraftStore {
  return {
    async saveDraft(draft) {
      return toStored(await prisma.draft.create({ data: dataOf(draft), include }));
    },
    async getDraft(id) {
      // An id no draft can have (NaN, a fraction, beyond the 32-bit key) is simply not found.
      if (!isDraftId(id)) return null;
      const row = await prisma.draft.findUnique({ where: { id }, include });
      return row ? toStored(row) : null;
    },
    async listDrafts(filter) {
      const rows = await prisma.draft.findMany({
        where: { ...(filter.organisationIds ? { organisationId: { in: [...filter.organisationIds] } } : {}), ...(filter.status ? { status: filter.status } : {}) },
        include,
        orderBy: { id: 'asc' },
      });
      return rows.map(toStored);
    },
    async approveDraft(id, approvedBy) {
      const { count } = await prisma.draft.updateMany({ where: { id, status: 'draft' }, data: { status: 'approved', approvedBy, approvedAt: new Date() } });
      return count === 1;
    },
    async reviseDraft(id, revision) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.draft.updateMany({ where: { id, status: 'draft' }, data: { status: 'replaced' } });
        if (count !== 1) throw new Error(`draft ${id} is not an open draft (only drafts in status draft can be revised)`);
        return toStored(await tx.draft.create({ data: dataOf({ ...revision, revisesId: id }), include }));
      });
    },
    async addNote(note) {
      const row = await prisma.note.create({
        data: { organisationId: note.organisationId, lineItemId: note.lineItemId, year: note.period.year, month: note.period.month, text: note.text, author: note.author, source: note.source },
        select: { id: true },
      });
      return row.id;
    },
  };
}
