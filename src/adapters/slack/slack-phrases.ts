// What Utfall says in Slack in its own Slack words: help, the placeholder, failures.
// Everything else it says comes from the conversation core's catalogue.
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
  draftTooLongToEdit: 'Utkastet är för långt för att redigeras i Slack. Använd webbchatten eller kommandoraden.',
  noFacts: 'Inga siffror ligger bakom det här svaret.',
  failed: (reference: string) => `Något gick fel, och felet är loggat (referens ${reference}). Försök igen om en stund.`,
} as const;
