// Line-item and sub-unit names can be long ("Individ- och familjeomsorg, placeringar
// barn och unga"); a label column that grows with them would squeeze the bars.

/** Measures the width of text in CSS pixels. */
export type MeasureText = (text: string) => number;

/**
 * The label on one line, at most `maxChars` characters and `maxWidth` pixels wide,
 * ending in "…" when anything was cut. Counts code points, so å, ä and ö are one each.
 */
export function truncateLabel(label: string, maxChars: number, maxWidth: number, measure: MeasureText): string {
  const oneLine = label.replace(/\s+/g, ' ').trim();
  let characters = Array.from(oneLine);
  if (characters.length <= maxChars && measure(oneLine) <= maxWidth) return oneLine;
  characters = characters.slice(0, Math.max(1, maxChars - 1));
  let shortened = `${characters.join('').trimEnd()}…`;
  while (characters.length > 1 && measure(shortened) > maxWidth) {
    characters = characters.slice(0, -1);
    shortened = `${characters.join('').trimEnd()}…`;
  }
  return shortened;
}
