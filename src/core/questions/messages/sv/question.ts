// Svenska meningar när frågan inte (ännu) kan besvaras med en siffra.
import type { QuestionMessages } from '../question-messages.js';
import { either, list } from '../../../language/list-sv.js';

export const question: QuestionMessages = {
  unknownAsker: () => 'Hej! Jag känner inte igen dig ännu, så jag kan inte visa några siffror. Be din controller eller Utfalls administratör att lägga upp dig, så svarar jag på frågor om din organisation.',
  denied: () => 'Du har inte behörighet att se siffror för den organisationen. Fråga din controller om du behöver dem.',
  unknownHome: (home) => `Hemorganisationen ”${home}” finns inte i Utfall.`,
  rateLimited: (seconds) => `Du har ställt många frågor på kort tid. Vänta ${seconds} s och fråga igen.`,
  overloaded: (seconds) => `Utfall har många frågor att svara på just nu. Försök igen om ${seconds} s.`,
  storeBusy: (seconds) => `Utfall tar emot nya siffror just nu. Försök igen om ${seconds} s.`,
  tooLong: (maxLength) => `Frågan är för lång (mer än ${maxLength} tecken). Ställ en kortare fråga.`,
  whichOne: (options) => `Vilken menar du: ${either(options)}?`,
  whichOrganisation: (options) => `Vilken organisation menar du: ${either(options)}?`,
  whatToLookAt: (organisation, examples) =>
    `Vad vill du att jag tittar på för ${organisation}? Fråga om en post${examples.length > 0 ? `, till exempel ${either(examples)}` : ''}, mot budget, prognos eller förra året – eller skriv ”hur går det?” för en översikt.`,
  whichLine: (organisation, options) => `Vilken post menar du för ${organisation}: ${either(options)}?`,
  belongsTo: (organisation, root) => `${organisation} hör till ${root}.`,
  figuresReportedBy: (organisation, unit) => `Siffrorna för ${organisation} redovisas av ${unit}.`,
  figureOfSubUnit: (organisation, subUnit) => `${organisation} har ingen egen siffra för det; den finns för ${subUnit}.`,
  noFigureButNotes: (organisation) => `Det finns ingen siffra för det för ${organisation}. Rapportens text nämner det:`,
  kpiFromNextReport: (organisation, asked, report) => `Det finns ingen rapport för ${organisation} per ${asked}; nyckeltalet nedan är det som rapporten per ${report} redovisar.`,
  noReportFor: (organisation, asked, months) => `Det finns ingen rapport för ${organisation} för ${asked}. Rapporter finns per ${list(months)}.`,
  lineOfAnotherUnit: (organisation, item, owner) => `${organisation} har ingen egen siffra för det. ${item} finns för ${owner}; fråga om ${owner} för att se den.`,
  noSuchLine: (organisation, lines) => `Jag hittar ingen sådan post för ${organisation}. Posterna som finns är bland annat: ${lines.join('; ')}.`,
  noPeers: (organisation) => `Utfall har inga siffror för andra enheter på samma nivå som ${organisation} att jämföra med; fråga gärna om en enhet eller organisation med namn.`,
  noFiguresFor: (organisation, related) => `Det finns inga siffror för ${organisation} i Utfall.${related.length > 0 ? ` Siffror finns för ${list(related)}.` : ''}`,
  unverified: () => 'Svaret kunde inte kontrolleras och visas därför inte. Felet är loggat.',
};
