// Digest delivery end to end on a real store (SQLite, or PostgreSQL in the second
// run of the suite): the runtime the server uses, the local fake Slack Web API and
// fake Teams connector over HTTP, and a clock the test moves. Each digest goes out
// once: also with two instances, after a crash between composing and sending, and
// through a rate limit; a permanent failure pauses the subscription.
import { Activity } from '@microsoft/agents-activity';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversationReferenceFromActivity } from '../../../src/adapters/teams/digest/conversation-reference.js';
import { createDigestDeliverer } from '../../../src/core/digests/digest-deliverer.js';
import { digestSchema } from '../../../src/core/digests/digest.js';
import type { DigestSubscription } from '../../../src/core/digests/digest-subscription.js';
import { nextScheduled } from '../../../src/core/digests/digest-schedule.js';
import { createDigestRuntime, type DigestRuntime } from '../../../src/app/services/create-digest-runtime.js';
import { teamsDigestDelivery } from '../../../src/app/services/platform-digest-senders.js';
import { createTeamsDigestSender } from '../../../src/adapters/teams/digest/send-teams-digest.js';
import { renderDeviationChart } from '../../../src/adapters/charts/render-deviation-chart.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaClient, type StoreConnection } from '../../../src/adapters/prisma/prisma-client.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { runCli } from '../../support/run-cli.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../../support/fake-teams-connector.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const logger = pino({ level: 'silent' });
let store: TestStore;
let slack: FakeSlackApi;
let teams: FakeTeamsConnector;
let runtime: DigestRuntime;
const extraConnections: StoreConnection[] = [];
// The test's clock; subscriptions are made at the real time, for Tuesdays 08:00 Stockholm time.
let clock = new Date();
let channelNumber = 0;

function runtimeOn(connection: StoreConnection): DigestRuntime {
  return createDigestRuntime(connection.prisma, { slack: { botToken: 'xoxb-digest-test', signingSecret: '', apiUrl: slack.url }, teams: { mode: 'local' } }, logger, { now: () => clock });
}

async function subscribe(overrides: Partial<{ platform: 'slack' | 'teams'; target: string; organisation: string }> = {}): Promise<DigestSubscription> {
  const organisation = (await createPrismaFigureStore(store.connection.prisma).listOrganisations()).find((candidate) => candidate.name === (overrides.organisation ?? 'Kommunstyrelsen'))!;
  channelNumber += 1;
  return runtime.store.createSubscription({ platform: overrides.platform ?? 'slack', target: overrides.target ?? `C0DIGEST${channelNumber}`, organisationId: organisation.id, weekday: 2, time: '08:00', language: 'sv', createdBy: 'test' });
}

/** Moves the clock to a minute after the subscription's first scheduled time (Tuesday 08:00 in Stockholm). */
async function moveToDue(subscription: DigestSubscription): Promise<void> {
  clock = new Date(nextScheduled(subscription, subscription.createdAt).getTime() + 60_000);
}

const posts = (channel: string) => slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === channel && call.response?.ok);

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  slack = await startFakeSlackApi();
  teams = await startFakeTeamsConnector();
  runtime = runtimeOn(store.connection);
}, 60_000);

afterAll(async () => {
  for (const connection of extraConnections) await connection.prisma.$disconnect();
  await slack?.close();
  await teams?.close();
  await store?.cleanup();
});

beforeEach(() => {
  slack.reset();
  teams.reset();
});

describe('scheduled digests', () => {
  it('are not sent before their time, then once with the chart, and not again that week', async () => {
    const subscription = await subscribe();
    clock = new Date(subscription.createdAt.getTime() + 1000);
    expect((await runtime.deliverer.runDue()).filter((report) => report.subscriptionId === subscription.id)).toEqual([]);
    await moveToDue(subscription);
    const [report] = (await runtime.deliverer.runDue()).filter((candidate) => candidate.subscriptionId === subscription.id);
    expect(report).toMatchObject({ result: 'sent' });
    const [message] = posts(subscription.target);
    expect(JSON.stringify(message!.body.blocks).replace(/\\u00a0|\u00A0/g, ' ')).toContain('5 484 tkr');
    expect(message!.body.text).toContain('Veckobrev vecka');
    const chart = slack.uploads.find((upload) => upload.channelId === subscription.target);
    expect(chart).toMatchObject({ isPng: true, completed: true });
    // Later the same week: nothing more.
    clock = new Date(clock.getTime() + 3 * 3_600_000);
    await runtime.deliverer.runDue();
    expect(posts(subscription.target)).toHaveLength(1);
    const [delivery] = await runtime.store.listDeliveries({ subscriptionId: subscription.id });
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, reference: message!.response.ts });
    // The next week nothing was imported, drafted or explained: one line, no chart.
    clock = new Date(clock.getTime() + 7 * 86_400_000);
    slack.reset();
    await runtime.deliverer.runDue();
    const [quiet] = posts(subscription.target);
    expect(quiet!.body.text).toBe('Inget nytt för Kommunstyrelsen med underenheter sedan förra veckobrevet: inga nya siffror, utkast eller förklaringar.');
    expect(quiet!.body.blocks).toHaveLength(1);
    expect(slack.uploads.filter((upload) => upload.channelId === subscription.target)).toEqual([]);
  });

  it('are delivered once by two instances on the same database running at the same moment', async () => {
    const subscription = await subscribe();
    await moveToDue(subscription);
    const second = createPrismaClient(store.databaseUrl);
    extraConnections.push(second);
    const reports = (await Promise.all([runtime.deliverer.runDue(), runtimeOn(second).deliverer.runDue()])).flat().filter((report) => report.subscriptionId === subscription.id);
    expect(reports.map((report) => report.result).sort()).toEqual(['sent', 'skipped']);
    expect(posts(subscription.target)).toHaveLength(1);
  });

  it('after a crash between composing and sending, are sent once after the restart, with the content composed before', async () => {
    const subscription = await subscribe();
    await moveToDue(subscription);
    // The first instance composes and stores the digest, then dies before its send reaches Slack.
    const crashed = createDigestDeliverer({ store: runtime.store, figures: createPrismaFigureStore(store.connection.prisma), drafts: createPrismaDraftStore(store.connection.prisma), renderChart: renderDeviationChart, senders: { slack: { send: () => new Promise(() => undefined) } }, worker: 'crashed', now: () => clock });
    void crashed.deliverNow(subscription.id);
    let composed: string | null = null;
    for (let tries = 0; tries < 100 && composed === null; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      composed = (await runtime.store.listDeliveries({ subscriptionId: subscription.id }))[0]?.content ?? null;
    }
    expect(composed).not.toBeNull();
    // Restarted within the lease: the delivery is still held.
    expect((await runtime.deliverer.runDue()).find((report) => report.subscriptionId === subscription.id)).toMatchObject({ result: 'skipped' });
    expect(posts(subscription.target)).toHaveLength(0);
    // After the lease: taken over and sent once, as composed.
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect((await runtime.deliverer.runDue()).find((report) => report.subscriptionId === subscription.id)).toMatchObject({ result: 'sent' });
    await runtime.deliverer.runDue();
    expect(posts(subscription.target)).toHaveLength(1);
    expect(posts(subscription.target)[0]!.body.text).toContain(digestSchema.parse(JSON.parse(composed!)).title);
  });

  it('wait as long as Slack’s Retry-After says on HTTP 429, then deliver', async () => {
    const subscription = await subscribe();
    await moveToDue(subscription);
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    expect(await runtime.deliverer.deliverNow(subscription.id)).toMatchObject({ result: 'sent' });
    const attempts = slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === subscription.target);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.receivedAt - attempts[0]!.receivedAt).toBeGreaterThanOrEqual(1000);
  });

  it('pause the subscription when the channel is archived, and digest status shows why', async () => {
    const subscription = await subscribe();
    await moveToDue(subscription);
    slack.failNext('chat.postMessage', { error: 'is_archived' });
    expect(await runtime.deliverer.deliverNow(subscription.id)).toMatchObject({ result: 'failed', detail: expect.stringContaining('is_archived') });
    expect(await runtime.store.getSubscription(subscription.id)).toMatchObject({ status: 'paused', pausedReason: expect.stringContaining('is_archived') });
    // Not tried again the same week, nor later while paused.
    clock = new Date(clock.getTime() + 8 * 86_400_000);
    await runtime.deliverer.runDue();
    expect(slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === subscription.target)).toHaveLength(1);
    const status = await runCli(['digest', 'status'], { DATABASE_URL: store.databaseUrl });
    expect(status.status, status.stderr).toBe(0);
    const line = status.stdout.split('\n').findIndex((text) => text.includes(`slack:${subscription.target} `));
    expect(status.stdout.split('\n')[line]).toContain('PAUSED (is_archived');
    expect(status.stdout.split('\n')[line + 1]).toMatch(/failed .*is_archived/);
  }, 30_000);

  it('reach a Teams conversation proactively, as an Adaptive Card with the chart', async () => {
    const activity = Activity.fromObject({ type: 'message', id: 'a1', serviceUrl: teams.serviceUrl, channelId: 'msteams', from: { id: '29:user', aadObjectId: 'aad-user' }, recipient: { id: '28:utfall', name: 'Utfall' }, conversation: { id: '19:budget@thread.tacv2;messageid=1700000000000', conversationType: 'channel', tenantId: 'tenant-1' }, text: 'hej' });
    const reference = conversationReferenceFromActivity(activity);
    await runtime.conversations.save(reference);
    const subscription = await subscribe({ platform: 'teams', target: reference.conversation.id });
    await moveToDue(subscription);
    expect((await runtime.deliverer.runDue()).find((report) => report.subscriptionId === subscription.id)).toMatchObject({ result: 'sent' });
    const posted = teams.calls.filter((call) => call.path.includes(encodeURIComponent('19:budget@thread.tacv2')) || call.path.includes('19:budget@thread.tacv2'));
    expect(posted).toHaveLength(1);
    const card = posted[0]!.body.attachments[0].content;
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).toContain('data:image/png;base64,');
    expect(JSON.stringify(card).replace(/\\u00a0|\u00A0/g, ' ')).toContain('5 484 tkr');
  });

  it('to Teams are not sent again when the sender died after the connector accepted the card', async () => {
    const activity = Activity.fromObject({ type: 'message', id: 'a2', serviceUrl: teams.serviceUrl, channelId: 'msteams', from: { id: '29:user', aadObjectId: 'aad-user' }, recipient: { id: '28:utfall', name: 'Utfall' }, conversation: { id: '19:crash@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' }, text: 'hej' });
    const reference = conversationReferenceFromActivity(activity);
    await runtime.conversations.save(reference);
    const subscription = await subscribe({ platform: 'teams', target: reference.conversation.id });
    await moveToDue(subscription);
    // The connector takes the card and its activity id is recorded; then the process dies before marking the delivery sent.
    const realTeams = teamsDigestDelivery(createTeamsDigestSender({ teams: { mode: 'local' }, logger }), runtime.conversations);
    const dying = createDigestDeliverer({ store: runtime.store, figures: createPrismaFigureStore(store.connection.prisma), drafts: createPrismaDraftStore(store.connection.prisma), renderChart: renderDeviationChart, senders: { teams: { send: async (...args) => (await realTeams.send(...args), new Promise(() => undefined)) } }, worker: 'dying', now: () => clock });
    void dying.deliverNow(subscription.id);
    const toConversation = () => teams.calls.filter((call) => call.path.includes(encodeURIComponent('19:crash@thread.tacv2')) || call.path.includes('19:crash@thread.tacv2'));
    let recorded: string | null = null;
    for (let tries = 0; tries < 100 && recorded === null; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      recorded = (await runtime.store.listDeliveries({ subscriptionId: subscription.id }))[0]?.reference ?? null;
    }
    expect(recorded).not.toBeNull();
    expect(toConversation()).toHaveLength(1);
    // After the lease another instance takes the delivery over, finds the reference, and sends nothing.
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect((await runtime.deliverer.runDue()).find((report) => report.subscriptionId === subscription.id)).toMatchObject({ result: 'sent', detail: 'sent by an earlier attempt' });
    expect(toConversation()).toHaveLength(1);
    expect((await runtime.store.listDeliveries({ subscriptionId: subscription.id }))[0]).toMatchObject({ status: 'sent', reference: recorded });
  });

  it('fail permanently for a Teams conversation Utfall has never heard from', async () => {
    const subscription = await subscribe({ platform: 'teams', target: '19:unknown@thread.tacv2' });
    await moveToDue(subscription);
    expect(await runtime.deliverer.deliverNow(subscription.id)).toMatchObject({ result: 'failed', detail: expect.stringContaining('teams_conversation_unknown') });
    expect(teams.calls).toEqual([]);
  });

  it('are paused, not sent, once the person who started one in chat may no longer manage the organisation', async () => {
    const people = createPrismaPeopleStore(store.connection.prisma);
    await people.savePerson({ email: 'was.controller@alingsas.se', name: 'Former Controller', role: 'manager', homeOrganisation: 'Kommunledningskontoret', slackId: 'U0FORMER' });
    const subscription = await subscribe();
    await store.connection.prisma.digestSubscription.update({ where: { id: subscription.id }, data: { createdBy: 'slack:U0FORMER' } });
    await moveToDue(subscription);
    expect(await runtime.deliverer.deliverNow(subscription.id)).toMatchObject({ result: 'failed', detail: expect.stringContaining('may no longer manage Kommunstyrelsen') });
    expect(await runtime.store.getSubscription(subscription.id)).toMatchObject({ status: 'paused' });
    expect(posts(subscription.target)).toEqual([]);
    // One made with the CLI (the operator) is not affected.
    const operators = await subscribe();
    await moveToDue(operators);
    expect(await runtime.deliverer.deliverNow(operators.id)).toMatchObject({ result: 'sent' });
  });
});
