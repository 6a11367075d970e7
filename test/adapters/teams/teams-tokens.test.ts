// Teams with app credentials: real Activity JSON with real JWTs, signed by a key a
// local stand-in for Entra ID publishes (test/support/fake-entra.ts), checked by the
// Agents SDK's own verifyToken through Utfall's configuration. A genuine token is
// accepted and answered; forged, expired, wrong-audience and wrong-issuer ones are
// refused; replies and digests go only to allowed, token-vouched serviceUrls.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TeamsConfig } from '../../../src/app/config/load-config.js';
import { createTeamsAdapter } from '../../../src/adapters/teams/create-teams-adapter.js';
import { createTeamsChannel } from '../../../src/adapters/teams/create-teams-channel.js';
import { conversationReferenceFromActivity } from '../../../src/adapters/teams/digest/conversation-reference.js';
import { createTeamsDigestSender } from '../../../src/adapters/teams/digest/send-teams-digest.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { createPrismaDigestStore } from '../../../src/adapters/prisma/prisma-digest-store.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { createPrismaTeamsConversationStore } from '../../../src/adapters/prisma/prisma-teams-conversation-store.js';
import { sampleDigest } from '../../support/sample-digest.js';
import { fixedTokenConnections, startFakeEntra, type FakeEntra } from '../../support/fake-entra.js';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../../support/fake-teams-connector.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const APP_ID = '6a1f4c2e-8b7d-4e3a-9f10-2c5d7e9a1b34';
const OUTBOUND = 'outbound-token-for-the-tests';
const ADMIN_AAD = 'aad-ada-admin';

let store: TestStore;
let entra: FakeEntra;
let connector: FakeTeamsConnector;
let server: Server;
let endpoint: string;
let config: Extract<TeamsConfig, { mode: 'credentials' }>;
let number = 0;

function activity(text: string, overrides: Record<string, unknown> = {}) {
  number += 1;
  return {
    type: 'message',
    id: `token-activity-${number}`,
    timestamp: new Date().toISOString(),
    serviceUrl: connector.serviceUrl,
    channelId: 'msteams',
    from: { id: '29:ada', name: 'Ada Admin', aadObjectId: ADMIN_AAD },
    conversation: { id: 'a:conversation-ada', conversationType: 'personal', tenantId: entra.tenantId },
    recipient: { id: `28:${APP_ID}`, name: 'Utfall' },
    text,
    locale: 'sv-SE',
    ...overrides,
  };
}

async function post(body: unknown, authorization?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

/** Claims of a token the Bot Framework would send for Utfall's app about `serviceUrl`. */
const genuine = (serviceUrl = connector.serviceUrl) => ({ aud: APP_ID, serviceurl: serviceUrl, appid: 'bot-framework-channel' });

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  entra = await startFakeEntra();
  connector = await startFakeTeamsConnector();
  config = { mode: 'credentials', clientId: APP_ID, clientSecret: 'not-used-the-outbound-token-is-fixed', tenantId: entra.tenantId, authority: entra.authority, serviceUrlHosts: ['127.0.0.1', 'localhost'] };
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const people = createPrismaPeopleStore(store.connection.prisma);
  await people.savePerson({ email: 'ada.admin@alingsas.se', name: 'Ada Admin', role: 'admin', homeOrganisation: 'Kommunstyrelsen', teamsId: ADMIN_AAD });
  const adapter = createTeamsAdapter(config);
  // Entra's token endpoint is out of reach: the adapter's replies carry a fixed token instead.
  adapter.connectionManager = fixedTokenConnections(OUTBOUND);
  const assistant = createAssistant({ ask: createAskService(figures), people, figures, audit: createPrismaAuditLog(store.connection.prisma) });
  const router = createTeamsChannel(config, { assistant, drafts: createDraftService(figures, draftStore, undefined, assistant.authorise), figures, identities: createPrismaChatIdentityStore(store.connection.prisma), logger: pino({ level: 'silent' }), digests: { store: createPrismaDigestStore(store.connection.prisma), conversations: createPrismaTeamsConversationStore(store.connection.prisma) } }, { adapter });
  const app = createApp({ logger: pino({ level: 'silent' }), routers: [router], health: async () => ({}) });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await connector?.close();
  await entra?.close();
  await store?.cleanup();
});

beforeEach(() => connector.reset());

describe('Teams with app credentials', () => {
  it('accepts a genuine token, verified with the keys the tenant publishes, and answers through the connector with its own token', async () => {
    const token = await entra.token(genuine());
    const response = await post(activity('Hur ligger Kommunstyrelsen till mot budget på personalkostnaderna?'), `Bearer ${token}`);
    expect(response.status, response.text).toBe(200);
    expect(entra.requests).toContain(`/${entra.tenantId}/discovery/v2.0/keys`);
    const reply = await connector.waitFor((call) => call.body?.type === 'message' && Array.isArray(call.body.attachments));
    expect(reply.headers.authorization).toBe(`Bearer ${OUTBOUND}`);
    expect(JSON.stringify(reply.body).replace(/\\u00a0|\u00A0/g, ' ')).toContain('70 328 tkr');
    // The conversation can get digests, and its reference says a verified token vouched for it.
    const stored = JSON.parse((await store.connection.prisma.teamsConversation.findUniqueOrThrow({ where: { conversationId: 'a:conversation-ada' } })).reference) as { tokenVerified?: boolean };
    expect(stored.tokenVerified).toBe(true);
  });

  it.each([
    ['no token at all', 'authorization header not found', async () => undefined],
    ['a token signed with a key the tenant never published', 'invalid signature', async () => `Bearer ${await entra.token(genuine(), { signWith: await entra.foreignKey() })}`],
    ['an expired token', 'jwt expired', async () => `Bearer ${await entra.token(genuine(), { expiresAt: Math.floor(Date.now() / 1000) - 3600 })}`],
    ['a token for another app (wrong audience)', 'Audience mismatch', async () => `Bearer ${await entra.token({ ...genuine(), aud: 'another-app-id' })}`],
    ['a token from another tenant (wrong issuer)', 'Issuer mismatch', async () => `Bearer ${await entra.token({ ...genuine(), iss: `${entra.authority}/another-tenant/v2.0` })}`],
    ['a token that is not a JWT', 'invalid token', async () => 'Bearer not-a-token'],
  ])('refuses %s with 401 (%s), and nothing is answered or recorded', async (_name, reason, authorization) => {
    const before = await store.connection.prisma.auditEntry.count();
    const response = await post(activity('Hur ligger Kommunstyrelsen till mot budget?'), await authorization());
    expect(response.status).toBe(401);
    expect(response.text).toContain(reason);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.calls).toEqual([]);
    expect(await store.connection.prisma.auditEntry.count()).toBe(before);
  });

  it('refuses a genuine token whose Activity names a serviceUrl off the allow-list, or another host than the token vouches for', async () => {
    const offList = await post(activity('digest Kommunstyrelsen', { serviceUrl: 'https://attacker.example/' }), `Bearer ${await entra.token(genuine('https://attacker.example/'))}`);
    expect(offList.status).toBe(400);
    expect(offList.text).toContain('serviceUrl');
    const mismatch = await post(activity('Hur går det?'), `Bearer ${await entra.token(genuine(connector.serviceUrl.replace('127.0.0.1', 'localhost')))}`);
    expect(mismatch.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.calls).toEqual([]);
    expect(await store.connection.prisma.teamsConversation.count({ where: { reference: { contains: 'attacker.example' } } })).toBe(0);
  });

  it('refuses a genuine token for a Teams message from another tenant', async () => {
    const response = await post(activity('Hur går det?', { conversation: { id: 'a:conversation-other', conversationType: 'personal', tenantId: 'another-tenant' } }), `Bearer ${await entra.token(genuine())}`);
    expect(response.status).toBe(403);
    expect(response.text).toContain('another tenant');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.calls).toEqual([]);
  });

  it('sends digests only to conversations heard from with a verified token, on an allowed host', async () => {
    const adapter = createTeamsAdapter(config);
    adapter.connectionManager = fixedTokenConnections(OUTBOUND);
    const sender = createTeamsDigestSender({ teams: config, adapter, logger: pino({ level: 'silent' }) });
    const reference = conversationReferenceFromActivity(activity('hej') as never);
    const unverified = await sender.send(reference, sampleDigest(), null);
    expect(unverified).toMatchObject({ status: 'permanent_failure', code: 'teams_reference_unverified' });
    const elsewhere = await sender.send({ ...reference, serviceUrl: 'http://127.0.0.2:9/', tokenVerified: true }, sampleDigest(), null);
    expect(elsewhere).toMatchObject({ status: 'permanent_failure', code: 'teams_service_url_not_allowed' });
    expect(connector.calls).toEqual([]);
    const sent = await sender.send({ ...reference, tokenVerified: true }, sampleDigest(), null);
    expect(sent.status).toBe('sent');
    expect(connector.calls.map((call) => call.headers.authorization)).toEqual([`Bearer ${OUTBOUND}`]);
  });
});
