// "Når vi 2,5-procentsmålet?", "will we reach the 95 % target?": a number next to a goal word
// names the KPI whose target has that value. Only a KPI of the organisation whose stored target
// (for the period or the year) equals the number is taken, and only when exactly one does.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord } from '../figures/records.js';
import { Dec } from '../numbers/decimal.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import type { Token } from './reading/tokenize-question.js';

/** The numbers written next to a goal word: "2,5" is two number tokens, read back as one. */
function numbersNextToGoal(tokens: readonly Token[]): Dec[] {
  const lexicon = loadLexicon();
  const goal = (index: number) => {
    const word = tokens[index]?.word;
    if (word === undefined) return false;
    // A goal word, or a compound ending in one ("procentsmålet").
    for (let start = 0; start <= word.length - 4 || start === 0; start += 1) if (lexicon.measures.target.test([{ word: word.slice(start), sentenceStart: false }])) return true;
    return false;
  };
  const found: Dec[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!/^\d+$/.test(tokens[index]!.word)) continue;
    const decimal = /^\d+$/.test(tokens[index + 1]?.word ?? '') && !tokens[index]!.hyphenNext;
    const end = decimal ? index + 1 : index;
    const text = decimal ? `${tokens[index]!.word}.${tokens[index + 1]!.word}` : tokens[index]!.word;
    // The goal word within three words after the number ("2,5 %-målet", "the 95 % target"), or just before it ("målet 2,5").
    const near = [end + 1, end + 2, end + 3, index - 1, index - 2].some(goal);
    if (near) found.push(new Dec(text));
    index = end;
  }
  return found;
}

/** The one KPI whose target equals a number written next to a goal word; null when none or several. */
export async function kpiByTargetValue(store: FigureStore, tokens: readonly Token[], organisationId: number, items: readonly LineItemRecord[]): Promise<LineItemRecord | null> {
  const values = numbersNextToGoal(tokens);
  const kpis = items.filter((item) => item.kind === 'kpi' && item.organisationId === organisationId);
  if (values.length === 0 || kpis.length === 0) return null;
  const figures = await store.listFigures({ organisationIds: [organisationId], lineItemIds: kpis.map((item) => item.id) });
  const matching = new Set(figures.filter((figure) => (figure.measure === 'target' || figure.measure === 'target_full_year') && figure.breakdown === '' && values.some((value) => value.equals(figure.value))).map((figure) => figure.lineItemId));
  return matching.size === 1 ? (kpis.find((item) => matching.has(item.id)) ?? null) : null;
}
