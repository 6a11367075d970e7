// The columns of the three canonical import files (docs/import-format.md). A file's
// kind is told by its header.

export const ORGANISATION_COLUMNS = ['tree', 'organisation', 'parent', 'kind', 'aliases', 'unit', 'move'] as const;
export const REQUIRED_ORGANISATION_COLUMNS = ['organisation', 'kind'] as const;

export const FIGURE_COLUMNS = [
  'tree',
  'organisation',
  'period',
  'item',
  'parent_item',
  'kind',
  'order',
  'measure',
  'value',
  'unit',
  'better',
  'breakdown_group',
  'breakdown',
  'made_in',
  'reference',
  'total',
  'source',
  'report',
  'section',
  'remark',
  'flag',
] as const;
export const REQUIRED_FIGURE_COLUMNS = ['organisation', 'period', 'item', 'kind', 'order', 'measure', 'value', 'unit', 'source', 'section'] as const;

export const NOTE_COLUMNS = ['tree', 'organisation', 'period', 'item', 'note', 'author', 'source', 'section'] as const;
export const REQUIRED_NOTE_COLUMNS = ['organisation', 'period', 'note', 'author', 'source'] as const;

export const PEOPLE_COLUMNS = ['email', 'name', 'role', 'tree', 'organisation', 'slack', 'teams'] as const;
export const REQUIRED_PEOPLE_COLUMNS = ['email', 'name', 'role', 'organisation'] as const;

export type ImportFileKind = 'organisations' | 'figures' | 'notes' | 'people';

const COLUMNS: Record<ImportFileKind, { all: readonly string[]; required: readonly string[] }> = {
  organisations: { all: ORGANISATION_COLUMNS, required: REQUIRED_ORGANISATION_COLUMNS },
  figures: { all: FIGURE_COLUMNS, required: REQUIRED_FIGURE_COLUMNS },
  notes: { all: NOTE_COLUMNS, required: REQUIRED_NOTE_COLUMNS },
  people: { all: PEOPLE_COLUMNS, required: REQUIRED_PEOPLE_COLUMNS },
};

/** Tells the file kind from its header: a `measure` or `value` column means figures, a `note` column notes, an `email` column people. */
export function importKindOf(header: readonly string[]): ImportFileKind {
  if (header.includes('measure') || header.includes('value')) return 'figures';
  if (header.includes('email')) return 'people';
  return header.includes('note') ? 'notes' : 'organisations';
}

/** The required columns missing from a header. */
export function missingColumns(kind: ImportFileKind, header: readonly string[]): string[] {
  return COLUMNS[kind].required.filter((column) => !header.includes(column));
}

/** Columns in a header that the format does not know (reported, so typos are caught). */
export function unknownColumns(kind: ImportFileKind, header: readonly string[]): string[] {
  return header.filter((column) => column !== '' && !COLUMNS[kind].all.includes(column));
}
