// Teams through the Microsoft 365 Agents SDK: /api/messages receives Activities.
// With app credentials each must carry a Bot Framework token for Utfall's app id and
// a serviceUrl on the Bot Framework's hosts; in the local trial (no credentials,
// 127.0.0.1, no chat platform configured) it is anonymous but answers only requests
// made on this machine, and replies only to this machine. Without either the router
// is not mounted at all (see main.ts). The handler turns an Activity into a turn of
// the conversation core, shows the typing indicator while words are worked on, and
// renders the core's reply as an Adaptive Card or text; the core does all the work.
import express from 'express';
import { AgentApplication, MemoryStorage, MessageFactory, type CloudAdapter, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { localOnly } from '../../platform/local-only.js';
import { createTeamsAdapter, serviceUrlPolicy, type EnabledTeamsConfig } from './create-teams-adapter.js';
import { conversationReferenceFromActivity } from './digest/conversation-reference.js';
import { createConversation } from '../../core/conversation/create-conversation.js';
import { renderTeamsReply } from './render-teams-reply.js';
import type { TeamsChannelDependencies } from './teams-dependencies.js';
import { TYPING } from './teams-reply.js';
import { teamsRequest, teamsTurn, type CardActionValue } from './teams-turn.js';

export type { TeamsChannelDependencies } from './teams-dependencies.js';

/** The Teams channel's router (POST /api/messages); `adapter` defaults to one made from `config` (tests pass one whose outbound token is faked). */
export function createTeamsChannel(config: EnabledTeamsConfig, dependencies: TeamsChannelDependencies, options: { adapter?: CloudAdapter } = {}): express.Router {
  const adapter = options.adapter ?? createTeamsAdapter(config);
  const allowedServiceUrl = serviceUrlPolicy(config);
  // Given the adapter: without one the application builds its own from the environment, which fails in production.
  const agent = new AgentApplication<TurnState>({ storage: new MemoryStorage(), adapter });
  const { logger } = dependencies;
  const conversation = createConversation({ ...dependencies, digests: dependencies.digests?.store });

  const handle = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const userId = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
    const request = teamsRequest(activity.text, activity.value as CardActionValue | undefined);
    const turn = teamsTurn(userId, activity.from?.name, conversationReferenceFromActivity(activity).conversation.id, request);
    if (request.kind === 'text') await context.sendActivity(TYPING);
    await context.sendActivity(renderTeamsReply(await conversation.handle(turn)));
  };

  agent.onActivity('message', async (context) => {
    try {
      // Every conversation Utfall hears from can get digests later: keep how to reach it.
      // A reference that cannot be taken or stored is logged; the message is answered all the same.
      if (dependencies.digests) {
        const { conversations } = dependencies.digests;
        await Promise.resolve()
          .then(() => conversations.save({ ...conversationReferenceFromActivity(context.activity), tokenVerified: config.mode === 'credentials' }))
          .catch((error: unknown) => logger.warn({ err: error }, 'teams conversation reference not stored'));
      }
      await handle(context);
    } catch (error) {
      const reference = Math.random().toString(36).slice(2, 10);
      logger.error({ err: error, reference }, 'teams message failed');
      await context.sendActivity(MessageFactory.text(`Något gick fel (referens ${reference}).`));
    }
  });

  const router = express.Router();
  if (config.mode === 'local') router.use('/api/messages', localOnly('Teams without app credentials'));
  // Malformed Activities are refused with their problem before the SDK sees them.
  const activityShape = z.object({
    type: z.string().min(1).max(100),
    id: z.string().max(500).optional(),
    serviceUrl: z.url().max(2000),
    channelId: z.string().min(1).max(100),
    from: z.object({ id: z.string().min(1).max(500) }).loose(),
    conversation: z.object({ id: z.string().min(1).max(500), tenantId: z.string().max(100).optional() }).loose(),
    channelData: z.object({ tenant: z.object({ id: z.string().max(100) }).loose().optional() }).loose().optional(),
    recipient: z.object({ id: z.string().min(1).max(500) }).loose(),
    text: z.string().max(20_000).optional(),
  }).loose();
  const validActivity: express.RequestHandler = (request, response, next) => {
    const parsed = activityShape.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({ error: `not a valid Activity: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ')}` });
      return;
    }
    // Replies go to the serviceUrl: only to the Bot Framework's hosts (the SDK also checks it against the token's serviceurl claim).
    if (!allowedServiceUrl.isAllowed(parsed.data.serviceUrl)) {
      logger.warn({ serviceUrl: parsed.data.serviceUrl.slice(0, 200) }, 'teams activity refused: serviceUrl not allowed');
      response.status(400).json({ error: `serviceUrl is not one Utfall replies to (allowed: ${allowedServiceUrl.describe()})` });
      return;
    }
    // A Teams message from another organisation's tenant (the app installed there) is not for this installation.
    const tenant = parsed.data.conversation.tenantId ?? parsed.data.channelData?.tenant?.id;
    if (config.mode === 'credentials' && config.tenantId && parsed.data.channelId === 'msteams' && tenant?.toLowerCase() !== config.tenantId.toLowerCase()) {
      logger.warn({ tenant: tenant?.slice(0, 100) ?? null }, 'teams activity refused: another tenant');
      response.status(403).json({ error: 'the Activity comes from another tenant than MICROSOFT_APP_TENANT_ID' });
      return;
    }
    next();
  };
  // The SDK's JWT check with the adapter's own configuration (connections included).
  const authorize: express.RequestHandler = (request, response, next) => void adapter.authorizeRequest(request as never, response as never, next).catch(next);
  router.post('/api/messages', express.json({ limit: '256kb' }), authorize, validActivity, (request, response) => {
    void adapter.process(request as never, response as never, (context) => agent.run(context)).catch((error: unknown) => {
      // Replies go to the Activity's serviceUrl; when that fails, the failure is upstream.
      logger.error({ err: error }, 'teams activity failed');
      if (!response.headersSent) response.status(502).json({ error: 'the reply could not be delivered to the channel' });
    });
  });
  return router;
}
