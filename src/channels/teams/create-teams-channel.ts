// Teams through the Microsoft 365 Agents SDK: /api/messages receives Activities,
// verified as Teams requires when app credentials are set (anonymous for local use
// without them). The handler turns a message into a question or command, shows the
// typing indicator, and answers with Adaptive Cards; the core does all the work.
import express from 'express';
import { AgentApplication, CardFactory, CloudAdapter, MemoryStorage, MessageFactory, authorizeJWT, type AuthConfiguration, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { DraftService } from '../../core/drafting/draft-service.js';
import type { DraftStore } from '../../core/drafting/draft-store.js';
import type { ChatIdentityStore } from '../../core/channels/chat-identity-store.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import { findOrganisation } from '../../core/figures/find-organisation.js';
import { parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import type { Assistant } from '../../core/access/assistant.js';
import { renderAnswerCard, renderDraftCard } from './render-answer-card.js';
import type { DigestStore } from '../../core/digests/digest-store.js';
import { handleDigestCommand } from '../../core/digests/handle-digest-command.js';
import { conversationReferenceFromActivity } from './digest/conversation-reference.js';
import type { TeamsConversationStore } from './digest/teams-conversation-store.js';

export interface TeamsChannelDependencies {
  readonly assistant: Assistant;
  readonly drafts: DraftService;
  readonly draftStore: DraftStore;
  readonly figures: FigureStore;
  readonly identities: ChatIdentityStore;
  readonly logger: Logger;
  /** Digests: subscriptions managed with "digest …", and where each conversation can be reached later. */
  readonly digests?: { readonly store: DigestStore; readonly conversations: TeamsConversationStore };
}

export interface TeamsChannelConfig {
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly tenantId?: string;
}

// The typing indicator Teams shows while an answer is prepared.
const TYPING = Activity.fromObject({ type: ActivityTypes.Typing });

const HELP = 'Fråga mig om budgeten, t.ex. "Hur ligger vi till mot budget på personalkostnaderna?". Kommandon: "org <namn>" sätter din hemorganisation, "utkast <organisation> <ÅÅÅÅ-MM>" skriver ett utkast till avvikelseförklaring, "digest <organisation> [veckodag] [TT:MM]" ger konversationen ett veckobrev ("digest hjälp" visar mer), "hjälp" visar detta.';

/** The Teams channel's router (POST /api/messages). */
export function createTeamsChannel(config: TeamsChannelConfig, dependencies: TeamsChannelDependencies): express.Router {
  const authConfig: AuthConfiguration = config.clientId ? { clientId: config.clientId, clientSecret: config.clientSecret, tenantId: config.tenantId } : {};
  const adapter = new CloudAdapter(authConfig);
  const agent = new AgentApplication<TurnState>({ storage: new MemoryStorage() });
  const { logger } = dependencies;

  const card = (content: Record<string, unknown>) => MessageFactory.attachment(CardFactory.adaptiveCard(content));

  const handle = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const userId = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
    const value = activity.value as { action?: string; draftId?: number; text?: string } | undefined;
    // Mentions arrive as "<at>Utfall</at> fråga"; the question is what is left.
    const text = (activity.text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
    if (value?.action === 'approve_draft' && value.draftId) {
      // Once people are registered, only controllers and admins of the draft's organisation approve.
      const draftToApprove = await dependencies.draftStore.getDraft(value.draftId);
      if (!draftToApprove || !(await dependencies.assistant.authorise(`teams:${userId}`, draftToApprove.organisationId, 'manage'))) {
        return void (await context.sendActivity(MessageFactory.text('Bara controllers och administratörer för organisationen kan godkänna utkast.')));
      }
      const approved = await dependencies.drafts.approve(value.draftId, `teams:${userId}`);
      const draft = await dependencies.draftStore.getDraft(value.draftId);
      await context.sendActivity(approved && draft ? card(renderDraftCard(draft)) : MessageFactory.text('Utkastet är redan godkänt eller ersatt.'));
      return;
    }
    if (value?.action === 'revise_draft' && value.draftId && value.text) {
      const draftToRevise = await dependencies.draftStore.getDraft(value.draftId);
      if (!draftToRevise || !(await dependencies.assistant.authorise(`teams:${userId}`, draftToRevise.organisationId, 'manage'))) return void (await context.sendActivity(MessageFactory.text('Bara controllers och administratörer för organisationen kan redigera utkast.')));
      const outcome = await dependencies.drafts.revise(value.draftId, value.text, `teams:${userId}`);
      if ('draft' in outcome) await context.sendActivity(card(renderDraftCard(outcome.draft)));
      else if ('rejected' in outcome) await context.sendActivity(MessageFactory.text(`Sparades inte: de här siffrorna finns inte i utkastets underlag: ${outcome.rejected.join(', ')}`));
      else await context.sendActivity(MessageFactory.text(outcome.missing));
      return;
    }
    if (value?.action === 'rewrite_draft' && value.draftId) {
      const previous = await dependencies.draftStore.getDraft(value.draftId);
      if (previous && !(await dependencies.assistant.authorise(`teams:${userId}`, previous.organisationId, 'see'))) return void (await context.sendActivity(MessageFactory.text('Du har inte behörighet att se siffror för den organisationen.')));
      if (!previous) return void (await context.sendActivity(MessageFactory.text(`Utkast ${value.draftId} finns inte.`)));
      const organisation = (await dependencies.figures.listOrganisations()).find((candidate) => candidate.id === previous.organisationId)!;
      const item = previous.lineItemId === null ? null : ((await dependencies.figures.listLineItems([organisation.id])).find((candidate) => candidate.id === previous.lineItemId) ?? null);
      const outcome = await dependencies.drafts.create({ organisation, item, period: previous.period, language: previous.language, createdBy: `teams:${userId}` });
      await context.sendActivity('missing' in outcome ? MessageFactory.text(outcome.missing) : card(renderDraftCard(outcome.draft)));
      return;
    }
    const question = value?.action === 'ask' && value.text ? value.text : text;
    const digestCommand = /^digest\b\s*(.*)$/is.exec(question);
    if (digestCommand && dependencies.digests) {
      const conversationId = conversationReferenceFromActivity(activity).conversation.id;
      const reply = await handleDigestCommand({ digests: dependencies.digests.store, figures: dependencies.figures, authorise: dependencies.assistant.authorise }, { text: digestCommand[1]!, asker: `teams:${userId}`, platform: 'teams', target: conversationId });
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
      if (!(await dependencies.assistant.authorise(`teams:${userId}`, organisation.id, 'see'))) return void (await context.sendActivity(MessageFactory.text('Du har inte behörighet att se siffror för den organisationen.')));
      if (!periodTextSchema.safeParse(draftCommand[2]).success) return void (await context.sendActivity(MessageFactory.text('Perioden skrivs ÅÅÅÅ-MM, t.ex. 2024-08.')));
      await context.sendActivity(TYPING);
      const outcome = await dependencies.drafts.create({ organisation, item: null, period: parsePeriod(draftCommand[2]!), language: 'sv', createdBy: `teams:${userId}` });
      return void (await context.sendActivity('missing' in outcome ? MessageFactory.text(outcome.missing) : card(renderDraftCard(outcome.draft))));
    }
    const person = await dependencies.assistant.whoIs(`teams:${userId}`);
    const identity = person ? null : await dependencies.identities.getIdentity('teams', userId);
    if (!person && !identity?.homeOrganisation) return void (await context.sendActivity(MessageFactory.text('Jag vet inte vilken organisation du tillhör ännu. Skriv "org <namn>", t.ex. "org Kommunstyrelsen", så svarar jag utifrån den.')));
    await context.sendActivity(TYPING);
    const answer = await dependencies.assistant.ask({ asker: `teams:${userId}`, channel: 'teams', text: question, fallbackHomeOrganisation: identity?.homeOrganisation ?? undefined });
    await context.sendActivity(card(renderAnswerCard(answer)));
  };

  agent.onActivity('message', async (context) => {
    try {
      // Every conversation Utfall hears from can get digests later: keep how to reach it.
      if (dependencies.digests) {
        await dependencies.digests.conversations.save(conversationReferenceFromActivity(context.activity)).catch((error: unknown) => logger.warn({ err: error }, 'teams conversation reference not stored'));
      }
      await handle(context);
    } catch (error) {
      const reference = Math.random().toString(36).slice(2, 10);
      logger.error({ err: error, reference }, 'teams message failed');
      await context.sendActivity(MessageFactory.text(`Något gick fel (referens ${reference}).`));
    }
  });

  const router = express.Router();
  // Malformed Activities are refused with their problem before the SDK sees them.
  const activityShape = z.object({
    type: z.string().min(1).max(100),
    id: z.string().max(500).optional(),
    serviceUrl: z.url().max(2000),
    channelId: z.string().min(1).max(100),
    from: z.object({ id: z.string().min(1).max(500) }).loose(),
    conversation: z.object({ id: z.string().min(1).max(500) }).loose(),
    recipient: z.object({ id: z.string().min(1).max(500) }).loose(),
    text: z.string().max(20_000).optional(),
  }).loose();
  const validActivity: express.RequestHandler = (request, response, next) => {
    const parsed = activityShape.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({ error: `not a valid Activity: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ')}` });
      return;
    }
    next();
  };
  router.post('/api/messages', express.json({ limit: '256kb' }), authorizeJWT(authConfig) as unknown as express.RequestHandler, validActivity, (request, response) => {
    void adapter.process(request as never, response as never, (context) => agent.run(context)).catch((error: unknown) => {
      // Replies go to the Activity's serviceUrl; when that fails, the failure is upstream.
      logger.error({ err: error }, 'teams activity failed');
      if (!response.headersSent) response.status(502).json({ error: 'the reply could not be delivered to the channel' });
    });
  });
  return router;
}
