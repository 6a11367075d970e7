// "Vilket exploateringsområde har högst prognos?", "which exploitation area has the largest
// budget?": the kind word finds the line that is the rest of its group ("Övriga
// exploateringsområden"), but the question asks which of the group's lines, so the group — the
// rest line's parent — is what a ranking ranks. Asked with the rest word itself ("de övriga
// exploateringsområdena"), the rest line is meant and its own sub-lines are ranked.
import type { LineItemRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';
import { loadLexicon } from './lexicon/load-lexicon.js';

/** The parent of a rest line the question names without its rest word; otherwise the line itself. */
export function residualLineGroup(line: LineItemRecord, items: readonly LineItemRecord[], questionWords: readonly string[]): LineItemRecord {
  const { isResidualWord } = loadLexicon();
  const first = foldedWords(line.name)[0];
  if (first === undefined || !isResidualWord(first) || questionWords.some(isResidualWord)) return line;
  return items.find((candidate) => candidate.id === line.parentId) ?? line;
}
