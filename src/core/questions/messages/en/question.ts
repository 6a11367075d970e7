// English sentences for when a question cannot (yet) be answered with a figure.
import type { QuestionMessages } from '../question-messages.js';
import { either, list } from '../../../language/list-en.js';

export const question: QuestionMessages = {
  unknownAsker: () => "Hello! I don't recognise you yet, so I can't show any figures. Ask your controller or Utfall's administrator to add you, and I will answer questions about your organisation.",
  denied: () => 'You are not permitted to see figures for that organisation. Ask your controller if you need them.',
  unknownHome: (home) => `The home organisation “${home}” is not in Utfall.`,
  rateLimited: (seconds) => `You have asked many questions in a short time. Wait ${seconds} s and ask again.`,
  overloaded: (seconds) => `Utfall has many questions to answer right now. Try again in ${seconds} s.`,
  storeBusy: (seconds) => `Utfall is taking in new figures right now. Try again in ${seconds} s.`,
  tooLong: (maxLength) => `The question is too long (over ${maxLength} characters). Please ask a shorter one.`,
  whichOne: (options) => `Which one do you mean: ${either(options)}?`,
  whichOrganisation: (options) => `Which organisation do you mean: ${either(options)}?`,
  whatToLookAt: (organisation, examples) =>
    `What should I look at for ${organisation}? Ask about a line${examples.length > 0 ? `, for example ${either(examples)}` : ''}, against budget, forecast or last year – or write “how are we doing?” for an overview.`,
  whichLine: (organisation, options) => `Which line do you mean for ${organisation}: ${either(options)}?`,
  belongsTo: (organisation, root) => `${organisation} belongs to ${root}.`,
  figuresReportedBy: (organisation, unit) => `The figures for ${organisation} are reported by ${unit}.`,
  figureOfSubUnit: (organisation, subUnit) => `${organisation} has no figure of its own for that; ${subUnit} has.`,
  noFigureButNotes: (organisation) => `There is no figure for that for ${organisation}. The report's text mentions it:`,
  kpiFromNextReport: (organisation, asked, report) => `There is no report for ${organisation} for ${asked}; the measure below is the one the report for ${report} gives.`,
  noReportFor: (organisation, asked, months) => `There is no report for ${organisation} for ${asked}. Reports exist for ${list(months)}.`,
  lineOfAnotherUnit: (organisation, item, owner) => `${organisation} has no figure of its own for that. ${item} is on record for ${owner}; ask about ${owner} to see it.`,
  noSuchLine: (organisation, lines) => `I cannot find that line for ${organisation}. Lines on record include: ${lines.join('; ')}.`,
  noPeers: (organisation) => `Utfall holds no figures for other units at the same level as ${organisation} to compare with; ask about a unit or organisation by name.`,
  noFiguresFor: (organisation, related) => `Utfall holds no figures for ${organisation}.${related.length > 0 ? ` Figures exist for ${list(related)}.` : ''}`,
  unverified: () => 'The answer could not be verified and is therefore not shown. The error has been logged.',
};
