// Slack through Bolt for JavaScript. In HTTP mode an ExpressReceiver on the returned
// router verifies every request at POST /slack/events (events, the /utfall command and
// interactivity) with the signing secret and acknowledges before any work; in Socket
// Mode (an app token is set) Bolt holds the connection and the router stays unused.
// The listeners translate Slack payloads into calls to the core and its results into
// Block Kit; the core does all the work.
import { App, ExpressReceiver, webApi } from '@slack/bolt';
import express from 'express';
import { createBoltLogger } from './create-bolt-logger.js';
import { createBotIdentity } from './bot-identity.js';
import { registerListeners } from './listeners/index.js';
import { refuseFutureTimestamps } from './refuse-future-timestamps.js';
import { createConversation } from '../../core/conversation/create-conversation.js';
import { createRecentAnswers } from './recent-answers.js';
import { SlackChannelError } from './slack-channel-error.js';
import { createWorkQueue } from './work-queue.js';
import { createDurableReceiver } from './durable/create-durable-receiver.js';
import { createSlackWorkRunner, type SlackWorkRunner } from './durable/slack-work-runner.js';
import type { SlackChannelDependencies } from './slack-dependencies.js';

export type { SlackChannelDependencies } from './slack-dependencies.js';

/** Slack's part of the configuration (SLACK_* variables). */
export interface SlackChannelConfig {
  readonly signingSecret: string;
  readonly botToken: string;
  /** Socket Mode when set (xapp-…). */
  readonly appToken?: string;
  /** The Web API base URL (SLACK_API_URL); Slack's own when absent. */
  readonly apiUrl?: string;
}

/** The running channel: its router for HTTP mode, and its lifecycle. */
export interface SlackChannel {
  readonly router: express.Router;
  /** Checks the bot token; in Socket Mode, connects. */
  start(): Promise<void>;
  /** Lets running work finish (10 s at most); in Socket Mode, disconnects. */
  stop(): Promise<void>;
}

/** Where Slack sends events, commands and interactivity in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';

const STOP_GRACE_MS = 10_000;
/**
 * How events are paced after their acknowledgement (see work-queue.ts), tuned with
 * scripts/bench-slack.ts: two at a time, each starting after a 20 ms pause in
 * arrivals, or after 500 ms without one (so steady traffic still gets answers).
 */
const EVENT_WORK = { concurrency: 2, quietMs: 20, maxWaitMs: 500 } as const;

// Bolt parses a form body only when Content-Type is exactly
// application/x-www-form-urlencoded; a charset parameter would make it try JSON and
// answer 400. Slack sends no parameter today; this keeps it working if it does.
const normaliseContentType: express.RequestHandler = (request, _response, next) => {
  const type = request.headers['content-type'];
  if (type) request.headers['content-type'] = type.split(';')[0]!.trim().toLowerCase();
  next();
};

/** HTTP mode: `router` handles POST /slack/events, verified with the signing secret. Socket Mode when appToken is set (router then unused). */
export function createSlackChannel(config: SlackChannelConfig, dependencies: SlackChannelDependencies): SlackChannel {
  const logger = dependencies.logger.child({ channel: 'slack' });
  const boltLogger = createBoltLogger(logger);
  const socketMode = Boolean(config.appToken);
  if (!socketMode && !config.signingSecret) throw new SlackChannelError('slack_config_invalid', 'Slack in HTTP mode needs the signing secret (SLACK_SIGNING_SECRET), or an app token (SLACK_APP_TOKEN) for Socket Mode.');
  // Few retries with short waits: a reply that cannot be sent within seconds is not worth sending later.
  const clientOptions: webApi.WebClientOptions = { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2000 }, timeout: 10_000 };
  const router = express.Router();
  let app: App | undefined;
  let durable: SlackWorkRunner | undefined;
  const identify = createBotIdentity(() => app!.client, config.botToken);
  // One workspace, one bot token: auth.test once, instead of Bolt's default of once per event without token verification.
  const authorize = async () => ({ botToken: config.botToken, ...(await identify()) });
  const common = { authorize, logger: boltLogger, clientOptions, convoStore: false as const };
  if (socketMode) {
    // The Socket Mode client makes its own Web API client (apps.connections.open) from installerOptions.
    app = new App({ ...common, socketMode: true, appToken: config.appToken, installerOptions: { clientOptions } });
  } else {
    router.use(SLACK_EVENTS_PATH, refuseFutureTimestamps(), normaliseContentType);
    const receiverOptions = { signingSecret: config.signingSecret, router, endpoints: SLACK_EVENTS_PATH, logger: boltLogger, processBeforeResponse: false };
    // With a work store, every request is kept before Bolt acknowledges it, and resumed after a crash.
    if (dependencies.work) durable = createSlackWorkRunner({ store: dependencies.work.store, logger, leaseMs: dependencies.work.leaseMs, maxAttempts: dependencies.work.maxAttempts });
    const receiver = durable ? createDurableReceiver(receiverOptions, durable, logger) : new ExpressReceiver(receiverOptions);
    app = new App({ ...common, receiver });
  }
  const inFlight = new Set<Promise<void>>();
  registerListeners(app, { ...dependencies, logger, recentAnswers: createRecentAnswers(), conversation: createConversation({ ...dependencies, digests: dependencies.digests }) }, { inFlight, queue: createWorkQueue(EVENT_WORK), durable });
  // Errors outside the listeners (authorisation, Bolt itself) are logged; the listeners' own go through handleErrors.
  app.error(async (error) => {
    logger.error({ err: error, code: error.code }, 'slack request could not be processed');
  });
  const started = app;
  return {
    router,
    async start() {
      try {
        const bot = await identify();
        logger.info({ botUserId: bot.botUserId, socketMode }, 'slack channel ready');
      } catch (error) {
        if ((error as { code?: string }).code === webApi.ErrorCode.PlatformError) throw new SlackChannelError('slack_auth_failed', 'Slack refused the bot token (auth.test); check SLACK_BOT_TOKEN.', { cause: error });
        logger.warn({ err: error }, 'Slack could not be reached; the bot token is checked again with the first event');
      }
      if (socketMode) await started.start();
      // Work a crashed process left is resumed as Bolt would run a new request, without an acknowledgement to send.
      durable?.start((body, handle) => started.processEvent({ body: body as Record<string, unknown>, ack: async () => undefined, customProperties: { slackWork: handle } }));
    },
    async stop() {
      if (socketMode) await started.stop();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)))]);
      clearTimeout(timer);
      await durable?.stop();
    },
  };
}
