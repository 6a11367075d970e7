// A unit that reports only its net cost ("Nettokostnad") has no costs total: a plain word for its
// costs ("lss-kostnaderna", "vad kostar hemtjänsten?") asks for what it costs, and that is the net cost.
import type { LineItemRecord } from '../figures/records.js';
import { foldText } from '../language/fold-text.js';
import { isNetCost } from './is-net-cost.js';
import { loadLexicon } from './lexicon/load-lexicon.js';

/**
 * The organisation's one top-level net-cost line when the question names its costs by the
 * generic word only and the organisation has no costs total; else undefined.
 */
export function netCostForCosts(concepts: readonly string[], contentWords: readonly string[], items: readonly LineItemRecord[]): LineItemRecord | undefined {
  if (concepts.length === 0 || contentWords.length > 0 || !concepts.every((name) => name === 'costs')) return undefined;
  const costs = loadLexicon().concepts.find((concept) => concept.name === 'costs');
  if (!costs || items.some((item) => costs.isLineName(foldText(item.name)))) return undefined;
  const netCosts = items.filter((item) => item.parentId === null && item.kind !== 'kpi' && isNetCost(item.name));
  return netCosts.length === 1 ? netCosts[0] : undefined;
}
