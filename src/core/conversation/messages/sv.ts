// The conversation core's Swedish sentences.
import { list } from '../../language/list-sv.js';
import type { ConversationMessages } from './conversation-messages.js';

const choices = (names: readonly string[]) => (names.length > 0 ? ` Organisationer som finns för dig: ${names.join(', ')}.` : '');

export const sv: ConversationMessages = {
  noHomeOrganisation: (m) => `Jag vet inte vilken organisation du tillhör ännu. Skriv ${m.code(`${m.command}org <namn>`)}, t.ex. ${m.code(`${m.command}org Kommunstyrelsen`)}, så svarar jag utifrån den.`,
  homeOrganisationSet: (label, m) => `Din hemorganisation är nu ${m.strong(label)}.`,
  homeOrganisationIs: (label, m) => (label ? `Din hemorganisation är ${m.strong(label)}. Byt med ${m.code(`${m.command}org <namn>`)}.` : `Du har ingen hemorganisation ännu. Sätt den med ${m.code(`${m.command}org <namn>`)}.`),
  unknownOrganisation: (name, names) => `Organisationen ”${name}” finns inte.${choices(names)}`,
  whichOrganisation: (name, names) => `Flera organisationer passar ”${name}”: ${list(names)}. Vilken menar du?`,
  draftUsage: (m, canPost) =>
    `Skriv ${m.code(`${m.command}utkast <organisation> <ÅÅÅÅ-MM>`)}, t.ex. ${m.code(`${m.command}utkast Kommunstyrelsen 2024-08`)}.${canPost ? ` Lägg till ${m.code('post')} för att visa utkastet i kanalen.` : ''}`,
  periodFormat: () => 'Perioden skrivs ÅÅÅÅ-MM, t.ex. 2024-08.',
  unknownItem: (organisation, item) => `${organisation} har ingen post ”${item}”.`,
  notAllowedToSee: () => 'Du har inte behörighet att se siffror för den organisationen.',
  onlyControllersManageDrafts: () => 'Bara controllers och administratörer för organisationen kan godkänna och redigera utkast.',
  draftNotOpen: (id) => `Utkast ${id} är redan godkänt eller ersatt.`,
  draftMissing: (id) => `Utkast ${id} finns inte.`,
  invalidDraftId: () => 'Utkastets nummer är inte giltigt.',
  revisionRejected: (numbers) => `Sparades inte: de här siffrorna finns inte i utkastets underlag: ${numbers.join(', ')}. Ta bort dem eller använd siffrorna i underlaget.`,
  revisionSaved: () => 'Ändringen är sparad.',
  digestsOff: () => 'Veckobrev är inte påslagna i den här installationen.',
  digestsUnavailable: (m) => `Veckobrev startas med ${m.code(`${m.command}digest …`)} i den konversation som ska få dem.`,
};
