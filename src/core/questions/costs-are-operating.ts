// "Lokalkostnaderna", "premises costs": a word for costs says the asker means running costs.
// An investment project spends money, but the report keeps it apart from the costs of its
// operations, so a project named alike ("Ombyggnad lokaler …" beside Lokaler) is not what
// such a question asks for. A word for investments beside it ("investeringskostnaderna") asks
// for the investment all the same.
import type { LineItemRecord } from '../figures/records.js';
import { swedishStem } from '../language/swedish-stem.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { findConcepts, isConceptWord } from './reading/find-concepts.js';

// Shorter costs words ("kost") would be read inside other words ("kosttillägg").
const MIN_COSTS_WORD = 5;

/** Whether a line is an investment or an investment category, not an operating line or KPI. */
export function isInvestmentLine(item: LineItemRecord): boolean {
  return item.kind === 'investment' || item.kind === 'investment_category';
}

/** Whether the question's words say costs, alone or as a compound's last part, without a word for investments. */
export function saysOperatingCosts(words: readonly string[]): boolean {
  // (Asked for every organisation a question is resolved against: read once per question's words.)
  const key = words.join(' ');
  const known = operatingCostsSaid.get(key);
  if (known !== undefined) return known;
  const said = readsOperatingCosts(words);
  if (operatingCostsSaid.size > 10_000) operatingCostsSaid.clear();
  operatingCostsSaid.set(key, said);
  return said;
}

const operatingCostsSaid = new Map<string, boolean>();

function readsOperatingCosts(words: readonly string[]): boolean {
  const lexicon = loadLexicon();
  const costs = lexicon.concepts.find((concept) => concept.name === 'costs');
  if (!costs || findConcepts(words, lexicon).includes('investments')) return false;
  const costsWords = costs.words.filter((word) => !word.endsWith('*') && word.length >= MIN_COSTS_WORD).map(swedishStem);
  return words.some((word) => isConceptWord(word, { ...lexicon, concepts: [costs] }) || costsWords.some((costsWord) => swedishStem(word).endsWith(costsWord)));
}
