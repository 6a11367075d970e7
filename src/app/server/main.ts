// Composition root of the server: loads configuration, builds the services
// (buildServices: the store made ready — migrations and, on a new database, the
// sample data — and everything on it, answering in worker threads) and starts every channel whose configuration is present, each behind its lock
// (docs/security.md). With none configured it starts the local trial on 127.0.0.1:
// the web chat with the sample people, and Teams for the Agents Playground.
import { loadConfig, whyServerCannotStart } from '../config/load-config.js';
import { describeConfig } from '../config/describe-config.js';
import { loadPrompts } from '../../adapters/files/load-prompts.js';
import { createLogger } from '../../platform/create-logger.js';
import { createInMemoryPeopleStore } from '../../core/access/in-memory-people-store.js';
import { loadSamplePeople } from '../services/load-sample-people.js';
import { PrismaSessionStore } from '../../adapters/prisma/prisma-session-store.js';
import { createApp } from './create-app.js';
import { createAdmissionMiddleware } from './admission-middleware.js';
import type { SlackChannel } from '../../adapters/slack/create-slack-channel.js';
import { createPrismaSlackWorkStore } from '../../adapters/prisma/prisma-slack-work-store.js';
import { startDigestScheduler } from '../services/digest-scheduler.js';
import { createAnsweringPool, type AnsweringPool } from './answering/create-answering-pool.js';
import { isStoreBusy } from '../../adapters/prisma/store-busy.js';
import { providerOf } from '../../adapters/prisma/database-url.js';
import { buildServices } from '../services/build-services.js';
import { staleBuildWarning } from '../../platform/stale-build-warning.js';

const stale = staleBuildWarning();
if (stale) console.error(stale);
let config;
try {
  config = loadConfig(process.env);
  const refusal = whyServerCannotStart(config);
  if (refusal) throw new Error(refusal);
  // --check-config: validate everything a start needs (configuration, prompts) and stop.
  if (process.argv.includes('--check-config')) {
    if (config.llm) loadPrompts();
    console.log(`Configuration OK:\n${JSON.stringify(describeConfig(config), null, 2)}`);
    process.exit(0);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const logger = createLogger(config.logLevel);
logger.info({ config: describeConfig(config) }, 'configuration loaded');
// Questions are answered in worker threads, a bounded number at a time, so that this
// thread stays free to take requests and acknowledge Slack (ANSWER_WORKERS=0: here).
// The pool's workers start once the store is ready (migrated, sample data loaded), so their warm-up reads it whole.
const perWorker = providerOf(config.databaseUrl) === 'sqlite' ? 2 : 4;
const pool: { answering?: AnsweringPool } = {};
const services = await buildServices(config, logger, {
  prepareStore: { loadSamples: config.sampleData, rememberDeclined: !config.sampleData },
  // A server trusts a reading of the store version for a second: an import shows a second later, and no question pays for the check.
  versionCheckIntervalMs: 1_000,
  // Who is asking is remembered for 30 s: a grant revoked with the CLI stops working within that time.
  peopleTtlMs: 30_000,
  ...(config.answering.workers > 0 ? { answerElsewhere: () => (pool.answering = createAnsweringPool({ config, workers: config.answering.workers, perWorker, queue: config.answering.queue, maxWaitMs: config.answering.maxWaitMs, logger })) } : {}),
  // Each asker may ask only so fast, on every channel (RATE_LIMIT_*).
  rateLimit: true,
  // The audit trail is written behind the answers: an answer never waits for or fails on it.
  queuedAudit: { onFailure: ({ attempt, pending, error }) => logger.warn({ attempt, pending, err: error }, 'audit entries not written yet; retrying') },
});
const { connection, figures, drafts, identities, people, assistant, storedAudit, model } = services;
const audit = services.auditQueue!;
const answering = pool.answering ?? null;
if (services.storeMessage) console.log(services.storeMessage);
// The audit trail keeps questions for AUDIT_RETENTION_DAYS; older ones go at start (later, if an import holds the store now).
try {
  const purged = await storedAudit.purge(new Date(Date.now() - config.auditRetentionDays * 86_400_000));
  if (purged > 0) logger.info({ purged }, 'audit entries past retention removed');
} catch (error) {
  if (!isStoreBusy(error)) throw error;
  logger.warn('the store is busy (an import?); audit entries past retention are removed at the next start');
}
// Slack retries an event for minutes; the ids of handled events are kept a week, then forgotten.
await identities.forgetHandledEvents(new Date(Date.now() - 7 * 86_400_000));
const digests = await services.digests();
const channelDependencies = { assistant, drafts, figures, identities, logger };
const routers = [];
const started: string[] = [];
// Each channel's code (Bolt, the Agents SDK, the web chat's sign-in) is loaded only when it is configured.
// Slack when configured: HTTP mode at /slack/events, or Socket Mode with an app token.
let slack: SlackChannel | undefined;
if (config.slack) {
  const { createSlackChannel } = await import('../../adapters/slack/create-slack-channel.js');
  // Events, commands and interactions are kept in the store before they are acknowledged (docs/decisions/0010).
  const work = { store: createPrismaSlackWorkStore(connection.prisma), leaseMs: config.slackWork.leaseSeconds * 1000, maxAttempts: config.slackWork.maxAttempts };
  slack = createSlackChannel(config.slack, { ...channelDependencies, digests: digests.store, work });
  await slack.start();
  routers.push(slack.router);
  started.push(config.slack.appToken ? 'Slack (Socket Mode)' : 'Slack');
}
// Teams with app credentials (tokens verified), or the local trial; otherwise /api/messages does not exist.
if (config.teams.mode !== 'off') {
  const { createTeamsChannel } = await import('../../adapters/teams/create-teams-channel.js');
  routers.push(createTeamsChannel(config.teams, { ...channelDependencies, digests: { store: digests.store, conversations: digests.conversations } }));
  started.push(config.teams.mode === 'credentials' ? 'Teams' : 'Teams (local trial)');
}
// The web chat with sign-in, or the local trial with the sample people; otherwise no web chat at all.
if (config.web.mode !== 'off') {
  const sessionStore = new PrismaSessionStore(connection.prisma, 12 * 3_600_000);
  // Expired sessions go at start and every hour after (an expired one is refused on use either way).
  const purgeSessions = () => sessionStore.purgeExpired().catch((error: unknown) => logger.warn({ err: error }, 'expired web sessions not removed'));
  await purgeSessions();
  setInterval(() => void purgeSessions(), 3_600_000).unref();
  const webPeople = config.web.mode === 'local' ? createInMemoryPeopleStore(await loadSamplePeople(figures)) : people;
  const webAssistant = config.web.mode === 'local' ? services.assistantFor(webPeople) : assistant;
  const { createWebChat } = await import('../../adapters/web/create-web-chat.js');
  const webDrafts = config.web.mode === 'local' ? services.draftsFor(webAssistant) : drafts;
  routers.push(createWebChat(config.web, { assistant: webAssistant, people: webPeople, drafts: webDrafts, figures, logger, sessionStore }));
  started.push(config.web.mode === 'oidc' ? 'web chat (sign-in)' : 'web chat (local trial)');
}
const webLine =
  config.web.mode === 'oidc'
    ? `Web chat: sign-in with OpenID Connect (${config.web.issuer}) at ${config.web.publicUrl}/`
    : config.web.mode === 'local'
      ? `Web chat: local trial at http://localhost:${config.port}/ — no sign-in, the sample people only, this machine only`
      : `Web chat: off — ${config.web.reason}`;

// Weekly digests: due ones are looked for every DIGEST_INTERVAL_SECONDS; claims in the store make each go out once.
const scheduler = startDigestScheduler(digests.deliverer, { intervalMs: config.digestIntervalSeconds * 1000, logger });
// Listen once the answering workers are warm: the first questions are then as fast as the rest.
if (answering) await answering.ready();
// Beyond what the answering pool holds (its workers and its queue) a web question is refused before anything is done for it.
const admission = answering ? createAdmissionMiddleware({ maxInFlight: config.answering.workers * perWorker + config.answering.queue, retryAfterSeconds: 1 }) : undefined;
// Health answers from memory: counting figures took seconds on a large store, under load minutes.
const app = createApp({ logger, routers, ...(admission ? { admission } : {}), health: async () => ({ model: config.llm?.model ?? null, channels: started, answering: answering?.stats() ?? { workers: 0 }, auditWaiting: audit.pending }) });
const shownHost = config.loopback ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
const server = app.listen(config.port, config.host, () => {
  console.log(`Utfall started on http://${shownHost}:${config.port} (${started.join(', ')}; store ${config.databaseUrl}${model ? `; model ${config.llm!.model}` : '; offline engine'}).`);
  console.log(webLine);
});
server.on('error', (error) => {
  console.error(`Utfall could not listen on ${config.host}:${config.port}: ${error.message}`);
  process.exit(1);
});

// Stop taking requests, let Slack work already acknowledged finish, write the audit
// trail (what cannot be written is logged whole, so nothing is lost), then close the store.
const stop = () =>
  server.close(() =>
    void Promise.all([scheduler.stop(), slack?.stop()])
      .then(() => answering?.close())
      .then(() => audit.flush(10_000))
      .then((written) => {
        if (!written) logger.error({ entries: audit.unwritten() }, 'audit entries that could not be written before stopping');
      })
      .then(() => services.close())
      .then(() => process.exit(0)),
  );
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
