// "Prognos på bidragen?" asked at a municipality whose own line has the word only as the last part
// of a compound ("Generella statsbidrag och utjämning": a kind of bidrag) while a committee below it
// reports a line that is the word itself ("Bidrag"): both are bidrag the asker may mean, and the
// home line is no better a reading than the sub-unit's. The asker is asked which, each line said
// with its unit, rather than given the kind the home line happens to be.
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { swedishStem } from '../language/swedish-stem.js';
import { foldedWords } from '../language/fold-text.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { isQuestionStopword } from './reading/question-stopwords.js';

// A compound's first part leaves a word of its own ("stats|bidrag"); short words end compounds by chance.
const MIN_STEM = 4;
const MIN_REST = 3;
// A clarifying question offers a handful of lines.
const MAX_LINES = 4;

/** The asked stems the line writes only as the last part of a longer word, never as a word of its own. */
function stemsOnlyInCompounds(stems: readonly string[], line: LineItemRecord): string[] {
  const words = foldedWords(line.name);
  const own = new Set(words.map(swedishStem));
  return stems.filter((stem) => !own.has(stem) && words.some((word) => word.length - stem.length >= MIN_REST && (word.endsWith(stem) || swedishStem(word).endsWith(stem))));
}

/**
 * The sub-units' lines whose whole name is an asked word the home line has only inside a compound,
 * each with its unit; empty when there are none, or more than a handful.
 */
export function subUnitLinesThatAreTheWord(context: AnswerContext, homeLine: LineItemRecord): { organisation: OrganisationRecord; item: LineItemRecord }[] {
  // The words that name lines, everyday words too ("bidragen" is also a concept's word).
  const lexicon = loadLexicon();
  const stems = [...new Set(context.itemWords.filter((word) => !isQuestionStopword(word, lexicon)).map(swedishStem))].filter((stem) => stem.length >= MIN_STEM);
  const compounded = stemsOnlyInCompounds(stems, homeLine);
  if (compounded.length === 0 || stems.length !== 1) return [];
  const found: { organisation: OrganisationRecord; item: LineItemRecord }[] = [];
  for (const unit of descendantsOf(context.organisation, context.organisations)) {
    if (context.visible !== undefined && !context.visible.has(unit.id)) continue;
    for (const item of context.catalogue.itemsOf(unit.id)) {
      const words = foldedWords(item.name);
      if (words.length === 1 && compounded.includes(swedishStem(words[0]!))) found.push({ organisation: unit, item });
    }
  }
  return found.length <= MAX_LINES ? found : [];
}
