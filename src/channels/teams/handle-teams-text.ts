// A message in words, in a personal chat or as a channel mention: a digest command,
// help, "org <namn>", "utkast <organisation> <ÅÅÅÅ-MM>", or a question for the
// assistant (scoped to the asker and audited).
import { MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import { handleDigestCommand } from '../../core/digests/handle-digest-command.js';
import { findOrganisation } from '../../core/figures/find-organisation.js';
import { parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import { conversationReferenceFromActivity } from './digest/conversation-reference.js';
import { renderAnswerCard, renderDraftCard } from './render-answer-card.js';
import { teamsActor, type TeamsChannelDependencies } from './teams-dependencies.js';
import { cardMessage, TYPING } from './teams-reply.js';

const HELP = 'Fråga mig om budgeten, t.ex. "Hur ligger vi till mot budget på personalkostnaderna?". Kommandon: "org <namn>" sätter din hemorganisation, "utkast <organisation> <ÅÅÅÅ-MM>" skriver ett utkast till avvikelseförklaring, "digest <organisation> [veckodag] [TT:MM]" ger konversationen ett veckobrev ("digest hjälp" visar mer), "hjälp" visar detta.';

/** Answers `question` from the Teams user `userId`. */
export async function handleTeamsText(context: TurnContext, dependencies: TeamsChannelDependencies, userId: string, question: string): Promise<void> {
  const activity = context.activity;
  const digestCommand = /^digest\b\s*(.*)$/is.exec(question);
  if (digestCommand && dependencies.digests) {
    const conversationId = conversationReferenceFromActivity(activity).conversation.id;
    const reply = await handleDigestCommand({ digests: dependencies.digests.store, figures: dependencies.figures, authorise: dependencies.assistant.authorise }, { text: digestCommand[1]!, asker: teamsActor(userId), platform: 'teams', target: conversationId });
    return void (await context.sendActivity(MessageFactory.text(reply.replace(/`/g, ''))));
  }
  if (/^(hjälp|hjalp|help)$/i.test(question) || question === '') return void (await context.sendActivity(MessageFactory.text(HELP)));
  const organisations = await dependencies.figures.listOrganisations();
  const orgCommand = /^org\s+(.+)$/i.exec(question);
  if (orgCommand) {
    const found = findOrganisation(organisations, orgCommand[1]!.trim())[0];
    if (!found) return void (await context.sendActivity(MessageFactory.text(`Organisationen "${orgCommand[1]!.trim()}" finns inte. Finns: ${organisations.map((organisation) => organisation.name).join(', ')}.`)));
    await dependencies.identities.setHomeOrganisation('teams', userId, found.name, activity.from?.name ?? '');
    return void (await context.sendActivity(MessageFactory.text(`Din hemorganisation är nu ${found.name}.`)));
  }
  const draftCommand = /^utkast\s+(.+?)\s+(\d{4}-\d{2})$/i.exec(question);
  if (draftCommand) {
    const organisation = findOrganisation(organisations, draftCommand[1]!.trim())[0];
    if (!organisation) return void (await context.sendActivity(MessageFactory.text(`Organisationen "${draftCommand[1]}" finns inte.`)));
    if (!(await dependencies.assistant.authorise(teamsActor(userId), organisation.id, 'see'))) return void (await context.sendActivity(MessageFactory.text('Du har inte behörighet att se siffror för den organisationen.')));
    if (!periodTextSchema.safeParse(draftCommand[2]).success) return void (await context.sendActivity(MessageFactory.text('Perioden skrivs ÅÅÅÅ-MM, t.ex. 2024-08.')));
    await context.sendActivity(TYPING);
    const outcome = await dependencies.drafts.create({ organisation, item: null, period: parsePeriod(draftCommand[2]!), language: 'sv', createdBy: teamsActor(userId) });
    return void (await context.sendActivity('missing' in outcome ? MessageFactory.text(outcome.missing) : cardMessage(renderDraftCard(outcome.draft))));
  }
  const person = await dependencies.assistant.whoIs(teamsActor(userId));
  const identity = person ? null : await dependencies.identities.getIdentity('teams', userId);
  if (!person && !identity?.homeOrganisation) return void (await context.sendActivity(MessageFactory.text('Jag vet inte vilken organisation du tillhör ännu. Skriv "org <namn>", t.ex. "org Kommunstyrelsen", så svarar jag utifrån den.')));
  await context.sendActivity(TYPING);
  const answer = await dependencies.assistant.ask({ asker: teamsActor(userId), channel: 'teams', text: question, fallbackHomeOrganisation: identity?.homeOrganisation ?? undefined });
  await context.sendActivity(cardMessage(renderAnswerCard(answer)));
}
