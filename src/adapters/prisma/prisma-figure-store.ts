// The core's FigureStore on Prisma: reads organisations, items, figures and notes
// and turns scaled integers back into exact decimals in the reported unit.
import type { FigureFilter, FigureStore, StoreCatalogue } from '../../core/figures/figure-store.js';
import type { FigureRecord, LineItemRecord, NoteRecord, OrganisationRecord } from '../../core/figures/records.js';
import { comparePeriods, type Period } from '../../core/figures/period.js';
import type { PrismaStoreClient } from './prisma-client.js';
import { readDeviationInputs, readFigureValues, readFigures, readLinesWithMeasures } from './read-figures.js';
import { readOrganisations, readStoreCatalogue, toLineItemRecord } from './read-store-catalogue.js';
import { readStoreVersion } from './read-store-version.js';

function periodWhere(periods: readonly Period[] | undefined) {
  return periods ? { OR: periods.map((period) => ({ year: period.year, month: period.month })) } : {};
}

/** How often a catalogue read is retried when an import commits while it reads. */
const CATALOGUE_ATTEMPTS = 3;

/** How a store looks for imports. */
export interface FigureStoreOptions {
  /**
   * How long one reading of the store version is trusted (default 0: read on every
   * call). A server asking hundreds of questions a second passes a second or so: an
   * import then shows that much later, and the version query is no longer per question.
   */
  readonly versionCheckIntervalMs?: number;
}

/** A FigureStore reading through `prisma`. */
export function createPrismaFigureStore(prisma: PrismaStoreClient, options: FigureStoreOptions = {}): FigureStore {
  const interval = options.versionCheckIntervalMs ?? 0;
  let checked: { at: number; version: Promise<number> } | null = null;
  const currentVersion = (): Promise<number> => {
    if (interval <= 0) return readStoreVersion(prisma);
    const now = performance.now();
    if (!checked || now - checked.at >= interval) {
      const version = readStoreVersion(prisma);
      checked = { at: now, version };
      // A failed read is not remembered.
      version.catch(() => {
        if (checked?.version === version) checked = null;
      });
    }
    return checked.version;
  };
  // Every question reads the organisation tree and the catalogue; they change only
  // through imports, so both are cached until the store version changes.
  let organisations: { version: number; records: OrganisationRecord[] } | null = null;
  let catalogue: StoreCatalogue | null = null;
  let loading: { version: number; catalogue: Promise<StoreCatalogue> } | null = null;

  async function readConsistentCatalogue(version: number): Promise<StoreCatalogue> {
    let before = version;
    for (let attempt = 1; ; attempt += 1) {
      const read = await readStoreCatalogue(prisma, before);
      const after = await readStoreVersion(prisma);
      // Unchanged: no import committed while the three queries ran, so they saw one state.
      // Still changing after the last attempt: keep the older version, so the next call rereads.
      if (after === before || attempt === CATALOGUE_ATTEMPTS) return read;
      before = after;
    }
  }

  return {
    async loadCatalogue(): Promise<StoreCatalogue> {
      const version = await currentVersion();
      if (catalogue?.version === version) return catalogue;
      // Questions arriving together after an import share one read of that version.
      if (loading?.version !== version) {
        const started = { version, catalogue: readConsistentCatalogue(version) };
        const done = () => {
          if (loading === started) loading = null;
        };
        started.catalogue.then(done, done);
        loading = started;
      }
      const read = await loading.catalogue;
      // Versions only grow, so an older read finishing late never replaces a newer one.
      if (!catalogue || read.version >= catalogue.version) catalogue = read;
      return read;
    },
    async listOrganisations(): Promise<OrganisationRecord[]> {
      const version = await currentVersion();
      if (organisations?.version === version) return organisations.records;
      const records = await readOrganisations(prisma);
      organisations = { version, records };
      return records;
    },
    async listLineItems(organisationIds): Promise<LineItemRecord[]> {
      const rows = await prisma.lineItem.findMany({ where: { organisationId: { in: [...organisationIds] } } });
      return rows.map(toLineItemRecord);
    },
    listFigures: (filter: FigureFilter): Promise<FigureRecord[]> => readFigures(prisma, filter),
    listFigureValues: (filter: FigureFilter) => readFigureValues(prisma, filter),
    listDeviationInputs: (filter: FigureFilter) => readDeviationInputs(prisma, filter),
    findLinesWithMeasures: (filter: FigureFilter, measures) => readLinesWithMeasures(prisma, filter, measures),
    async listReportPeriods(organisationId: number): Promise<Period[]> {
      // DISTINCT in SQL: Prisma's `distinct` reads every figure of the organisation and dedups in memory.
      const rows = await prisma.$queryRaw<{ year: number | bigint; month: number | bigint }[]>`
        SELECT DISTINCT f."year" AS "year", f."month" AS "month" FROM "Figure" f JOIN "LineItem" i ON i."id" = f."lineItemId" WHERE i."organisationId" = ${organisationId}`;
      return rows.map((row) => ({ year: Number(row.year), month: Number(row.month) })).sort(comparePeriods);
    },
    async listNotes(filter: FigureFilter): Promise<NoteRecord[]> {
      const rows = await prisma.note.findMany({ where: { organisationId: { in: [...filter.organisationIds] }, ...periodWhere(filter.periods) } });
      return rows.map((row) => ({ ...row, period: { year: row.year, month: row.month } }));
    },
  };
}
