// "HVB-placeringarna": in a written compound the last part says what is asked and the first part
// which of them. The lines the last part names are the candidates; a line named by the first part
// alone ("Vårddygn HVB barn och unga") is another thing that shares the qualifier. Where several
// lines carry the last part, the one whose report notes speak of the first part is meant.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord } from '../figures/records.js';
import { foldText, foldedWords } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';
import type { LineItemMatch } from './find-line-item.js';
import { isConceptWord } from './find-line-item.js';

const byQualifier = (stem: string, qualifiers: readonly string[]) => qualifiers.some((qualifier) => stem === swedishStem(qualifier) || stem.startsWith(qualifier));

/**
 * `matches` without the lines named only by a compound's first part, when the question's other
 * words (not an everyday concept's: "IT-kostnaderna" is left to the concept) name other lines.
 */
export function headBeforeQualifier(matches: readonly LineItemMatch[], qualifiers: readonly string[], words: readonly string[]): readonly LineItemMatch[] {
  if (qualifiers.length === 0) return matches;
  const heads = words.filter((word) => word.length >= 4 && !qualifiers.includes(word) && !isConceptWord(word));
  if (heads.length === 0) return matches;
  const qualifierOnly = (match: LineItemMatch) => match.matchedWords.length > 0 && match.matchedWords.every((stem) => byQualifier(stem, qualifiers));
  const headNamed = (match: LineItemMatch) => match.matchedWords.some((stem) => !byQualifier(stem, qualifiers));
  if (!matches.some(qualifierOnly) || !matches.some((match) => match.score >= 0.5 && headNamed(match))) return matches;
  return matches.filter((match) => !qualifierOnly(match));
}

/** Of lines that tie, the one line whose notes write a compound's first part its name does not; undefined unless exactly one. */
export async function lineWhoseNotesSayQualifier(store: FigureStore, organisationId: number, tied: readonly LineItemRecord[], qualifiers: readonly string[]): Promise<LineItemRecord | undefined> {
  const unsaid = (line: LineItemRecord) => qualifiers.filter((qualifier) => !foldedWords(line.name).some((word) => word.startsWith(qualifier)));
  if (qualifiers.length === 0 || tied.some((line) => unsaid(line).length === 0)) return undefined;
  const notes = await store.listNotes({ organisationIds: [organisationId], lineItemIds: tied.map((line) => line.id) });
  const speaking = tied.filter((line) => notes.some((note) => note.lineItemId === line.id && unsaid(line).some((qualifier) => foldedWords(foldText(note.text)).includes(qualifier))));
  return speaking.length === 1 ? speaking[0] : undefined;
}
