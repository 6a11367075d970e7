// Builds digest delivery from the configuration: the Prisma stores, the chart
// renderer, and a sender for Slack (when configured) and Teams (with credentials, or
// anonymous in the local trial; none when Teams is off). Built by buildServices for the
// server's scheduler and the CLI's `digest run`, so both deliver the same way, over the
// figure store and people of the process's services.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config.js';
import type { TeamsConversationStore } from '../../core/digests/teams-conversation-store.js';
import { createDigestDeliverer, type DigestDeliverer } from '../../core/digests/digest-deliverer.js';
import type { ChartRenderer, DigestSender } from '../../core/digests/digest-delivery-ports.js';
import type { DigestStore } from '../../core/digests/digest-store.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import type { PeopleStore } from '../../core/access/people-store.js';
import type { PrismaStoreClient } from '../../adapters/prisma/prisma-client.js';
import { createPrismaDigestStore } from '../../adapters/prisma/prisma-digest-store.js';
import { createPrismaDraftStore } from '../../adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../adapters/prisma/prisma-figure-store.js';
import { createPrismaPeopleStore } from '../../adapters/prisma/prisma-people-store.js';
import { createAuthorise } from '../../core/access/authorise.js';
import { createPrismaTeamsConversationStore } from '../../adapters/prisma/prisma-teams-conversation-store.js';
import { slackDigestDelivery, teamsDigestDelivery } from './platform-digest-senders.js';

export interface DigestRuntime {
  readonly store: DigestStore;
  readonly conversations: TeamsConversationStore;
  readonly deliverer: DigestDeliverer;
}

// Slack's Web API, the Agents SDK and the chart renderer (canvas) take seconds to load:
// each is loaded with the first digest that needs it, so a start or a CLI command that
// sends none never pays for them.
function loadedOnFirstSend(load: () => Promise<DigestSender>): DigestSender {
  let sender: Promise<DigestSender> | undefined;
  return { send: async (...args) => (await (sender ??= load())).send(...args) };
}

const renderChart: ChartRenderer = async (chart) => (await import('../../adapters/charts/render-deviation-chart.js')).renderDeviationChart(chart);

export function createDigestRuntime(prisma: PrismaStoreClient, config: Pick<Config, 'slack' | 'teams'> & Partial<Pick<Config, 'digestLeaseSeconds'>>, logger: Logger, options: { now?: () => Date; concurrency?: number; figures?: FigureStore; people?: PeopleStore } = {}): DigestRuntime {
  const store = createPrismaDigestStore(prisma);
  const conversations = createPrismaTeamsConversationStore(prisma);
  // Teams only as configured: with credentials, or the local trial; otherwise its digests wait ('no_sender').
  const senders: { slack?: DigestSender; teams?: DigestSender } = {};
  const { teams, slack } = config;
  if (teams.mode !== 'off') senders.teams = loadedOnFirstSend(async () => teamsDigestDelivery((await import('../../adapters/teams/digest/send-teams-digest.js')).createTeamsDigestSender({ teams, logger }), conversations));
  if (slack) senders.slack = loadedOnFirstSend(async () => slackDigestDelivery((await import('../../adapters/slack/digest/send-slack-digest.js')).createSlackDigestSender({ botToken: slack.botToken, ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}), logger })));
  const digestLogger = logger.child({ component: 'digests' });
  // The process's own figure store and people when given (buildServices): one cache, not a second one.
  const figures = options.figures ?? createPrismaFigureStore(prisma);
  const deliverer = createDigestDeliverer({
    store,
    figures,
    drafts: createPrismaDraftStore(prisma),
    renderChart,
    authorise: createAuthorise({ people: options.people ?? createPrismaPeopleStore(prisma), figures }),
    senders,
    // Names this process in delivery claims, so `digest status` can tell instances apart.
    worker: `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    ...(options.now ? { now: options.now } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(config.digestLeaseSeconds ? { leaseMs: config.digestLeaseSeconds * 1000 } : {}),
    log: (level, message, details) => digestLogger[level](details, message),
  });
  return { store, conversations, deliverer };
}
