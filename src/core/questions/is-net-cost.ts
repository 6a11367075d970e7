// A net cost is a cost even where a report files it as a result line: it grows when its size does.
import { foldText } from '../language/fold-text.js';
import { loadLexicon } from './lexicon/load-lexicon.js';

/** Whether a line's name says it is a net cost ("Verksamhetens nettokostnad"). */
export function isNetCost(name: string): boolean {
  return loadLexicon().concepts.find((concept) => concept.name === 'net-cost')?.isLineName(foldText(name)) === true;
}
