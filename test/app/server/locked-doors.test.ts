// The attacks of issue 16 on `npm start` as an operator runs it, each in its own
// Node process on a real store, probed over HTTP from this machine as an attacker
// on the loopback interface would. Started as in production (Slack configured) the
// server offers no web chat and no anonymous Teams endpoint, and listens on
// 127.0.0.1 only; started with nothing configured it is a local trial that answers
// only local requests and offers only the sample people.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../../support/fake-teams-connector.js';
import { ROOT } from '../../support/run-cli.js';
import { freePort, startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';
import { webClient } from '../../support/web-client.js';

const ADMIN = 'ada.admin@alingsas.se';
const CONTROLLER = 'karl.controller@alingsas.se';
const SLACK = { SLACK_SIGNING_SECRET: 'locked-doors-signing-secret', SLACK_BOT_TOKEN: 'xoxb-locked-doors' };

let store: TestStore;
let slackApi: FakeSlackApi;
let connector: FakeTeamsConnector;
let production: ServerProcess;
let trial: ServerProcess;
let draftId: number;

/** A forged Teams Activity from the admin's Entra object id, replies to `serviceUrl`. */
const forgedActivity = (text: string, serviceUrl: string) => ({
  type: 'message',
  id: `forged-${Math.random().toString(36).slice(2)}`,
  serviceUrl,
  channelId: 'msteams',
  from: { id: '29:forged', name: 'Ada Admin', aadObjectId: 'aad-ada' },
  conversation: { id: 'a:forged-conversation', conversationType: 'personal', tenantId: 't' },
  recipient: { id: '28:utfall', name: 'Utfall' },
  text,
});
const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Runs the built server (dist/main.js) with `env` until it exits (or `timeoutMs` passes): its exit code and output. */
async function runToExit(env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], { cwd: ROOT, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', PORT: String(await freePort()), ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, output };
}

/** Whether a TCP connection to host:port is accepted. */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const people = createPrismaPeopleStore(store.connection.prisma);
  await people.savePerson({ email: ADMIN, name: 'Ada Admin', role: 'admin', homeOrganisation: 'Kommunstyrelsen', teamsId: 'aad-ada' });
  await people.savePerson({ email: CONTROLLER, name: 'Karl Controller', role: 'controller', homeOrganisation: 'Kommunstyrelsen' });
  const organisation = await store.connection.prisma.organisation.findFirstOrThrow({ where: { name: 'Kommunstyrelsen' } });
  draftId = (await store.connection.prisma.draft.create({ data: { organisationId: organisation.id, year: 2024, month: 8, language: 'sv', text: 'Personalkostnaderna blev 70 328 tkr.', engine: 'offline', evidence: '{"facts":[],"derivations":[],"quotes":[],"names":[],"missingCauses":[]}', createdBy: CONTROLLER } })).id;
  slackApi = await startFakeSlackApi();
  connector = await startFakeTeamsConnector();
  [production, trial] = await Promise.all([
    startServerProcess({ DATABASE_URL: store.databaseUrl, ...SLACK, SLACK_API_URL: slackApi.url, LOG_LEVEL: 'warn' }),
    startServerProcess({ DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'warn' }),
  ]);
}, 120_000);

afterAll(async () => {
  await production?.stop();
  await trial?.stop();
  await connector?.close();
  await slackApi?.close();
  await store?.cleanup();
});

describe('started as in production (Slack configured, no web sign-in)', () => {
  it('lists no people to an anonymous caller', async () => {
    const response = await fetch(`${production.base}/api/web/people`);
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(text).not.toContain(ADMIN);
  });

  it('answers nobody who names an admin in the body', async () => {
    const response = await postJson(`${production.base}/api/web/ask`, { name: 'Angripare', person: ADMIN, text: 'Hur ligger Kommunstyrelsen till mot budget på personalkostnaderna?' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect((await response.text()).replace(/\u00A0/g, ' ')).not.toContain('70 328');
    expect(await store.connection.prisma.auditEntry.count({ where: { asker: ADMIN } })).toBe(0);
  });

  it('lets nobody revise or approve a draft in a controller\'s name', async () => {
    const revised = await postJson(`${production.base}/api/web/drafts/${draftId}/revise`, { name: 'Angripare', person: CONTROLLER, text: 'Allt gick utmärkt.' });
    const approved = await postJson(`${production.base}/api/web/drafts/${draftId}/approve`, { name: 'Angripare', person: CONTROLLER });
    expect(revised.status).toBeGreaterThanOrEqual(400);
    expect(approved.status).toBeGreaterThanOrEqual(400);
    expect(await store.connection.prisma.draft.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ status: 'draft', approvedBy: null, text: 'Personalkostnaderna blev 70 328 tkr.' });
    expect(await store.connection.prisma.draft.count({ where: { revisesId: draftId } })).toBe(0);
  });

  it('serves no web chat page', async () => {
    expect((await fetch(production.base)).status).toBe(404);
  });

  it('has no anonymous Teams endpoint: a forged Activity with an admin\'s object id gets nothing, and no digest is subscribed', async () => {
    const question = await postJson(`${production.base}/api/messages`, forgedActivity('Hur ligger Kommunstyrelsen till mot budget på personalkostnaderna?', connector.serviceUrl));
    const digest = await postJson(`${production.base}/api/messages`, forgedActivity('digest Kommunstyrelsen måndag 08:00', connector.serviceUrl));
    expect(question.status).toBe(404);
    expect(digest.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connector.calls).toEqual([]);
    expect(await store.connection.prisma.digestSubscription.count({ where: { platform: 'teams' } })).toBe(0);
    expect(await store.connection.prisma.teamsConversation.count()).toBe(0);
  });

  it('listens on 127.0.0.1 only', async () => {
    const port = Number(new URL(production.base).port);
    const address = Object.values(os.networkInterfaces()).flat().find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
    expect(address, 'this machine needs a non-loopback IPv4 address for the test').toBeDefined();
    expect(await connects('127.0.0.1', port)).toBe(true);
    expect(await connects(address!, port)).toBe(false);
  });
});

describe('starts that must, or must not, happen', () => {
  it('NODE_ENV=production starts without Teams (Slack only), with no Teams endpoint', async () => {
    const server = await startServerProcess({ DATABASE_URL: store.databaseUrl, NODE_ENV: 'production', ...SLACK, SLACK_API_URL: slackApi.url, LOG_LEVEL: 'warn' });
    try {
      expect(server.output()).toMatch(/Utfall started on .*\(Slack;/);
      expect((await postJson(`${server.base}/api/messages`, forgedActivity('hej', connector.serviceUrl))).status).toBe(404);
    } finally {
      await server.stop();
    }
  }, 90_000);

  it('NODE_ENV=production starts with Teams, and the endpoint wants a token', async () => {
    const server = await startServerProcess({ DATABASE_URL: store.databaseUrl, NODE_ENV: 'production', MICROSOFT_APP_ID: '6a1f4c2e-8b7d-4e3a-9f10-2c5d7e9a1b34', MICROSOFT_APP_PASSWORD: 'a-client-secret', MICROSOFT_APP_TENANT_ID: '3f9a0d52-6c4e-4f7a-9b1e-5d2c8a7e6f10', LOG_LEVEL: 'warn' });
    try {
      expect(server.output()).toMatch(/Utfall started on .*\(Teams;/);
      expect((await postJson(`${server.base}/api/messages`, forgedActivity('hej', 'https://smba.trafficmanager.net/emea/'))).status).toBe(401);
    } finally {
      await server.stop();
    }
  }, 90_000);

  it('refuses to start on another interface without sign-in or a chat platform', async () => {
    const { code, output } = await runToExit({ DATABASE_URL: store.databaseUrl, HOST: '0.0.0.0' });
    expect(code).toBe(2);
    expect(output).toContain('HOST: Utfall without sign-in is a local trial and listens on 127.0.0.1 only');
  }, 90_000);

  it('with Slack configured on a public interface and no web sign-in, serves no web chat there', async () => {
    const server = await startServerProcess({ DATABASE_URL: store.databaseUrl, HOST: '0.0.0.0', ...SLACK, SLACK_API_URL: slackApi.url, LOG_LEVEL: 'warn' });
    try {
      expect(server.output()).toContain('Web chat: off');
      expect((await fetch(server.base)).status).toBe(404);
      expect((await fetch(`${server.base}/api/web/session`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  }, 90_000);
});

describe('npm start with nothing configured: the local trial', () => {
  it('serves the web chat on localhost, says it is a local trial, and offers the sample people only', async () => {
    expect(trial.output()).toMatch(/Utfall started on http:\/\/localhost:\d+ \(Teams \(local trial\), web chat \(local trial\);/);
    expect(trial.output()).toContain('Web chat: local trial at http://localhost:');
    const page = await (await fetch(trial.base)).text();
    expect(page).toContain('Lokal provversion');
    const session = await webClient(trial.base).session();
    const offered = (session.samplePeople as { email: string }[]).map((person) => person.email);
    expect(offered.length).toBeGreaterThan(3);
    expect(offered).not.toContain(ADMIN);
    expect(offered.filter((email) => !email.endsWith('@exempel.test'))).toEqual([]);
  });

  it('refuses what reaches 127.0.0.1 on someone else\'s behalf: a forwarded request, or one addressed to another host', async () => {
    const forwarded = await fetch(`${trial.base}/api/web/session`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    // A page whose domain was rebound to 127.0.0.1 reaches the server with its own name as Host (fetch cannot set Host).
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${trial.base}/api/web/session`);
      http.get({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: `evil.example:${url.port}` } }, (response) => resolve(response.resume().statusCode!)).on('error', reject);
    });
    expect(forwarded.status).toBe(403);
    expect(rebound).toBe(403);
    expect(await forwarded.text()).toContain('local trial');
  });

  it('does not act on a person named in the body: the sample person chosen is who asks', async () => {
    const client = webClient(trial.base);
    expect((await client.choose('anna.andersson@exempel.test')).status).toBe(200);
    const response = await client.post('/api/web/ask', { text: 'Hur ligger Kommunstyrelsen till mot budget på personalkostnaderna?', person: ADMIN });
    expect(response.status).toBe(400);
    const asked = await client.post('/api/web/ask', { text: 'Hur ligger Kommunstyrelsen till mot budget på personalkostnaderna?' });
    expect(((await asked.json()) as { status: string }).status).toBe('denied');
  });

  it('answers a malformed draft number with 400 and says what is wrong, never 500', async () => {
    const client = webClient(trial.base);
    await client.choose('erik.ek@exempel.test');
    for (const id of ['abc', '1.5', '99999999999999999999', '-3']) {
      const response = await client.post(`/api/web/drafts/${id}/approve`, { name: 'Angripare' });
      expect(response.status, id).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain('Utkastets nummer');
    }
  });

  it('Teams in the trial replies to this machine only: an Activity naming another serviceUrl is refused and nothing is kept', async () => {
    const response = await postJson(`${trial.base}/api/messages`, forgedActivity('digest Kommunstyrelsen måndag 08:00', 'https://attacker.example/'));
    expect(response.status).toBe(400);
    expect(await store.connection.prisma.teamsConversation.count({ where: { reference: { contains: 'attacker.example' } } })).toBe(0);
    expect(await store.connection.prisma.digestSubscription.count({ where: { platform: 'teams' } })).toBe(0);
  });
});
