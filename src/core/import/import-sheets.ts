// The sheet names of an import workbook, in Swedish and English. Every sheet of a
// workbook is read by its name; a name not listed here rejects the workbook, so a
// sheet of figures is never skipped without a word.
import { itemKey } from '../figures/item-key.js';
import type { ImportFileKind } from './import-columns.js';

/** What a sheet holds: data of one kind, or instructions and lists, which are not imported. */
export type SheetKind = ImportFileKind | 'instructions';

/** The names each kind of sheet is known by; the first is the one `template` writes. */
export const SHEET_NAMES: Readonly<Record<SheetKind, readonly string[]>> = {
  organisations: ['organisationer', 'organisations', 'organisation'],
  figures: ['utfall', 'siffror', 'figures', 'belopp'],
  notes: ['kommentarer', 'orsaker', 'notes', 'comments'],
  people: ['personer', 'people', 'användare', 'users'],
  instructions: ['instruktioner', 'instructions', 'listor', 'lists'],
};

/** The kind a sheet's name says, or null when Utfall does not know the name. */
export function sheetKindOf(name: string): SheetKind | null {
  const wanted = itemKey(name);
  for (const [kind, names] of Object.entries(SHEET_NAMES) as [SheetKind, readonly string[]][]) {
    if (names.some((candidate) => itemKey(candidate) === wanted)) return kind;
  }
  return null;
}

/** The names for people, e.g. `organisationer (organisations), utfall (figures) …`. */
export function describeSheetNames(): string {
  return (['organisations', 'figures', 'notes', 'people'] as const).map((kind) => `"${SHEET_NAMES[kind][0]}" or "${SHEET_NAMES[kind][SHEET_NAMES[kind].length > 2 ? 2 : 1]}" (${kind})`).join(', ') + ' (and "instruktioner" for notes to the reader)';
}
