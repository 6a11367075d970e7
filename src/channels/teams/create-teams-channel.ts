// Teams through the Microsoft 365 Agents SDK: /api/messages receives Activities,
// verified as Teams requires when app credentials are set (anonymous for local use
// without them). The handler turns a message into a question or command, shows the
// typing indicator, and answers with Adaptive Cards; the core does all the work.
import express from 'express';
import { AgentApplication, CloudAdapter, MemoryStorage, MessageFactory, authorizeJWT, type AuthConfiguration, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { conversationReferenceFromActivity } from './digest/conversation-reference.js';
import { handleDraftAction, type CardActionValue } from './handle-draft-action.js';
import { handleTeamsText } from './handle-teams-text.js';
import type { TeamsChannelDependencies } from './teams-dependencies.js';

export type { TeamsChannelDependencies } from './teams-dependencies.js';

export interface TeamsChannelConfig {
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly tenantId?: string;
}

/** The Teams channel's router (POST /api/messages). */
export function createTeamsChannel(config: TeamsChannelConfig, dependencies: TeamsChannelDependencies): express.Router {
  const authConfig: AuthConfiguration = config.clientId ? { clientId: config.clientId, clientSecret: config.clientSecret, tenantId: config.tenantId } : {};
  const adapter = new CloudAdapter(authConfig);
  const agent = new AgentApplication<TurnState>({ storage: new MemoryStorage() });
  const { logger } = dependencies;

  const handle = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const userId = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
    const value = activity.value as CardActionValue | undefined;
    if (await handleDraftAction(context, dependencies, userId, value)) return;
    // Mentions arrive as "<at>Utfall</at> fråga"; the question is what is left.
    const text = (activity.text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
    await handleTeamsText(context, dependencies, userId, value?.action === 'ask' && value.text ? value.text : text);
  };

  agent.onActivity('message', async (context) => {
    try {
      // Every conversation Utfall hears from can get digests later: keep how to reach it.
      // A reference that cannot be taken or stored is logged; the message is answered all the same.
      if (dependencies.digests) {
        const { conversations } = dependencies.digests;
        await Promise.resolve()
          .then(() => conversations.save(conversationReferenceFromActivity(context.activity)))
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
