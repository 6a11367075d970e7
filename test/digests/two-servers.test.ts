// Two `npm start` processes on one database (PostgreSQL in the suite's second run),
// each with its own digest scheduler looking every second: a due digest reaches the
// fake Slack API once, and a restart in the same week sends nothing more.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaDigestStore } from '../../src/store/prisma-digest-store.js';
import { ensureStoreReady } from '../../src/store/ensure-store-ready.js';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let store: TestStore;
let slack: FakeSlackApi;
const servers: ChildProcess[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(): Promise<ChildProcess> {
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DATABASE_URL: store.databaseUrl, PORT: String(port), SLACK_SIGNING_SECRET: 'two-servers-secret', SLACK_BOT_TOKEN: 'xoxb-two-servers', SLACK_API_URL: slack.url, DIGEST_INTERVAL_SECONDS: '1', LOG_LEVEL: 'warn' },
  });
  servers.push(server);
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Utfall started')) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`a server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  slack = await startFakeSlackApi();
}, 60_000);

afterAll(async () => {
  for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
  await slack?.close();
  await store?.cleanup();
});

describe('two server instances on one database', () => {
  it('deliver a due digest once, and a restart the same week sends nothing more', async () => {
    const organisation = await store.connection.prisma.organisation.findUniqueOrThrow({ where: { name: 'Kommunstyrelsen' } });
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

    await Promise.all([stop(first!), stop(second!)]);
    const restarted = await startServer();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(posts()).toHaveLength(1);
    await stop(restarted);
  }, 120_000);
});
