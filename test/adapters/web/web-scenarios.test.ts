// The conversation core's shared scenarios (test/support/conversation-scenarios.ts)
// through the web chat's API: real HTTP with a session cookie and its CSRF token, in
// the local trial whose sample people are the scenarios' people. Someone the web chat
// does not know never reaches the core: without a session they are refused at the door
// (401), the web's way of saying it does not know them.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createWebChat } from '../../../src/adapters/web/create-web-chat.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createInMemoryPeopleStore } from '../../../src/core/access/in-memory-people-store.js';
import type { ReplyOutcome } from '../../../src/core/conversation/reply.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { PrismaSessionStore } from '../../../src/adapters/prisma/prisma-session-store.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { CONVERSATION_SCENARIOS, driveScenario, SCENARIO_PEOPLE, scenarioPersons, type ChannelDriver, type ChannelResult, type ScenarioPerson } from '../../support/conversation-scenarios.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';
import { webClient, type WebClient } from '../../support/web-client.js';

let store: TestStore;
let server: Server;
let base: string;
const clients = new Map<ScenarioPerson, WebClient>();

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const people = createInMemoryPeopleStore(scenarioPersons(await figures.listOrganisations()));
  const assistant = createAssistant({ ask: createAskService(figures), people, figures, audit: createPrismaAuditLog(store.connection.prisma) });
  const drafts = createDraftService(figures, createPrismaDraftStore(store.connection.prisma), undefined, assistant.authorise);
  const logger = pino({ level: 'silent' });
  const web = createWebChat({ mode: 'local' }, { assistant, drafts, figures, people, logger, sessionStore: new PrismaSessionStore(store.connection.prisma, 3_600_000) });
  const app = createApp({ logger, routers: [web], health: async () => ({}) });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await store?.cleanup();
});

// One session per person: a chosen sample person, or (the stranger) a session with nobody in it.
async function clientOf(person: ScenarioPerson): Promise<WebClient> {
  let client = clients.get(person);
  if (!client) {
    client = webClient(base);
    if (SCENARIO_PEOPLE[person].role === null) await client.session();
    else if (!(await client.choose(SCENARIO_PEOPLE[person].email)).ok) throw new Error(`${person} could not be chosen`);
    clients.set(person, client);
  }
  return client;
}

// A response read back: success by the route, a refusal or error by its status.
async function read(response: Response, success: (body: Record<string, unknown>) => ChannelResult): Promise<ChannelResult> {
  const body = (await response.json()) as Record<string, unknown>;
  if (response.ok) return success(body);
  const text = [body.error, ...((body.options as string[] | undefined) ?? [])].join(' ');
  const outcome: ReplyOutcome = response.status === 401 || response.status === 403 ? 'denied' : response.status === 409 && body.options ? 'clarify' : 'error';
  return { outcome, text };
}

type DraftJson = { id: number; text: string; status: string };

const web: ChannelDriver = {
  async ask(person, text) {
    const response = await (await clientOf(person)).post('/api/web/ask', { text });
    return read(response, (body) => ({ outcome: body.status as ReplyOutcome, text: String(body.text) }));
  },
  async draft(person, organisation, period) {
    const response = await (await clientOf(person)).post('/api/web/drafts', { organisation, period });
    return read(response, (body) => {
      const draft = body.draft as DraftJson;
      return { outcome: 'draft', text: draft.text, draftId: draft.id };
    });
  },
  async revise(person, draftId, text) {
    const response = await (await clientOf(person)).post(`/api/web/drafts/${draftId}/revise`, { text });
    return read(response, (body) => {
      const draft = body.draft as DraftJson;
      return { outcome: 'draft', text: draft.text, draftId: draft.id };
    });
  },
  async approve(person, draftId) {
    const response = await (await clientOf(person)).post(`/api/web/drafts/${draftId}/approve`, {});
    return read(response, (body) => ({ outcome: body.approved === true ? 'approved' : 'error', text: String(body.approvedBy) }));
  },
};

describe('the conversation scenarios in the web chat', () => {
  for (const scenario of CONVERSATION_SCENARIOS) it(scenario.name, () => driveScenario(web, scenario, { signedOut: ['stranger'] }), 30_000);
});
