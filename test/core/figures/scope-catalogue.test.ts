// The catalogue through an asker's scope: all organisations, only the visible ones'
// line items and periods, filtered once per catalogue and scope.
import { describe, expect, it } from 'vitest';
import { scopeCatalogue } from '../../../src/core/figures/scope-catalogue.js';
import { scopeFigureStore } from '../../../src/core/figures/scoped-figure-store.js';
import type { FigureStore, StoreCatalogue } from '../../../src/core/figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../../../src/core/figures/records.js';

const organisation = (id: number, name: string, parentId: number | null): OrganisationRecord => ({ id, name, kind: 'administration', parentId, reportUnit: 'tkr', aliases: [] });
const item = (id: number, organisationId: number): LineItemRecord => ({ id, organisationId, name: `Post ${id}`, key: `post ${id}`, kind: 'cost', parentId: null, sortOrder: id, better: 'higher' });

function catalogue(version = 7): StoreCatalogue {
  return {
    version,
    organisations: [organisation(1, 'Regionen', null), organisation(2, 'Förvaltning A', 1), organisation(3, 'Förvaltning B', 1)],
    lineItems: [item(10, 2), item(11, 2), item(20, 3)],
    reportPeriods: new Map([
      [2, [{ year: 2024, month: 8 }]],
      [3, [{ year: 2024, month: 4 }, { year: 2024, month: 8 }]],
    ]),
  };
}

describe('scopeCatalogue', () => {
  it('keeps every organisation but only the visible ones’ line items and report periods', () => {
    const scoped = scopeCatalogue(catalogue(), new Set([1, 2]));
    expect(scoped.version).toBe(7);
    expect(scoped.organisations.map((record) => record.name)).toEqual(['Regionen', 'Förvaltning A', 'Förvaltning B']);
    expect(scoped.lineItems.map((record) => record.id)).toEqual([10, 11]);
    expect([...scoped.reportPeriods.keys()]).toEqual([2]);
  });

  it('returns the same object for the same catalogue and ids, whatever the set’s order', () => {
    const full = catalogue();
    const first = scopeCatalogue(full, new Set([2, 3]));
    expect(scopeCatalogue(full, new Set([3, 2]))).toBe(first);
    expect(scopeCatalogue(full, new Set([2]))).not.toBe(first);
    expect(scopeCatalogue(catalogue(), new Set([2, 3]))).not.toBe(first);
  });

  it('is what a scoped store’s loadCatalogue gives', async () => {
    const full = catalogue();
    const store = { loadCatalogue: async () => full } as unknown as FigureStore;
    const scoped = await scopeFigureStore(store, new Set([3])).loadCatalogue();
    expect(scoped.lineItems.map((record) => record.id)).toEqual([20]);
    expect(await scopeFigureStore(store, new Set([3])).loadCatalogue()).toBe(scoped);
  });
});
