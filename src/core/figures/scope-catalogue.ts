// The catalogue an asker may see: every organisation (so a question naming another
// one is recognised and denied), but only the visible organisations' line items and
// report periods. Filtering a large catalogue costs a pass over every line item, so
// each scope's result is kept for as long as the catalogue it came from is current.
import type { StoreCatalogue } from './figure-store.js';

/** Scopes kept per catalogue; each is small next to the catalogue, the cap bounds many distinct askers. */
const SCOPES_PER_CATALOGUE = 256;

// Keyed by the catalogue object: a store hands out the same object until its version
// changes, so an old catalogue and its scopes are collected once nothing uses them.
const scopedCatalogues = new WeakMap<StoreCatalogue, Map<string, StoreCatalogue>>();

function filterCatalogue(catalogue: StoreCatalogue, visible: ReadonlySet<number>): StoreCatalogue {
  const reportPeriods = new Map([...catalogue.reportPeriods].filter(([organisationId]) => visible.has(organisationId)));
  return { version: catalogue.version, organisations: catalogue.organisations, lineItems: catalogue.lineItems.filter((item) => visible.has(item.organisationId)), reportPeriods };
}

/**
 * `catalogue` narrowed to the `visible` organisation ids. The result keeps the
 * catalogue's version, so the version alone does not tell two scopes apart: whoever
 * caches work per catalogue should key it by the returned object, which is the same
 * for the same catalogue and the same set of ids.
 */
export function scopeCatalogue(catalogue: StoreCatalogue, visible: ReadonlySet<number>): StoreCatalogue {
  const key = [...visible].sort((a, b) => a - b).join(',');
  let scopes = scopedCatalogues.get(catalogue);
  if (!scopes) scopedCatalogues.set(catalogue, (scopes = new Map()));
  const known = scopes.get(key);
  if (known) return known;
  const scoped = filterCatalogue(catalogue, visible);
  // Oldest first in a Map's order: drop the first-cached scope when full.
  if (scopes.size >= SCOPES_PER_CATALOGUE) scopes.delete(scopes.keys().next().value!);
  scopes.set(key, scoped);
  return scoped;
}
