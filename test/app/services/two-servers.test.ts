// Two `npm start` processes on one database (PostgreSQL in the suite's second run),
// each with its own digest scheduler looking every second: a due digest reaches the
// fake Slack API once, and a restart in the same week sends nothing more.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaDigestStore } from '../../../src/adapters/prisma/prisma-digest-store.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let slack: FakeSlackApi;
const servers: ServerProcess[] = [];

async function startServer(): Promise<ServerProcess> {
  const server = await startServerProcess({ DATABASE_URL: store.databaseUrl, SLACK_SIGNING_SECRET: 'two-servers-secret', SLACK_BOT_TOKEN: 'xoxb-two-servers', SLACK_API_URL: slack.url, DIGEST_INTERVAL_SECONDS: '1', LOG_LEVEL: 'warn' });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  slack = await startFakeSlackApi();
}, 60_000);

afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await slack?.close();
  await store?.cleanup();
});

describe('two server instances on one database', () => {
  it('deliver a due digest once, and a restart the same week sends nothing more', async () => {
    const organisation = await store.connection.prisma.organisation.findFirstOrThrow({ where: { name: 'Kommunstyrelsen' } });
    // Due today at midnight Stockholm time, made a week ago: due the moment the servers look.
    const today = DateTime.now().setZone('Europe/Stockholm');
    const subscription = await createPrismaDigestStore(store.connection.prisma).createSubscription({ platform: 'slack', target: 'C0TWOSERVERS', organisationId: organisation.id, weekday: today.weekday, time: '00:00', language: 'sv', createdBy: 'test' });
    await store.connection.prisma.digestSubscription.update({ where: { id: subscription.id }, data: { createdAt: today.minus({ days: 8 }).toJSDate() } });

    const [first, second] = await Promise.all([startServer(), startServer()]);
    await slack.waitFor((call) => call.method === 'files.completeUploadExternal', 30_000);
    // Both schedulers have looked several times by now.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const posts = () => slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === 'C0TWOSERVERS');
    expect(posts()).toHaveLength(1);
    expect(await store.connection.prisma.digestDelivery.findMany({ where: { subscriptionId: subscription.id } })).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);

    await Promise.all([first!.stop(), second!.stop()]);
    const restarted = await startServer();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(posts()).toHaveLength(1);
    await restarted.stop();
  }, 120_000);
});
