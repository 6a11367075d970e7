// Which stored notes answer a question best: those sharing the most of its
// content words (by stem, and as parts of compounds: "personal" finds
// "personalkostnaderna"), and for questions about risks, notes that speak of
// risks, uncertainties or measures. A question about risk itself takes only the
// notes that express an uncertainty or a possible change (the lexicon's
// noteSignals.uncertainty: "kan komma att", "diskussioner pågår", "could"), which
// need not write the word "risk", those on the line asked first. Notes are
// tokenised once per text.
import type { NoteRecord } from '../figures/records.js';
import { swedishStem } from '../language/swedish-stem.js';
import type { Lexicon, PhraseSet } from './lexicon/load-lexicon.js';
import type { QuestionReading } from './reading/read-question.js';
import { tokenizeQuestion } from './reading/tokenize-question.js';
import { isQuestionStopword } from './reading/question-stopwords.js';

export interface RankedNote {
  readonly note: NoteRecord;
  readonly score: number;
}

/** `notes` with a positive relevance to the question, most relevant first (ties: the order given). */
export function rankNotes(notes: readonly NoteRecord[], reading: QuestionReading, lexicon: Lexicon, extraWords: readonly string[] = [], options: { contentRequired?: boolean; lineItemId?: number | null; saying?: PhraseSet } = {}): RankedNote[] {
  const content = new Set(reading.contentWords.filter((word) => word.length >= 4).map(swedishStem));
  // Every word that says something, not only those left to name a line: "underskott" in "vilka
  // nämnder går med underskott?" is what the right note is about.
  const said = reading.words.filter((word) => !isQuestionStopword(word, lexicon));
  const asked = [...new Set([...reading.contentWords, ...said, ...extraWords].filter((word) => word.length >= 4).map(swedishStem))];
  // A gloss stands for its words together ("väntetid" → "första besök inom"): a note speaks of what it names
  // only with all of them, not with one everyday word of it ("klar först i november").
  const writtenStems = new Set(reading.words.map(swedishStem));
  const glosses = [...reading.glossedAs.values()].map((words) => words.map(swedishStem).filter((stem) => asked.includes(stem)));
  const glossesOf = (word: string) => (writtenStems.has(word) ? [] : glosses.filter((gloss) => gloss.includes(word)));
  const noteStems = notes.map((note) => {
    const tokens = tokenizeQuestion(note.text);
    return { tokens, stems: new Set(tokens.map((token) => swedishStem(token.word))) };
  });
  // How much each word found says (inverse document frequency over the notes ranked): a word in
  // every note ("budget", "avvikelse") tells them apart less than one in a single note.
  const matchOf = (word: string, stems: ReadonlySet<string>) => (stems.has(word) ? 1 : word.length >= 5 && [...stems].some((stem) => stem.length > word.length && (stem.startsWith(word) || stem.endsWith(word))) ? 0.6 : 0);
  // Each asked word against each note, once: for the weights and for the scores.
  const found = noteStems.map(({ stems }) => asked.map((word) => matchOf(word, stems)));
  const weight = asked.map((_, column) => {
    const notesWithWord = found.filter((row) => row[column]! > 0).length;
    return Math.log(1 + (notes.length - notesWithWord + 0.5) / (notesWithWord + 0.5));
  });
  const ranked: RankedNote[] = [];
  notes.forEach((note, index) => {
    const { tokens } = noteStems[index]!;
    let score = 0;
    let contentFound = false;
    asked.forEach((word, column) => {
      const match = found[index]![column]!;
      score += match * weight[column]!;
      const glossed = glossesOf(word);
      const wholeGloss = glossed.length === 0 || glossed.some((gloss) => gloss.every((part) => found[index]![asked.indexOf(part)]! > 0));
      if (match > 0 && content.has(word) && wholeGloss) contentFound = true;
    });
    // Instead of "no such line", a note must speak of what the question names, not merely share its verbs.
    if (options.contentRequired && !contentFound) return;
    // A figure stated only in words ("ett ackumulerat underskott på 898 mkr som ska återställas") is in the notes that
    // say it, in whichever language the question is asked.
    if (options.saying) {
      if (!options.saying.test(tokens)) return;
      score += 1;
    }
    if (reading.asksRiskItself) {
      // A note that states no uncertainty is no answer to "what are the risks?", however many words it shares.
      if (!lexicon.noteSignals.uncertainty.test(tokens)) return;
      // Asked about one line: its own notes, or those that speak of what the question names; not every uncertainty of the organisation.
      const onLine = options.lineItemId != null && note.lineItemId === options.lineItemId;
      if (options.lineItemId != null && !onLine && !contentFound) return;
      score += onLine ? 4 : 2;
    } else if (reading.asksRisks) {
      if (lexicon.intents.risks.test(tokens)) score += 1.5;
      // "Vad gör ni åt kostnaderna?": notes that say what is done ("fortsatt anställningsstopp", "översyn av avtal").
      if (lexicon.noteSignals.measures.test(tokens)) score += 2;
    }
    if (score > 0) ranked.push({ note, score });
  });
  return ranked.sort((a, b) => b.score - a.score);
}
