// Finds an organisation by its name or an alias, ignoring case and diacritics,
// so that "kommunstyrelsen", "KS" and "forvaltningen"-style spellings resolve.
import type { OrganisationRecord } from './records.js';
import { itemKey } from './item-key.js';

/** The organisations matching `text` exactly by name or alias (normalised); empty when none. */
export function findOrganisation(organisations: readonly OrganisationRecord[], text: string): OrganisationRecord[] {
  const wanted = itemKey(text);
  return organisations.filter((organisation) => itemKey(organisation.name) === wanted || organisation.aliases.some((alias) => itemKey(alias) === wanted));
}
