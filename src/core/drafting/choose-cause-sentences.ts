// The sentences of the recorded notes a draft quotes for a line: the ones that
// give a cause ("förklaras av", "beror på", "kopplas till"), each quoted once in a
// draft. A sentence that only restates figures ("Personalkostnaderna redovisas
// under perioden till 70 328 tkr …") is left out: the draft states the figures
// itself, as the report prints them.
import type { NoteRecord } from '../figures/records.js';

/** The most sentences one line's paragraph quotes. */
const SENTENCES_PER_LINE = 2;
/** Sentences sharing more of their words than this say the same thing; the later one is left out. */
const SAME_CAUSE = 0.6;

// Swedish and English words that make a sentence a cause; compared on lower case.
const CAUSAL = /förklar|beror|beroende|på grund av|\bpga\b|hänför|orsak|till följd|kopplas|kopplat|medför|påverka|resultat av|eftersom|\bvakan|explain|because|due to|caused|owing to/u;

/** A note's sentences: split after . ! ? before a capital letter or a digit, but not after an abbreviation ("pga.", "bl.a."). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!(?:^|[\s(])(?:pga|bl\.a|t\.ex|ca|mm|m\.m|dvs|d\.v\.s|inkl|exkl|resp|jmf|s\.k|e\.g|i\.e)\.)\s+(?=[\p{Lu}\d”"])/iu)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function wordsOf(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2));
}

/** Shared words over all words of the two sentences (Jaccard). */
function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared || 1);
}

function restatesFigures(sentence: string): boolean {
  return /\d/u.test(sentence) && !CAUSAL.test(sentence.toLowerCase());
}

/** A sentence of a note, with the note it comes from. */
export interface CauseSentence {
  readonly note: NoteRecord;
  readonly text: string;
}

/**
 * The sentences to quote for a line from its notes, in the notes' order: those with
 * a cause first, otherwise any that does not merely restate figures; never one
 * already in `quoted` (which it extends), so a cause is quoted once in a draft.
 */
export function chooseCauseSentences(notes: readonly NoteRecord[], quoted: Set<string>): CauseSentence[] {
  // A note a person wrote (in chat, with `note`) is a cause as written and comes first: it is the newest word on the line.
  const written = (note: NoteRecord) => note.batchId === null;
  const ordered = [...notes.filter(written), ...notes.filter((note) => !written(note))];
  const sentences = ordered.flatMap((note) => sentencesOf(note.text).map((text) => ({ note, text })));
  const fresh = sentences.filter((sentence, index) => !quoted.has(sentence.text) && sentences.findIndex((other) => other.text === sentence.text) === index);
  const causes = fresh.filter((sentence) => written(sentence.note) || CAUSAL.test(sentence.text.toLowerCase()));
  const chosen: CauseSentence[] = [];
  for (const sentence of causes.length > 0 ? causes : fresh.filter((candidate) => !restatesFigures(candidate.text))) {
    if (chosen.length === SENTENCES_PER_LINE) break;
    if (!chosen.some((earlier) => similarity(earlier.text, sentence.text) > SAME_CAUSE)) chosen.push(sentence);
  }
  for (const sentence of chosen) quoted.add(sentence.text);
  return chosen;
}
