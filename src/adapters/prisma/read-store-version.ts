// The store's version for caches of what only imports change: organisations and
// their aliases, line items and which report periods have figures.
//
// It is the number of import batches on record, not the latest batch id. Every
// committed import adds exactly one batch and none is ever deleted, so the count
// grows with each commit. The latest id does not: on PostgreSQL ids come from a
// sequence outside the transaction, so when two imports overlap and the one that
// began first commits last, the latest id stays the same and a cache keyed on it
// would never see the first import's line items and periods. (On SQLite imports take
// the write lock up front and commit in id order, so there both would do.)
//
// What else writes these tables: nothing but the imports in import-into-store.ts.
// Notes written in chat (drafts) and people, grants and chat users change no
// organisation, line item or figure, so they need no new version.
//
// It is read on the driver where the client has direct reads (direct-reads.ts): a store
// without a version interval reads it twice per question (catalogue and organisations),
// and through Prisma's $queryRaw that took about 3 ms each time on the shared machine.
import { directReadsOf, type PrismaStoreClient } from './prisma-client.js';

const VERSION_QUERY = 'SELECT COUNT(*) AS "batches" FROM "ImportBatch"';

/** A number that changes whenever an import commits; equal numbers mean the same organisations, items and periods. */
export async function readStoreVersion(prisma: PrismaStoreClient): Promise<number> {
  const direct = directReadsOf(prisma);
  // COUNT comes back as a bigint from better-sqlite3 (safe integers), as a string from pg.
  const [row] = direct
    ? await direct.reads.all<{ batches: number | bigint | string }>({ text: VERSION_QUERY, params: [] })
    : await prisma.$queryRawUnsafe<{ batches: number | bigint }[]>(VERSION_QUERY);
  return Number(row?.batches ?? 0);
}
