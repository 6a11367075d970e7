// "Vad kostar hyrorna?" beside Lokalhyror and Hyra/leasing av IT-inventarier: a verb asking what
// something costs (lexicon `measures.costs`) asks for the thing itself. When an everyday word's
// concept names several lines of one kind alike (rent: both costs), the word is what a line is about
// when it heads the line's name or its compound ("Lokal|hyror": rents), and only says which when
// another word heads the name ("Hyra/leasing": the head is leasing). Those the word heads are meant.
// Lines of different kinds (rents paid, rents received) stay alternatives: the word does not say
// which side is asked. Stems of three letters count here ("hyr"): a head is compared as a whole word
// or a compound's last part, never inside a word.
import { foldText } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';
import type { LineItemMatch } from './find-line-item.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { findConcepts } from './reading/find-concepts.js';
import { headWords } from './line-name-heads.js';

const MIN_STEM = 3;
// A compound's first part must leave a word of its own ("lokal|hyror").
const MIN_FIRST_PART = 3;

/**
 * Whether the asked word heads the line's name, as its head word or that word's last part, written in
 * the asked word's own form: "hyrorna" is the "hyror" of Lokalhyror, while "hyran" says no more than
 * the stem both lines share.
 */
function headedBy(word: string, match: LineItemMatch): boolean {
  const stem = swedishStem(word);
  return headWords(match.item.name).some((head) => {
    for (let length = word.length; length > stem.length; length -= 1) {
      const form = word.slice(0, length);
      if (head === form || (head.endsWith(form) && head.length - form.length >= MIN_FIRST_PART)) return true;
    }
    return false;
  });
}

/** Whether one concept the words name names every tied line, and the lines are of one kind. */
function alikeByConcept(tied: readonly LineItemMatch[], words: readonly string[]): boolean {
  if (new Set(tied.map((match) => match.item.kind)).size !== 1) return false;
  const lexicon = loadLexicon();
  const named = new Set(findConcepts(words, lexicon));
  return lexicon.concepts.some((concept) => named.has(concept.name) && !concept.generic && tied.every((match) => concept.isLineName(foldText(match.item.name))));
}

/**
 * The tied lines an asked word heads, when the question asks what something costs, the lines are alike
 * by a concept and the word heads some of them, not all; otherwise `tied` itself. `said` are all the
 * question's words in order, for the verb.
 */
export function linesTheWordHeads(tied: readonly LineItemMatch[], words: readonly string[], said: readonly string[]): readonly LineItemMatch[] {
  const asksCost = loadLexicon().measures.costs.test(said.map((word, index) => ({ word, sentenceStart: index === 0 })));
  if (tied.length < 2 || !asksCost || !alikeByConcept(tied, words)) return tied;
  for (const word of new Set(words.filter((word) => swedishStem(word).length >= MIN_STEM))) {
    const headed = tied.filter((match) => headedBy(word, match));
    if (headed.length > 0 && headed.length < tied.length) return headed;
  }
  return tied;
}
