// A line item's key: its name normalised so that the same line in different
// organisations' reports ("Personalkostnader", "personalkostnader ") compares equal.

/** Lower case, diacritics folded (å→a, ä→a, ö→o), runs of non-letters to one '-'. */
export function itemKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
