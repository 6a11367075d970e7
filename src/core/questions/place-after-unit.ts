// "Hur går det för bussarna på trafikbolaget?": an organisation written right after a place word
// ("på", "at") that follows a unit of its own says where that unit is. It is not a second
// organisation asked about, so the words before it are read alone (and asked back when they name several units).
import type { OrganisationRecord } from '../figures/records.js';
import { ancestorsOf } from './answer-context.js';
import type { OrganisationMention } from './find-organisation-mention.js';
import type { PhraseMatch } from './lexicon/phrase-pattern.js';

export function isPlaceAfterUnit(mention: OrganisationMention, other: OrganisationMention, placeLeads: readonly PhraseMatch[], organisations: readonly OrganisationRecord[]): boolean {
  if (other.end > mention.start) return false;
  if (!placeLeads.some((lead) => lead.start === other.end && lead.end === mention.start)) return false;
  return ancestorsOf(other.organisation, organisations).some((unit) => unit.id === mention.organisation.id);
}
