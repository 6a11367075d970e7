// How controllers shorten words in names: the first three letters or more, at least three short of
// the whole word ("övr" of "övriga", "infra" of "infrastruktur", "kostn" of "kostnader").

/** Whether `word` is a written abbreviation of `full`. */
export function abbreviates(word: string, full: string): boolean {
  return word.length >= 3 && full.length > word.length + 2 && full.startsWith(word);
}
