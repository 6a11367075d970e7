// "Varför?": the causes on record for a deviation, quoted from stored notes with
// their author. Notes are data, never instructions: they are shown in quotation
// marks and nothing in them is acted on.
import type { NoteRecord, LineItemRecord } from '../figures/records.js';
import { formatPeriod, type Period } from '../figures/period.js';
import type { Answer } from './answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { list, monthName, say } from './answer-phrases.js';

const MAX_NOTES = 12;

/** Answers a causes question for `item` (or the whole organisation when null) at `period`. */
export async function answerCauses(context: AnswerContext, item: LineItemRecord | null, period: Period, lineAnswer: Answer | null): Promise<Answer> {
  const { store, organisation, builder, reading } = context;
  const language = reading.language;
  // Causes of an organisation's result are often written for its sub-units.
  const scope = [organisation, ...descendantsOf(organisation, context.organisations)];
  const notes = await store.listNotes({ organisationIds: scope.map((unit) => unit.id), periods: [period] });
  const itemIds = item ? new Set([item.id]) : null;
  const items = await store.listLineItems(scope.map((unit) => unit.id));
  builder.knowNames(items.map((item) => item.name));
  const itemName = new Map(items.map((candidate) => [candidate.id, candidate.name]));
  const organisationName = new Map(scope.map((unit) => [unit.id, unit.name]));
  const own = notes.filter((note) => note.organisationId === organisation.id);
  let chosen: NoteRecord[];
  if (item && item.kind === 'result' && item.parentId === null) {
    // The result is the sum of every line: all causes on record explain it, its own first.
    const all = own.length > 0 ? own : notes;
    chosen = [...all.filter((note) => note.lineItemId === item.id), ...all.filter((note) => note.lineItemId !== item.id)];
  } else if (itemIds) {
    // The named line's notes; for a total, also those of its sub-lines.
    const children = new Set(items.filter((candidate) => candidate.parentId !== null && itemIds.has(candidate.parentId)).map((candidate) => candidate.id));
    chosen = own.filter((note) => note.lineItemId !== null && (itemIds.has(note.lineItemId) || children.has(note.lineItemId)));
  } else {
    chosen = own.length > 0 ? own : notes;
  }
  const where = `${item ? `${item.name}, ` : ''}${organisation.name}, ${say(language, 'rapporten per', 'report for')} ${monthName(period, language)}`;
  if (chosen.length === 0) {
    const withNotes = [...new Set(notes.map((note) => (note.lineItemId !== null ? itemName.get(note.lineItemId) : null) ?? organisationName.get(note.organisationId)!))];
    return builder.build(
      'no_data',
      say(language, `Ingen orsak finns registrerad för ${where}.`, `No cause is on record for ${where}.`) +
        (withNotes.length > 0 ? say(language, ` Orsaker finns registrerade för: ${list(withNotes.slice(0, 8), language)}.`, ` Causes are on record for: ${list(withNotes.slice(0, 8), language)}.`) : say(language, ' Be den ansvariga chefen om en förklaring.', ' Ask the responsible manager for an explanation.')),
    );
  }
  const quoted = chosen.slice(0, MAX_NOTES).map((note) => {
    const label = [organisationName.get(note.organisationId) !== organisation.name ? organisationName.get(note.organisationId) : null, note.lineItemId !== null && !itemIds?.has(note.lineItemId) ? itemName.get(note.lineItemId) : null].filter(Boolean).join(', ');
    const text = builder.quote({ org: organisationName.get(note.organisationId)!, item: note.lineItemId !== null ? (itemName.get(note.lineItemId) ?? null) : null, period: formatPeriod(note.period), text: note.text, author: note.author, source: note.source });
    return `• ${label ? `${label}: ` : ''}${text}`;
  });
  const authors = [...new Set(chosen.slice(0, MAX_NOTES).map((note) => note.author))];
  const figureLine = lineAnswer && lineAnswer.status === 'answered' ? `${lineAnswer.text}\n` : '';
  const more = chosen.length > MAX_NOTES ? say(language, `\n(och fler noteringar; fråga per post för att se dem)`, `\n(and more notes; ask per line to see them)`) : '';
  return builder.build('answered', `${figureLine}${say(language, `Orsaker enligt ${list(authors, language)}:`, `Causes according to ${list(authors, language)}:`)}\n${quoted.join('\n')}${more}`);
}
