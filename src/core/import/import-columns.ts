// The columns of the two canonical import files (docs/import-format.md). A file's
// kind is told by its header.

export const ORGANISATION_COLUMNS = ['organisation', 'parent', 'kind', 'aliases', 'unit'] as const;
export const REQUIRED_ORGANISATION_COLUMNS = ['organisation', 'kind'] as const;

export const FIGURE_COLUMNS = [
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
  'source',
  'section',
  'remark',
] as const;
export const REQUIRED_FIGURE_COLUMNS = ['organisation', 'period', 'item', 'kind', 'order', 'measure', 'value', 'unit', 'source', 'section'] as const;

export type ImportFileKind = 'organisations' | 'figures';

/** Tells the file kind from its header: a `measure` column means figures. */
export function importKindOf(header: readonly string[]): ImportFileKind {
  return header.includes('measure') || header.includes('value') ? 'figures' : 'organisations';
}

/** The required columns missing from a header. */
export function missingColumns(kind: ImportFileKind, header: readonly string[]): string[] {
  const required: readonly string[] = kind === 'figures' ? REQUIRED_FIGURE_COLUMNS : REQUIRED_ORGANISATION_COLUMNS;
  return required.filter((column) => !header.includes(column));
}

/** Columns in a header that the format does not know (reported, so typos are caught). */
export function unknownColumns(kind: ImportFileKind, header: readonly string[]): string[] {
  const known: readonly string[] = kind === 'figures' ? FIGURE_COLUMNS : ORGANISATION_COLUMNS;
  return header.filter((column) => column !== '' && !known.includes(column));
}
