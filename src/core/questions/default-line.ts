// The line a question means when it names none: the organisation's result.
import type { LineItemRecord } from '../figures/records.js';
import { foldText } from '../language/fold-text.js';
import { loadLexicon } from './lexicon/load-lexicon.js';

/** Without a named line, a question is about the result, or about the organisation's only line. */
export function defaultLine(items: readonly LineItemRecord[]): LineItemRecord | undefined {
  const results = items.filter((item) => item.kind === 'result' && item.parentId === null).sort((a, b) => a.sortOrder - b.sortOrder);
  const resultConcept = loadLexicon().concepts.find((concept) => concept.name === 'result');
  // Else the last line that says "resultat" ("Resultat efter finansiella poster" after "Finansiella poster"): the bottom line comes last.
  const namedResult = results.filter((item) => /(^|\s)resultat(\s|$)/i.test(item.name)).at(-1);
  const result = results.find((item) => /^(årets )?resultat$/i.test(item.name)) ?? results.find((item) => resultConcept?.isLineName(foldText(item.name))) ?? namedResult ?? results[0];
  if (result) return result;
  const topLevel = items.filter((item) => item.parentId === null && item.kind !== 'kpi');
  // A committee reports its net cost as its bottom line ("Nettokostnad"), not a result.
  const netCostConcept = loadLexicon().concepts.find((concept) => concept.name === 'net-cost');
  const netCost = topLevel.filter((item) => netCostConcept?.isLineName(foldText(item.name))).sort((a, b) => a.sortOrder - b.sortOrder);
  if (netCost.length === 1) return netCost[0];
  return topLevel.length === 1 ? topLevel[0] : undefined;
}

