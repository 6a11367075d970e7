// Teams: real Activity JSON posted to /api/messages of the running app, replies
// captured by a local fake connector at the Activity's serviceUrl.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsChannel } from '../../../src/adapters/teams/create-teams-channel.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { createPrismaDigestStore } from '../../../src/adapters/prisma/prisma-digest-store.js';
import { createPrismaTeamsConversationStore } from '../../../src/adapters/prisma/prisma-teams-conversation-store.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../../support/fake-teams-connector.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let server: Server;
let connector: FakeTeamsConnector;
let endpoint: string;
let activityNumber = 0;

function activity(text: string, options: { user?: string; value?: unknown } = {}) {
  activityNumber += 1;
  return {
    type: 'message',
    id: `activity-${activityNumber}`,
    timestamp: new Date().toISOString(),
    serviceUrl: connector.serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${options.user ?? 'anna'}`, name: 'Anna Andersson', aadObjectId: `aad-${options.user ?? 'anna'}` },
    conversation: { id: `a:conversation-${options.user ?? 'anna'}`, conversationType: 'personal', tenantId: 'tenant' },
    recipient: { id: '28:utfall', name: 'Utfall' },
    text,
    ...(options.value ? { value: options.value } : {}),
    locale: 'sv-SE',
  };
}

async function send(body: unknown): Promise<number> {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.status;
}

const replies = () => connector.calls.filter((call) => call.method === 'POST' && call.body?.type === 'message');
const cardOf = (call: { body: { attachments?: { content: unknown }[] } }) => call.body.attachments?.[0]?.content as { version: string; body: { text?: string }[]; actions: { type: string; title: string; data?: { action: string; draftId: number } }[] };
const spaced = (text: unknown) => JSON.stringify(text).replace(/\\u00a0|\u00A0/g, ' ');

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const assistant = createAssistant({ ask: createAskService(figures), people: createPrismaPeopleStore(store.connection.prisma), figures, audit: createPrismaAuditLog(store.connection.prisma) });
  const router = createTeamsChannel({ mode: 'local' }, { assistant, drafts: createDraftService(figures, draftStore, undefined, assistant.authorise), figures, identities: createPrismaChatIdentityStore(store.connection.prisma), logger: pino({ level: 'silent' }), digests: { store: createPrismaDigestStore(store.connection.prisma), conversations: createPrismaTeamsConversationStore(store.connection.prisma) } });
  const app = createApp({ logger: pino({ level: 'silent' }), routers: [router], health: async () => ({}) });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  connector = await startFakeTeamsConnector();
}, 60_000);

afterAll(async () => {
  await connector?.close();
  await new Promise((resolve) => server?.close(resolve));
  await store?.cleanup();
});

beforeEach(() => {
  connector.calls.length = 0;
});

describe('Teams at /api/messages', () => {
  it('asks a user without a home organisation to set one, and nothing else', async () => {
    expect(await send(activity('Hur går det?', { user: 'ny' }))).toBe(200);
    const reply = await connector.waitFor((call) => call.body?.type === 'message');
    expect(reply.body.text).toContain('org <namn>');
    expect(replies()).toHaveLength(1);
  });

  it('sets the home organisation, then answers with an Adaptive Card 1.5 and the typing indicator first', async () => {
    await send(activity('org Kommunstyrelsen'));
    expect((await connector.waitFor((call) => call.body?.type === 'message')).body.text).toBe('Din hemorganisation är nu Kommunstyrelsen.');
    connector.calls.length = 0;
    await send(activity('<at>Utfall</at> Hur ligger vi till mot budget på personalkostnaderna?'));
    const reply = await connector.waitFor((call) => call.body?.type === 'message' && Array.isArray(call.body.attachments));
    const card = cardOf(reply);
    expect(card.version).toBe('1.5');
    expect(spaced(card.body[0]!.text)).toContain('70 328 tkr');
    expect(card.actions.map((action) => action.title)).toContain('Visa underlag');
    // "Visa underlag" in words: the figure, its value as the report prints it, the report and section.
    const shown = JSON.stringify(card.actions.find((action) => action.title === 'Visa underlag')).replace(/\\u00a0|\u00A0/giu, ' ');
    expect(shown).toContain('"title":"Kommunstyrelsen › Personalkostnader – Utfall jan–aug 2024","value":"−70 328 tkr · Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift"');
    expect(shown).not.toMatch(/\.txt|actual 2024/u);
    const typingIndex = connector.calls.findIndex((call) => call.body?.type === 'typing');
    expect(typingIndex).toBeGreaterThanOrEqual(0);
    expect(typingIndex).toBeLessThan(connector.calls.indexOf(reply));
    // Replies go to the conversation the activity came from.
    expect(decodeURIComponent(reply.path)).toContain('/v3/conversations/a:conversation-anna/activities');
  });

  it('reads the commands as Slack does: "org" alone tells the home organisation, an incomplete "utkast" how to write it', async () => {
    await send(activity('org', { user: 'kommandon' }));
    expect((await connector.waitFor((call) => call.body?.type === 'message')).body.text).toContain('ingen hemorganisation');
    connector.calls.length = 0;
    await send(activity('org Kommunstyrelsen', { user: 'kommandon' }));
    await connector.waitFor((call) => call.body?.type === 'message');
    connector.calls.length = 0;
    await send(activity('org', { user: 'kommandon' }));
    expect((await connector.waitFor((call) => call.body?.type === 'message')).body.text).toContain('Din hemorganisation är Kommunstyrelsen');
    connector.calls.length = 0;
    await send(activity('utkast Kommunstyrelsen', { user: 'kommandon' }));
    expect((await connector.waitFor((call) => call.body?.type === 'message')).body.text).toContain('utkast <organisation> <ÅÅÅÅ-MM>');
    expect(replies()).toHaveLength(1);
  });

  it('drafts with "utkast", and a Godkänn submit approves it as the Teams user', async () => {
    await send(activity('utkast Kommunstyrelsen 2024-08'));
    const reply = await connector.waitFor((call) => call.body?.type === 'message' && Array.isArray(call.body.attachments));
    const card = cardOf(reply);
    expect(card.actions.map((action) => action.title)).toEqual(['Godkänn', 'Skriv om', 'Redigera']);
    const draftId = card.actions[0]!.data!.draftId;
    connector.calls.length = 0;
    await send(activity('', { value: { action: 'approve_draft', draftId } }));
    await connector.waitFor((call) => call.body?.type === 'message');
    const stored = await store.connection.prisma.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(stored).toMatchObject({ status: 'approved', approvedBy: 'teams:aad-anna' });
  });

  it('answers a card whose draft number Utfall never wrote with a message, not an error', async () => {
    for (const draftId of ['abc', 1.5, -4, 99_999_999_999]) {
      connector.calls.length = 0;
      expect(await send(activity('', { value: { action: 'approve_draft', draftId } }))).toBe(200);
      const reply = await connector.waitFor((call) => call.body?.type === 'message');
      expect(reply.body.text, String(draftId)).toBe('Utkastets nummer är inte giltigt.');
    }
  });

  it('without credentials answers only on this machine: a forwarded Activity, or one replying elsewhere, is refused', async () => {
    const forwarded = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: JSON.stringify(activity('Hur går det?')) });
    expect(forwarded.status).toBe(403);
    expect(await send({ ...activity('Hur går det?'), serviceUrl: 'https://smba.trafficmanager.net/emea/' })).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.calls).toEqual([]);
  });

  it('rejects a request with a malformed authorization header', async () => {
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic abc' }, body: JSON.stringify(activity('hej')) });
    expect(response.status).toBe(401);
  });

  it('"digest …" subscribes the conversation to a weekly digest and keeps how to reach it', async () => {
    await send(activity('digest Kommunstyrelsen fredag 09:00'));
    const reply = await connector.waitFor((call) => call.body?.type === 'message');
    expect(reply.body.text).toMatch(/Veckobrev \d+: Kommunstyrelsen \(med underenheter\), fredag 09:00, svenska är startat/);
    const subscription = await store.connection.prisma.digestSubscription.findFirstOrThrow({ where: { platform: 'teams' } });
    expect(subscription).toMatchObject({ target: 'a:conversation-anna', weekday: 5, time: '09:00', createdBy: 'teams:aad-anna' });
    const reference = JSON.parse((await store.connection.prisma.teamsConversation.findUniqueOrThrow({ where: { conversationId: 'a:conversation-anna' } })).reference) as { serviceUrl: string };
    expect(reference.serviceUrl).toBe(connector.serviceUrl);
    connector.calls.length = 0;
    await send(activity('digest lista'));
    expect((await connector.waitFor((call) => call.body?.type === 'message')).body.text).toContain(`${subscription.id}: Kommunstyrelsen`);
  });

  it('once people are registered, denies a manager other organisations and refuses their approval', async () => {
    const people = createPrismaPeopleStore(store.connection.prisma);
    await people.savePerson({ email: 'anna@alingsas.se', name: 'Anna Andersson', role: 'manager', homeOrganisation: 'Kommunledningskontoret', teamsId: 'aad-anna' });
    await send(activity('Hur ligger Kommunstyrelsen till mot budget?'));
    const reply = await connector.waitFor((call) => call.body?.type === 'message' && Array.isArray(call.body.attachments));
    expect(spaced(cardOf(reply).body[0]!.text)).toContain('inte behörighet');
    expect(spaced(cardOf(reply))).not.toContain('70 328');
    // An unknown name is answered with the organisations she may see, and no others
    // (the one rule of the conversation core; Teams used to list none, Slack all).
    connector.calls.length = 0;
    await send(activity('org Ingenstans'));
    const unknown = (await connector.waitFor((call) => call.body?.type === 'message')).body.text as string;
    expect(unknown).toContain('finns inte');
    expect(unknown).toContain('Kommunledningskontoret');
    for (const name of ['Region Halland', 'Regionkontoret', 'Division Länsteknik', 'IT-förvaltningen', 'Kommunstyrelsen']) expect(unknown).not.toContain(name);
    connector.calls.length = 0;
    const draft = await store.connection.prisma.draft.create({ data: { organisationId: (await store.connection.prisma.organisation.findFirstOrThrow({ where: { name: 'Kommunstyrelsen' } })).id, year: 2024, month: 8, language: 'sv', text: 'x', engine: 'offline', evidence: '{"facts":[],"derivations":[],"quotes":[],"names":[],"missingCauses":[]}', createdBy: 'c' } });
    await send(activity('', { value: { action: 'approve_draft', draftId: draft.id } }));
    expect((await connector.waitFor((call) => call.body?.type === 'message')).body.text).toContain('Bara controllers');
    expect((await store.connection.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('draft');
    // Nor may a manager start or end digests.
    connector.calls.length = 0;
    await send(activity('digest Kommunledningskontoret'));
    expect((await connector.waitFor((call) => call.body?.type === 'message')).body.text).toContain('Bara controllers och administratörer');
    // Someone Utfall does not know gets the explanation and nothing else.
    connector.calls.length = 0;
    await send(activity('org Kommunstyrelsen', { user: 'stranger' }));
    await connector.waitFor((call) => call.body?.type === 'message');
    connector.calls.length = 0;
    await send(activity('Hur ligger vi till mot budget?', { user: 'stranger' }));
    const stranger = await connector.waitFor((call) => call.body?.type === 'message' && Array.isArray(call.body.attachments));
    expect(spaced(cardOf(stranger).body[0]!.text)).toContain('känner inte igen dig');
  });
});
