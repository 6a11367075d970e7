// A message in words, in a personal chat or as a channel mention: a digest command,
// help, "org <namn>", "utkast <organisation> <ÅÅÅÅ-MM>", or a question for the
// assistant (scoped to the asker and audited).
import { MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import { parseUtfallCommand } from '../../core/channels/parse-utfall-command.js';
import { handleDigestCommand } from '../../core/digests/handle-digest-command.js';
import { findOrganisation, organisationLabel } from '../../core/figures/find-organisation.js';
import { parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import { conversationReferenceFromActivity } from './digest/conversation-reference.js';
import { renderAnswerCard, renderDraftCard } from './render-answer-card.js';
import { teamsActor, type TeamsChannelDependencies } from './teams-dependencies.js';
import { cardMessage, TYPING } from './teams-reply.js';

const HELP = 'Fråga mig om budgeten, t.ex. "Hur ligger vi till mot budget på personalkostnaderna?". Kommandon: "org <namn>" sätter din hemorganisation, "utkast <organisation> <ÅÅÅÅ-MM>" skriver ett utkast till avvikelseförklaring, "digest <organisation> [veckodag] [TT:MM]" ger konversationen ett veckobrev ("digest hjälp" visar mer), "hjälp" visar detta.';

const DRAFT_USAGE = 'Skriv "utkast <organisation> <ÅÅÅÅ-MM>", t.ex. "utkast Kommunstyrelsen 2024-08".';

const say = async (context: TurnContext, text: string): Promise<void> => void (await context.sendActivity(MessageFactory.text(text)));

/** Answers `text` from the Teams user `userId`: the commands are read as in Slack. */
export async function handleTeamsText(context: TurnContext, dependencies: TeamsChannelDependencies, userId: string, text: string): Promise<void> {
  const activity = context.activity;
  const command = parseUtfallCommand(text);
  switch (command.kind) {
    case 'help':
      return say(context, HELP);
    case 'org': {
      if (command.name === null) {
        const identity = await dependencies.identities.getIdentity('teams', userId);
        return say(context, identity?.homeOrganisation ? `Din hemorganisation är ${identity.homeOrganisation}. Byt med "org <namn>".` : 'Du har ingen hemorganisation ännu. Sätt den med "org <namn>".');
      }
      const organisations = await dependencies.figures.listOrganisations();
      const found = findOrganisation(organisations, command.name)[0];
      // No list of every organisation: names outside someone's scope are not theirs to read.
      if (!found) return say(context, `Organisationen "${command.name}" finns inte. Skriv namnet som det står i rapporten, t.ex. "org Kommunstyrelsen".`);
      // Names are unique within a tree only: the label finds this one again.
      const label = organisationLabel(found, organisations);
      await dependencies.identities.setHomeOrganisation('teams', userId, label, activity.from?.name ?? '');
      return say(context, `Din hemorganisation är nu ${label}.`);
    }
    case 'draft_usage':
      return say(context, DRAFT_USAGE);
    case 'draft': {
      const organisation = findOrganisation(await dependencies.figures.listOrganisations(), command.organisation)[0];
      if (!organisation) return say(context, `Organisationen "${command.organisation}" finns inte.`);
      if (!(await dependencies.assistant.authorise(teamsActor(userId), organisation.id, 'see'))) return say(context, 'Du har inte behörighet att se siffror för den organisationen.');
      if (!periodTextSchema.safeParse(command.period).success) return say(context, 'Perioden skrivs ÅÅÅÅ-MM, t.ex. 2024-08.');
      await context.sendActivity(TYPING);
      const outcome = await dependencies.drafts.create({ organisation, item: null, period: parsePeriod(command.period), language: 'sv', createdBy: teamsActor(userId) });
      return void (await context.sendActivity('missing' in outcome ? MessageFactory.text(outcome.missing) : cardMessage(renderDraftCard(outcome.draft))));
    }
    case 'digest': {
      if (!dependencies.digests) return say(context, 'Veckobrev är inte påslagna i den här installationen.');
      const conversationId = conversationReferenceFromActivity(activity).conversation.id;
      const reply = await handleDigestCommand({ digests: dependencies.digests.store, figures: dependencies.figures, authorise: dependencies.assistant.authorise }, { text: command.text, asker: teamsActor(userId), platform: 'teams', target: conversationId });
      return say(context, reply.replace(/`/g, ''));
    }
    case 'question': {
      const person = await dependencies.assistant.whoIs(teamsActor(userId));
      const identity = person ? null : await dependencies.identities.getIdentity('teams', userId);
      if (!person && !identity?.homeOrganisation) return say(context, 'Jag vet inte vilken organisation du tillhör ännu. Skriv "org <namn>", t.ex. "org Kommunstyrelsen", så svarar jag utifrån den.');
      await context.sendActivity(TYPING);
      const answer = await dependencies.assistant.ask({ asker: teamsActor(userId), channel: 'teams', text: command.text, fallbackHomeOrganisation: identity?.homeOrganisation ?? undefined });
      await context.sendActivity(cardMessage(renderAnswerCard(answer)));
    }
  }
}
