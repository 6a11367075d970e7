// The line a question names, in each of many sub-units: units mostly share their
// line names, so the question is matched once against each distinct name rather
// than once per unit (400 förvaltningar × 40 kontogrupper would be 16 000 matches).
import type { LineItemRecord } from '../figures/records.js';
import { findLineItems } from './find-line-item.js';

/** For each unit id, its line with the best-matching name, or none. */
export function namedLineInUnits(words: readonly string[], itemsByUnit: ReadonlyMap<number, readonly LineItemRecord[]>): Map<number, LineItemRecord> {
  const distinct = new Map<string, LineItemRecord>();
  for (const items of itemsByUnit.values()) for (const item of items) if (!distinct.has(item.key)) distinct.set(item.key, item);
  const best = findLineItems(words, [...distinct.values()])[0]?.item.key;
  const found = new Map<number, LineItemRecord>();
  if (best === undefined) return found;
  for (const [unit, items] of itemsByUnit) {
    const line = items.find((item) => item.key === best);
    if (line) found.set(unit, line);
  }
  return found;
}
