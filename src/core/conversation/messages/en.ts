// The conversation core's English sentences.
import { list } from '../../language/list-en.js';
import type { ConversationMessages } from './conversation-messages.js';

const choices = (names: readonly string[]) => (names.length > 0 ? ` Organisations there are for you: ${names.join(', ')}.` : '');

export const en: ConversationMessages = {
  noHomeOrganisation: (m) => `I do not know which organisation you belong to yet. Write ${m.code(`${m.command}org <name>`)}, e.g. ${m.code(`${m.command}org Kommunstyrelsen`)}, and I will answer for it.`,
  homeOrganisationSet: (label, m) => `Your home organisation is now ${m.strong(label)}.`,
  homeOrganisationIs: (label, m) => (label ? `Your home organisation is ${m.strong(label)}. Change it with ${m.code(`${m.command}org <name>`)}.` : `You have no home organisation yet. Set it with ${m.code(`${m.command}org <name>`)}.`),
  unknownOrganisation: (name, names) => `There is no organisation “${name}”.${choices(names)}`,
  whichOrganisation: (name, names) => `Several organisations match “${name}”: ${list(names)}. Which one do you mean?`,
  draftUsage: (m, canPost) =>
    `Write ${m.code(`${m.command}utkast <organisation> <YYYY-MM>`)}, e.g. ${m.code(`${m.command}utkast Kommunstyrelsen 2024-08`)}.${canPost ? ` Add ${m.code('post')} to show the draft in the channel.` : ''}`,
  periodFormat: () => 'Write the period as YYYY-MM, e.g. 2024-08.',
  unknownItem: (organisation, item) => `${organisation} has no line “${item}”.`,
  notAllowedToSee: () => 'You are not allowed to see figures for that organisation.',
  onlyControllersManageDrafts: () => 'Only controllers and administrators of the organisation may approve and edit drafts.',
  draftNotOpen: (id) => `Draft ${id} is approved or replaced already.`,
  draftMissing: (id) => `There is no draft ${id}.`,
  invalidDraftId: () => 'The draft number is not valid.',
  revisionRejected: (numbers) => `Not saved: these numbers are not in the draft's facts: ${numbers.join(', ')}. Remove them or use the figures in the facts.`,
  revisionSaved: () => 'The change is saved.',
  digestsOff: () => 'Weekly digests are not switched on in this installation.',
  digestsUnavailable: (m) => `Weekly digests are started with ${m.code(`${m.command}digest …`)} in the conversation that should get them.`,
};
