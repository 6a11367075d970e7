// Two `npm start` processes on one database (PostgreSQL in the suite's second run)
// deliver 40 due Slack digests; one is killed (SIGKILL) while Slack (the fake) still
// holds some of its posts unanswered. The fake keeps every message, answered or not,
// as Slack would. After the dead process's leases run out, the other takes its
// deliveries over, finds the posts that did land by their message metadata in the
// channels' history, and sends the rest: every channel holds its digest once.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaDigestStore } from '../../../src/adapters/prisma/prisma-digest-store.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const CHANNELS = Array.from({ length: 40 }, (_, index) => `C0CRASH${String(index + 1).padStart(2, '0')}`);
// A post Slack still holds must land before the lease runs out: 4 s of delay, 10 s of lease renewed every 3,3 s.
const LEASE_SECONDS = 10;
const POST_DELAY_MS = 4000;

let store: TestStore;
let slack: FakeSlackApi;
const servers: ServerProcess[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
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

describe('a server killed while its digests are being posted', () => {
  it('leaves every channel with its digest exactly once', async () => {
    const prisma = store.connection.prisma;
    const env = { DATABASE_URL: store.databaseUrl, SLACK_SIGNING_SECRET: 'digest-crash-secret', SLACK_BOT_TOKEN: 'xoxb-digest-crash', SLACK_API_URL: slack.url, DIGEST_INTERVAL_SECONDS: '1', DIGEST_LEASE_SECONDS: String(LEASE_SECONDS), LOG_LEVEL: 'warn' };
    // Two servers starting at once on a shared, busy machine may take long.
    const started = await Promise.all([startServerProcess(env, { startTimeoutMs: 120_000 }), startServerProcess(env, { startTimeoutMs: 120_000 })]);
    servers.push(...started);
    // Slack answers each post late: the messages are kept at once, the answers come later.
    slack.failNext('chat.postMessage', { delayMs: POST_DELAY_MS }, 1000);
    // The digests fall due once both servers run: made a week ago, due since midnight.
    const organisation = await prisma.organisation.findFirstOrThrow({ where: { name: 'Kommunstyrelsen' } });
    const today = DateTime.now().setZone('Europe/Stockholm');
    const digests = createPrismaDigestStore(prisma);
    for (const channel of CHANNELS) {
      const subscription = await digests.createSubscription({ platform: 'slack', target: channel, organisationId: organisation.id, weekday: today.weekday, time: '00:00', language: 'sv', createdBy: 'test' });
      await prisma.digestSubscription.update({ where: { id: subscription.id }, data: { createdAt: today.minus({ days: 8 }).toJSDate() } });
    }

    // The server with the most posts Slack holds unanswered is killed: once it has five, or whatever it has 3 s after its first.
    const claimsOf = async (server: ServerProcess) => new Set((await prisma.digestDelivery.findMany({ where: { claimedBy: { contains: `:${server.child.pid}:` } }, include: { subscription: true } })).map((delivery) => delivery.subscription.target));
    const unanswered = () => slack.arrivals.filter((arrival) => arrival.method === 'chat.postMessage' && !slack.calls.some((call) => call.method === 'chat.postMessage' && call.body.channel === (arrival.body as { channel?: string }).channel)).map((arrival) => String((arrival.body as { channel?: string }).channel));
    let firstSeen = 0;
    const { victim, inFlight } = await until('posts in flight', async () => {
      const pending = unanswered();
      const candidates = await Promise.all(started.map(async (server) => {
        const claims = await claimsOf(server);
        return { victim: server, inFlight: pending.filter((channel) => claims.has(channel)) };
      }));
      const best = candidates.sort((a, b) => b.inFlight.length - a.inFlight.length)[0]!;
      if (best.inFlight.length > 0 && firstSeen === 0) firstSeen = Date.now();
      return best.inFlight.length >= 5 || (best.inFlight.length > 0 && Date.now() - firstSeen > 3000) ? best : null;
    }, 90_000);
    const survivor = started.find((server) => server !== victim)!;
    victim.child.kill('SIGKILL');
    await new Promise((resolve) => victim.child.once('exit', resolve));

    await until('every delivery sent', async () => (await prisma.digestDelivery.count({ where: { status: 'sent' } })) === CHANNELS.length, 120_000);
    // The survivor's scheduler has looked a few times more.
    await sleep(2500);
    const digestsIn = (channel: string) => slack.messages.filter((message) => message.channel === channel && message.threadTs === undefined && message.metadata?.event_type === 'utfall_digest');
    const counts = CHANNELS.map((channel) => ({ channel, digests: digestsIn(channel).length }));
    expect(counts.filter((count) => count.digests !== 1)).toEqual([]);
    // The posts in flight at the kill landed, and were not posted again.
    expect(inFlight.length).toBeGreaterThan(0);
    console.info(`digest crash: ${inFlight.length} posts in flight at the kill, ${CHANNELS.length} channels, ${counts.filter((count) => count.digests > 1).length} doubled, ${counts.filter((count) => count.digests === 0).length} lost`);
    for (const channel of inFlight) expect(digestsIn(channel)).toHaveLength(1);
    // The survivor took the victim's deliveries over: no delivery is left with the dead process.
    expect(await prisma.digestDelivery.count({ where: { claimedBy: { contains: `:${victim.child.pid}:` }, status: 'pending' } })).toBe(0);
    await survivor.stop();
  }, 360_000);
});
