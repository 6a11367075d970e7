// "Varför?": the causes on record for a deviation, quoted from stored notes with
// their author. Notes are data, never instructions: they are shown in quotation
// marks and nothing in them is acted on.
import type { NoteRecord, LineItemRecord } from '../figures/records.js';
import { formatPeriod, type Period } from '../figures/period.js';
import type { Answer } from '../answering/answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { messages } from './messages/messages.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { rankNotes } from './rank-notes.js';
import { distinctNotes } from './answer-notes.js';
import { foldedWords } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';
import { isQuestionStopword } from './reading/question-stopwords.js';

const MAX_NOTES = 12;
// A result's causes: its own notes and at most this many in all, most relevant first.
const RESULT_NOTES = 6;

/** Whether a note's text names the line: most of the words of its name, by stem. */
function namesLine(noteText: string, lineName: string): boolean {
  const lexicon = loadLexicon();
  const nameStems = foldedWords(lineName).filter((word) => word.length >= 2 && !isQuestionStopword(word, lexicon)).map(swedishStem);
  if (nameStems.length === 0) return false;
  const noteStems = new Set(foldedWords(noteText).map(swedishStem));
  const found = nameStems.filter((stem) => noteStems.has(stem)).length;
  return found >= Math.max(1, Math.ceil(nameStems.length * 0.66));
}

/** Answers a causes question for `item` (or the whole organisation when null) at `period`. */
export async function answerCauses(context: AnswerContext, item: LineItemRecord | null, period: Period, lineAnswer: Answer | null, lines: readonly LineItemRecord[] = []): Promise<Answer> {
  const { store, organisation, builder, reading } = context;
  const text = messages(reading.language);
  // Causes of an organisation's result are often written for its sub-units.
  const scope = [organisation, ...descendantsOf(organisation, context.organisations)];
  const notes = await store.listNotes({ organisationIds: scope.map((unit) => unit.id), periods: [period] });
  // One line named, or several a word names alike (each note then says which line it is about).
  const itemIds = item ? new Set([item.id]) : lines.length > 0 ? new Set(lines.map((line) => line.id)) : null;
  const items = scope.flatMap((unit) => context.catalogue.itemsOf(unit.id));
  builder.knowNames(items.map((item) => item.name));
  const itemName = new Map(items.map((candidate) => [candidate.id, candidate.name]));
  const organisationName = new Map(scope.map((unit) => [unit.id, unit.name]));
  const own = notes.filter((note) => note.organisationId === organisation.id);
  let chosen: NoteRecord[];
  // Notes about what the question names come before the rest ("varför går vi plus på personalen?").
  const byRelevance = (list: readonly NoteRecord[]) => {
    const ranked = rankNotes(list, reading, loadLexicon());
    return [...ranked.map((entry) => entry.note), ...list.filter((note) => !ranked.some((entry) => entry.note === note))];
  };
  if (item && item.kind === 'result' && item.parentId === null) {
    // The result is the sum of every line: its own causes first, then the lines' most relevant to the question.
    const all = own.length > 0 ? own : notes;
    const onResult = all.filter((note) => note.lineItemId === item.id);
    const others = byRelevance(all.filter((note) => note.lineItemId !== item.id));
    chosen = [...onResult, ...others].slice(0, Math.max(onResult.length, RESULT_NOTES));
  } else if (itemIds) {
    // The named line's notes; for a total, also those of its sub-lines.
    const children = new Set(items.filter((candidate) => candidate.parentId !== null && itemIds.has(candidate.parentId)).map((candidate) => candidate.id));
    chosen = own.filter((note) => note.lineItemId !== null && (itemIds.has(note.lineItemId) || children.has(note.lineItemId)));
    // A line without notes of its own is often explained under another ("Kostnaderna inom MT underhåll och
    // reparation har minskat …" stands under Övriga kostnader): the notes that name it, most relevant first.
    if (chosen.length === 0 && item) chosen = byRelevance(notes.filter((note) => namesLine(note.text, item.name))).slice(0, RESULT_NOTES);
    if (!item) chosen = byRelevance(chosen);
  } else {
    chosen = byRelevance(own.length > 0 ? own : notes);
  }
  const where = text.causesWhere(item?.name ?? null, organisation.name, period);
  if (chosen.length === 0) {
    const withNotes = [...new Set(notes.map((note) => (note.lineItemId !== null ? itemName.get(note.lineItemId) : null) ?? organisationName.get(note.organisationId)!))];
    return builder.build('no_data', `${text.noCause(where)} ${withNotes.length > 0 ? text.causesOnRecordFor(withNotes.slice(0, 8)) : text.askResponsibleManager()}`);
  }
  chosen = distinctNotes(chosen);
  const quoted = chosen.slice(0, MAX_NOTES).map((note) => {
    const label = [organisationName.get(note.organisationId) !== organisation.name ? organisationName.get(note.organisationId) : null, note.lineItemId !== null && (!item || !itemIds?.has(note.lineItemId)) ? itemName.get(note.lineItemId) : null].filter(Boolean).join(', ');
    const quotation = builder.quote({ org: organisationName.get(note.organisationId)!, item: note.lineItemId !== null ? (itemName.get(note.lineItemId) ?? null) : null, period: formatPeriod(note.period), text: note.text, author: note.author, source: note.source });
    return `• ${label ? `${label}: ` : ''}${quotation}`;
  });
  const authors = [...new Set(chosen.slice(0, MAX_NOTES).map((note) => note.author))];
  const figureLine = lineAnswer && lineAnswer.status === 'answered' ? `${lineAnswer.text}\n` : '';
  const more = chosen.length > MAX_NOTES ? `\n${text.moreNotes()}` : '';
  return builder.build('answered', `${figureLine}${text.causesAccordingTo(authors)}\n${quoted.join('\n')}${more}`);
}
