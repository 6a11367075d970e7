// "Energiåtgärder ventilation Norra länsdelen" is the parent's line about Norra länsdelen: asked
// about Södra länsdelen, the word both units' names share ("länsdelen") does not make it Södra's.
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import { foldedWords } from '../language/fold-text.js';
import { ancestorsOf } from './answer-context.js';

/** Whether the line's name writes, word for word, the name or an alias of a unit other than `unit` and those above it. */
export function lineNamesAnotherUnit(line: LineItemRecord, unit: OrganisationRecord, organisations: readonly OrganisationRecord[]): boolean {
  const lineWords = new Set(foldedWords(line.name));
  const own = new Set([unit, ...ancestorsOf(unit, organisations)].map((candidate) => candidate.id));
  return organisations.some(
    (other) =>
      !own.has(other.id) &&
      [other.name, ...other.aliases].some((name) => {
        const words = foldedWords(name);
        return words.length > 0 && words.every((word) => lineWords.has(word));
      }),
  );
}
