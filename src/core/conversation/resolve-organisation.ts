// Which organisation a person means by a name, one rule for every channel.
//
// Slack used to require exactly one match and Teams took the first; the core requires
// one. A draft is a document a controller signs off: drafting the first of two
// "Kommunstyrelsen" silently would put the wrong figures in front of them, and asking
// back costs one click. So:
// - an exact name or alias (findOrganisation) that names one organisation is it;
// - several: those the asker may see; one left is it (a manager writing
//   "Kommunstyrelsen" means their own tree's); else the asker chooses;
// - none: the organisations the asker may see whose name or alias holds every word
//   written ("HR" → "Regionkontoret – HR", "Gemensamma tjänster – HR") are offered to
//   choose from, even one, since it is a guess;
// - nothing: the organisations the asker may see are listed, never the others (names
//   outside someone's scope are not theirs to read).
import type { OrganisationRecord } from '../figures/records.js';
import { findOrganisation, organisationLabel } from '../figures/find-organisation.js';
import { foldedWords } from '../language/fold-text.js';

export type OrganisationResolution =
  | { readonly organisation: OrganisationRecord }
  | { readonly choices: readonly OrganisationRecord[] }
  | { readonly unknown: true; readonly visible: readonly OrganisationRecord[] };

function holdsEveryWord(organisation: OrganisationRecord, words: readonly string[]): boolean {
  return [organisation.name, ...organisation.aliases].some((name) => {
    const named = new Set(foldedWords(name));
    return words.every((word) => named.has(word));
  });
}

/** Resolves `text` among `organisations`; `maySee` says whether the asker may see one (asked only where it matters). */
export async function resolveOrganisation(text: string, organisations: readonly OrganisationRecord[], maySee: (organisation: OrganisationRecord) => Promise<boolean>): Promise<OrganisationResolution> {
  const visibleOf = async (candidates: readonly OrganisationRecord[]) => {
    const seen = await Promise.all(candidates.map(maySee));
    return candidates.filter((_, index) => seen[index]);
  };
  const exact = findOrganisation(organisations, text);
  if (exact.length === 1) return { organisation: exact[0]! };
  if (exact.length > 1) {
    const visible = await visibleOf(exact);
    // None visible: the first, which the permission check then refuses without naming the others.
    if (visible.length === 0) return { organisation: exact[0]! };
    return visible.length === 1 ? { organisation: visible[0]! } : { choices: visible };
  }
  const words = foldedWords(text);
  const visible = await visibleOf(organisations);
  const partial = words.length > 0 ? visible.filter((organisation) => holdsEveryWord(organisation, words)) : [];
  return partial.length > 0 ? { choices: partial } : { unknown: true, visible };
}

/** The names to show for `choices`: each one that finds it alone ("Kommunstyrelsen (Alingsås kommun)" where needed). */
export function choiceLabels(choices: readonly OrganisationRecord[], organisations: readonly OrganisationRecord[]): string[] {
  return choices.map((organisation) => organisationLabel(organisation, organisations));
}
