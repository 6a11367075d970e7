// The server under more questions than it answers: real HTTP to the web chat's API (the
// local trial, a session per sample person), with answering in a pool (a stand-in
// worker that answers on cue). Beyond a person's
// rate the answer is 429, beyond the pool's room 503, both at once and with Retry-After;
// /health answers while every worker is busy; a store held by an import is a clear 503.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnsweringPool, type AnsweringPool } from '../../../src/app/server/answering/create-answering-pool.js';
import { createWebChat } from '../../../src/adapters/web/create-web-chat.js';
import { createInMemoryPeopleStore } from '../../../src/core/access/in-memory-people-store.js';
import { loadConfig } from '../../../src/app/config/load-config.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createRateLimiter } from '../../../src/core/access/rate-limiter.js';
import type { AuditLog } from '../../../src/core/audit/audit-log.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import type { AskService } from '../../../src/core/answering/ask-service.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { PrismaSessionStore } from '../../../src/adapters/prisma/prisma-session-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';
import { webClient, type WebClient } from '../../support/web-client.js';

const FAKE_WORKER = new URL('../../support/fake-answer-worker.mjs', import.meta.url);
let store: TestStore;
let pool: AnsweringPool;
let server: Server;
let base: string;
// Questions whose text is "busy store" meet an import holding the store.
let askThrough: AskService;
const audit: AuditLog = { record: async () => {}, list: async () => [], get: async () => null, purge: async () => 0 };
const NAMES = ['Anna', 'Bo', 'Cecilia', 'David', 'Eva', 'Filip', 'Greta', 'Hanna', 'Ingrid'];
const clients = new Map<string, WebClient>();

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const home = (await figures.listOrganisations()).find((organisation) => organisation.name === 'Kommunstyrelsen')!;
  const people = createInMemoryPeopleStore(NAMES.map((name, index) => ({ id: -(index + 1), email: `${name.toLowerCase()}@example.se`, name, role: 'admin' as const, homeOrganisationId: home.id, grantedOrganisationIds: [], identities: [] })));
  pool = createAnsweringPool({ config: loadConfig({}), workers: 1, perWorker: 1, queue: 1, maxWaitMs: 10_000, logger: pino({ level: 'silent' }), workerUrl: FAKE_WORKER });
  await pool.ready();
  askThrough = {
    ask: (question) => (question.text === 'busy store' ? Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })) : pool.ask(question)),
  };
  const assistant = createAssistant({ ask: askThrough, people, figures, audit, rateLimit: createRateLimiter({ burst: 2, perMinute: 6 }) });
  const logger = pino({ level: 'silent' });
  const web = createWebChat({ mode: 'local' }, { assistant, drafts: createDraftService(figures, draftStore, undefined, assistant.authorise), figures, people, logger, sessionStore: new PrismaSessionStore(store.connection.prisma, 3_600_000) });
  const app = createApp({ logger, routers: [web], health: async () => ({ answering: pool.stats() }) });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Each sample person signed in once, as the page does.
  for (const name of NAMES) {
    const client = webClient(base);
    expect((await client.choose(`${name.toLowerCase()}@example.se`)).status).toBe(200);
    clients.set(name, client);
  }
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await pool?.close();
  await store?.cleanup();
});

async function ask(name: string, text: string, arrivals: string[] = []) {
  const response = await clients.get(name)!.post('/api/web/ask', { text });
  const body = (await response.json()) as { error?: string; text?: string; retryAfterSeconds?: number };
  arrivals.push(`${name} ${response.status}`);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

describe('the web API beyond its bounds', () => {
  it("answers a person's burst and refuses the rest with 429 and when to ask again", async () => {
    const replies = [];
    for (const text of ['wait:0', 'wait:0', 'wait:0']) replies.push(await ask('Anna', text));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 429]);
    expect(Number(replies[2]!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(replies[2]!.body.error).toMatch(/Du har ställt många frågor på kort tid\. Vänta \d+ s/);
  });

  it('refuses with 503 at once what the answering pool has no room for, and answers the rest', async () => {
    const arrivals: string[] = [];
    // One answered, one waiting; the other four are refused before the first answer is done.
    const replies = await Promise.all(['Bo', 'Cecilia', 'David', 'Eva', 'Filip', 'Greta'].map((name, index) => (index === 0 ? ask(name, 'wait:400', arrivals) : new Promise((resolve) => setTimeout(resolve, 20 * index)).then(() => ask(name, 'wait:0', arrivals)))));
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(2);
    const refused = replies.filter((reply) => reply.status === 503);
    expect(refused).toHaveLength(4);
    expect(refused.every((reply) => reply.retryAfter === '1' && /många frågor att svara på just nu/.test(reply.body.error ?? ''))).toBe(true);
    expect(arrivals.slice(0, 4).every((arrival) => arrival.endsWith('503'))).toBe(true);
  });

  it('answers /health while the worker is busy answering', async () => {
    const order: string[] = [];
    const slow = ask('Hanna', 'wait:300').then(() => order.push('answer'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await fetch(`${base}/health`).then((response) => response.json() as Promise<{ status: string; answering: { answering: number } }>);
    order.push('health');
    expect(health).toMatchObject({ status: 'ok', answering: { answering: 1 } });
    await slow;
    expect(order).toEqual(['health', 'answer']);
  });

  it('says the store is busy, with when to try again, instead of an error', async () => {
    const reply = await ask('Ingrid', 'busy store');
    expect(reply.status).toBe(503);
    expect(reply.retryAfter).toBe('30');
    expect(reply.body.error).toMatch(/nya siffror läses in/);
    expect(JSON.stringify(reply.body)).not.toMatch(/SQLITE|at .*\.ts/);
  });
});
