// A FigureStore that only shows what an asker may see: every read is filtered to
// the visible organisations, so neither the offline engine nor a model's lookups
// can reach other figures, whatever the question says. The organisation tree
// itself (names, not figures) stays whole, so a question naming another
// organisation is recognised and denied rather than answered for the wrong one.
import type { FigureFilter, FigureStore } from './figure-store.js';
import { scopeCatalogue } from './scope-catalogue.js';

/** `store`, narrowed to `visible` organisation ids. */
export function scopeFigureStore(store: FigureStore, visible: ReadonlySet<number>): FigureStore {
  const only = (filter: FigureFilter): FigureFilter => ({ ...filter, organisationIds: filter.organisationIds.filter((id) => visible.has(id)) });
  return {
    loadCatalogue: async () => scopeCatalogue(await store.loadCatalogue(), visible),
    listOrganisations: () => store.listOrganisations(),
    listLineItems: async (organisationIds) => {
      const allowed = organisationIds.filter((id) => visible.has(id));
      return allowed.length === 0 ? [] : store.listLineItems(allowed);
    },
    listFigures: async (filter) => {
      const scoped = only(filter);
      return scoped.organisationIds.length === 0 ? [] : store.listFigures(scoped);
    },
    listFigureValues: async (filter) => {
      const scoped = only(filter);
      return scoped.organisationIds.length === 0 ? [] : store.listFigureValues(scoped);
    },
    findLinesWithMeasures: async (filter, measures) => {
      const scoped = only(filter);
      return scoped.organisationIds.length === 0 ? [] : store.findLinesWithMeasures(scoped, measures);
    },
    listDeviationInputs: async (filter) => {
      const scoped = only(filter);
      return scoped.organisationIds.length === 0 ? [] : store.listDeviationInputs(scoped);
    },
    listReportPeriods: async (organisationId) => (visible.has(organisationId) ? store.listReportPeriods(organisationId) : []),
    listNotes: async (filter) => {
      const scoped = only(filter);
      return scoped.organisationIds.length === 0 ? [] : store.listNotes(scoped);
    },
  };
}
