// Builds digest delivery from the configuration: the Prisma stores, the chart
// renderer, and a sender for Slack (when configured) and Teams (with credentials, or
// anonymous in the local trial; none when Teams is off). Shared by the server's scheduler and
// the CLI's `digest run`, so both deliver the same way.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config.js';
import { renderDeviationChart } from '../charts/render-deviation-chart.js';
import { createSlackDigestSender } from '../channels/slack/digest/send-slack-digest.js';
import { createTeamsDigestSender } from '../channels/teams/digest/send-teams-digest.js';
import type { TeamsConversationStore } from '../channels/teams/digest/teams-conversation-store.js';
import { createDigestDeliverer, type DigestDeliverer } from '../core/digests/digest-deliverer.js';
import type { DigestSender } from '../core/digests/digest-delivery-ports.js';
import type { DigestStore } from '../core/digests/digest-store.js';
import type { PrismaStoreClient } from '../store/prisma-client.js';
import { createPrismaDigestStore } from '../store/prisma-digest-store.js';
import { createPrismaDraftStore } from '../store/prisma-draft-store.js';
import { createPrismaFigureStore } from '../store/prisma-figure-store.js';
import { createPrismaPeopleStore } from '../store/prisma-people-store.js';
import { createAuthorise } from '../core/access/authorise.js';
import { createPrismaTeamsConversationStore } from '../store/prisma-teams-conversation-store.js';
import { slackDigestDelivery, teamsDigestDelivery } from './platform-digest-senders.js';

export interface DigestRuntime {
  readonly store: DigestStore;
  readonly conversations: TeamsConversationStore;
  readonly deliverer: DigestDeliverer;
}

export function createDigestRuntime(prisma: PrismaStoreClient, config: Pick<Config, 'slack' | 'teams'> & Partial<Pick<Config, 'digestLeaseSeconds'>>, logger: Logger, options: { now?: () => Date; concurrency?: number } = {}): DigestRuntime {
  const store = createPrismaDigestStore(prisma);
  const conversations = createPrismaTeamsConversationStore(prisma);
  // Teams only as configured: with credentials, or the local trial; otherwise its digests wait ('no_sender').
  const senders: { slack?: DigestSender; teams?: DigestSender } = {};
  if (config.teams.mode !== 'off') senders.teams = teamsDigestDelivery(createTeamsDigestSender({ teams: config.teams, logger }), conversations);
  if (config.slack) senders.slack = slackDigestDelivery(createSlackDigestSender({ botToken: config.slack.botToken, ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}), logger }));
  const digestLogger = logger.child({ component: 'digests' });
  const figures = createPrismaFigureStore(prisma);
  const deliverer = createDigestDeliverer({
    store,
    figures,
    drafts: createPrismaDraftStore(prisma),
    renderChart: renderDeviationChart,
    authorise: createAuthorise({ people: createPrismaPeopleStore(prisma), figures }),
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
