// Slack in Socket Mode (SLACK_APP_TOKEN set): Utfall opens the connection itself
// (apps.connections.open on the fake Web API, then a WebSocket to the fake Socket
// Mode server), acknowledges every envelope, and answers as in HTTP mode.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackChannel, type SlackChannel } from '../../../src/adapters/slack/create-slack-channel.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { FAKE_BOT, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { startFakeSlackSocket, type FakeSlackSocket } from '../../support/fake-slack-socket.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let socket: FakeSlackSocket;
let api: FakeSlackApi;
let channel: SlackChannel;
const spaced = (value: unknown) => JSON.stringify(value).replace(/\\u00a0|\u00A0/g, ' ');
let eventNumber = 0;

function directMessage(text: string, eventId = `EvSocket${(eventNumber += 1)}`) {
  return { token: 'unused', team_id: FAKE_BOT.teamId, api_app_id: 'A0UTFALL', type: 'event_callback', event_id: eventId, event_time: 1, event: { type: 'message', channel_type: 'im', user: 'U0SOCKET', text, ts: `1714000000.${String(eventNumber).padStart(6, '0')}`, channel: 'D0SOCKET' } };
}

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  socket = await startFakeSlackSocket();
  api = await startFakeSlackApi({ socketUrl: socket.url });
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const assistant = createAssistant({ ask: createAskService(figures), people: createPrismaPeopleStore(store.connection.prisma), figures, audit: createPrismaAuditLog(store.connection.prisma) });
  channel = createSlackChannel({ signingSecret: '', botToken: 'xoxb-socket-test', appToken: 'xapp-1-socket-test', apiUrl: api.url }, { assistant, drafts: createDraftService(figures, draftStore, undefined, assistant.authorise), figures, identities: createPrismaChatIdentityStore(store.connection.prisma), logger: pino({ level: process.env.DEBUG_SOCKET ? 'debug' : 'silent' }) });
  await channel.start();
  await socket.connected();
}, 60_000);

afterAll(async () => {
  await channel?.stop();
  await socket?.close();
  await api?.close();
  await store?.cleanup();
});

describe('Slack in Socket Mode', () => {
  it('opens the connection with the app-level token', () => {
    const open = api.calls.find((call) => call.method === 'apps.connections.open');
    expect(open?.response).toMatchObject({ ok: true, url: socket.url });
  });

  it('acknowledges an event envelope and answers the direct message through the Web API', async () => {
    const ack = await socket.waitForAck(socket.send('events_api', directMessage('org Kommunstyrelsen')));
    const reply = await api.waitFor((call) => (call.method === 'chat.postMessage' || call.method === 'chat.update') && spaced(call.body).includes('hemorganisation'), 10_000);
    // Acknowledged before the work is done: the envelope's ack is in before the reply is posted.
    expect(ack.receivedAt).toBeLessThanOrEqual(reply.receivedAt);
    await socket.waitForAck(socket.send('events_api', directMessage('Hur ligger vi till mot budget på personalkostnaderna?')));
    const answer = await api.waitFor((call) => (call.method === 'chat.postMessage' || call.method === 'chat.update') && spaced(call.body).includes('Personalkostnader'), 10_000);
    expect(answer.body.channel).toBe('D0SOCKET');
    expect(spaced(answer.body.blocks)).toContain('70 328 tkr');
  });

  it('answers /utfall through its response_url after acknowledging the envelope', async () => {
    const responseUrl = api.responseUrl();
    await socket.waitForAck(socket.send('slash_commands', { token: 'unused', team_id: FAKE_BOT.teamId, channel_id: 'C0SOCKET', user_id: 'U0SOCKET', user_name: 'socket', command: '/utfall', text: 'hjälp', api_app_id: 'A0UTFALL', response_url: responseUrl, trigger_id: 'trigger-socket' }));
    const help = await api.waitForReply((call) => call.method === 'response_url' && responseUrl.endsWith(call.path));
    expect(spaced(help.body.blocks)).toContain('/utfall digest');
  });

  it('answers an event Slack sends again (same event_id) once', async () => {
    const event = directMessage('Vad är årsprognosen för intäkterna?', 'EvSocketRetry');
    await socket.waitForAck(socket.send('events_api', event));
    await socket.waitForAck(socket.send('events_api', event, { retryAttempt: 1 }));
    await api.waitFor((call) => (call.method === 'chat.postMessage' || call.method === 'chat.update') && spaced(call.body).includes('intäkter'), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(api.calls.filter((call) => (call.method === 'chat.postMessage' || call.method === 'chat.update') && spaced(call.body).includes('intäkter'))).toHaveLength(1);
  });
});
