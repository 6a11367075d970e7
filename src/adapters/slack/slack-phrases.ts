// What Utfall says in Slack in its own words (answers and drafts come from the core).
// Written as mrkdwn; the renderers escape &, < and > before sending.

/** Utfall's own Swedish sentences in Slack. */
export const PHRASES = {
  placeholder: 'Utfall räknar …',
  help: [
    '*Utfall* svarar med exakta siffror ur budgetuppföljningen.',
    '• `/utfall <fråga>` – t.ex. `/utfall Hur ligger vi till mot budget på personalkostnaderna?`',
    '• `/utfall org <namn>` – sätter din hemorganisation, som frågor utan organisation gäller',
    '• `/utfall utkast <organisation> <ÅÅÅÅ-MM> [post]` – skriver ett utkast till avvikelseförklaring (med `post` syns det i kanalen)',
    '• `/utfall digest <organisation> [veckodag] [TT:MM]` – ger kanalen ett veckobrev (`/utfall digest hjälp` visar mer)',
    '• `/utfall hjälp` – visar detta',
    'Du kan också nämna @Utfall i en kanal (svaret kommer i tråden) eller skriva till Utfall direkt.',
  ].join('\n'),
  noHomeOrganisation: 'Jag vet inte vilken organisation du tillhör ännu. Skriv `/utfall org <namn>`, t.ex. `/utfall org Kommunstyrelsen`, så svarar jag utifrån den.',
  homeOrganisationSet: (name: string) => `Din hemorganisation är nu *${name}*.`,
  homeOrganisationIs: (name: string | null) => (name ? `Din hemorganisation är *${name}*. Byt med \`/utfall org <namn>\`.` : 'Du har ingen hemorganisation ännu. Sätt den med `/utfall org <namn>`.'),
  unknownOrganisation: (name: string, known: readonly string[]) => `Organisationen ”${name}” finns inte. Organisationer som finns: ${known.join(', ')}.`,
  draftUsage: 'Skriv `/utfall utkast <organisation> <ÅÅÅÅ-MM>`, t.ex. `/utfall utkast Kommunstyrelsen 2024-08`. Lägg till `post` för att visa utkastet i kanalen.',
  periodFormat: 'Perioden skrivs ÅÅÅÅ-MM, t.ex. 2024-08.',
  digestsUnavailable: 'Veckobrev startas med `/utfall digest …` i den kanal som ska få dem.',
  notAllowedToSee: 'Du har inte behörighet att se siffror för den organisationen.',
  onlyControllersManageDrafts: 'Bara controllers och administratörer för organisationen kan godkänna och redigera utkast.',
  draftNotOpen: (id: number) => `Utkast ${id} är redan godkänt eller ersatt.`,
  draftMissing: (id: number) => `Utkast ${id} finns inte.`,
  draftTooLongToEdit: 'Utkastet är för långt för att redigeras i Slack. Använd webbchatten eller kommandoraden.',
  revisionRejected: (numbers: readonly string[]) => `Sparades inte: de här siffrorna finns inte i utkastets underlag: ${numbers.join(', ')}. Ta bort dem eller använd siffrorna i underlaget.`,
  revisionSaved: 'Ändringen är sparad.',
  noFacts: 'Inga siffror ligger bakom det här svaret.',
  failed: (reference: string) => `Något gick fel, och felet är loggat (referens ${reference}). Försök igen om en stund.`,
} as const;
