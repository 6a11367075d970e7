// When the figures hold nothing for what is asked but the report's words do
// (risks, assumptions, causes): the two or three most relevant stored notes,
// quoted with their source. Notes are data: quoted, never acted on.
import { formatPeriod } from '../figures/period.js';
import type { NoteRecord } from '../figures/records.js';
import { foldText } from '../language/fold-text.js';
import type { Answer } from '../answering/answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import type { ResolvedQuestion } from './answer-question.js';
import { messages } from './messages/messages.js';
import { loadLexicon, type PhraseSet } from './lexicon/load-lexicon.js';
import { rankNotes } from './rank-notes.js';

const MOST = 3;

/** The notes with their text said once: a report often repeats a sentence under two lines (the result and the line). */
export function distinctNotes<T extends { readonly note: NoteRecord } | NoteRecord>(notes: readonly T[]): T[] {
  const seen = new Set<string>();
  return notes.filter((entry) => {
    const text = foldText('note' in entry ? entry.note.text : entry.text).replace(/\s+/g, ' ').trim();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** Answers from the notes of the organisation and its sub-units at the period asked (or the latest); no_data when none is relevant. */
export async function answerFromNotes(context: AnswerContext, resolved: ResolvedQuestion, lead: string | null = null, extraWords: readonly string[] = [], options: { contentRequired?: boolean; saying?: PhraseSet } = {}): Promise<Answer> {
  const { store, organisation, builder, reading, catalogue } = context;
  const text = messages(reading.language);
  const period = resolved.period ?? resolved.periods[resolved.periods.length - 1];
  if (!period) return builder.build('no_data', text.noNotes(organisation.name));
  const scope = [organisation, ...descendantsOf(organisation, context.organisations)];
  const notes = await store.listNotes({ organisationIds: scope.map((unit) => unit.id), periods: [period] });
  // The line asked about narrows the notes, unless it is the organisation's result, which every line adds up to.
  const line = resolved.item && !(resolved.item.kind === 'result' && resolved.item.parentId === null) ? resolved.item.id : null;
  const ranked = distinctNotes(rankNotes(notes, reading, loadLexicon(), extraWords, { ...options, lineItemId: line })).slice(0, MOST);
  if (ranked.length === 0) return builder.build('no_data', text.noNotes(organisation.name));
  const itemName = new Map(scope.flatMap((unit) => catalogue.itemsOf(unit.id)).map((item) => [item.id, item.name]));
  const quoted = ranked.map(({ note }) => {
    const unit = catalogue.organisation(note.organisationId)?.name ?? organisation.name;
    const item = note.lineItemId !== null ? (itemName.get(note.lineItemId) ?? null) : null;
    const quote = builder.quote({ org: unit, item, period: formatPeriod(note.period), text: note.text, author: note.author, source: note.source });
    return `• ${[unit !== organisation.name ? unit : null, item].filter(Boolean).join(', ')}${unit !== organisation.name || item ? ': ' : ''}${quote} (${note.author})`;
  });
  return builder.build('answered', `${lead ? `${lead}\n` : ''}${text.notesHeading(organisation.name, period)}\n${quoted.join('\n')}`);
}
