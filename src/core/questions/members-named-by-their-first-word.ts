// "Vad händer med ombyggnaderna?" where the investments are "Ombyggnad operation Kvarnbacka" and
// "Ombyggnad folktandvård Lillmo": a word that reaches only the kind's total through the lexicon
// ("ombyggnad" is an investment word) but that several lines below that total begin their names
// with says what those lines are. The asker means one or all of them, never their sum line:
// which of them is theirs to say.
import type { LineItemRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';

// A short word ("ny", "gata") begins names by chance; a clarifying question offers a handful of lines.
const MIN_STEM = 5;
const MAX_MEMBERS = 5;

function isBelow(item: LineItemRecord, total: LineItemRecord, byId: ReadonlyMap<number, LineItemRecord>): boolean {
  const seen = new Set<number>();
  for (let parent = byId.get(item.parentId ?? -1); parent && !seen.has(parent.id); parent = byId.get(parent.parentId ?? -1)) {
    if (parent.id === total.id) return true;
    seen.add(parent.id);
  }
  return false;
}

/**
 * The lines below `total` (a line the question reached by no word of its own name) whose names begin
 * with one of the asked words, when two to a handful do; undefined otherwise.
 */
export function membersNamedByTheirFirstWord(words: readonly string[], total: LineItemRecord, items: readonly LineItemRecord[]): LineItemRecord[] | undefined {
  const stems = new Set(words.map(swedishStem).filter((stem) => stem.length >= MIN_STEM));
  if (stems.size === 0) return undefined;
  const byId = new Map(items.map((item) => [item.id, item]));
  const leaves = items.filter((item) => isBelow(item, total, byId) && !items.some((child) => child.parentId === item.id));
  const begun = leaves.filter((item) => {
    const first = foldedWords(item.name)[0];
    return first !== undefined && foldedWords(item.name).length >= 2 && stems.has(swedishStem(first));
  });
  return begun.length >= 2 && begun.length <= MAX_MEMBERS ? begun : undefined;
}
