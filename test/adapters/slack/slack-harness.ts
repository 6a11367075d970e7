// The Slack channel running for real: a migrated SQLite store with the sample data,
// the core services, the channel's router in the HTTP app on 127.0.0.1, and the fake
// Slack Web API. Requests are sent over HTTP, signed exactly as Slack signs them.
// Used by the integration tests and by scripts/bench-slack.ts.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { createSlackChannel, type SlackChannel } from '../../../src/adapters/slack/create-slack-channel.js';
import { createPrismaSlackWorkStore } from '../../../src/adapters/prisma/prisma-slack-work-store.js';
import type { ChatIdentityStore } from '../../../src/core/channels/chat-identity-store.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import type { PeopleStore } from '../../../src/core/access/people-store.js';
import type { AuditLog } from '../../../src/core/audit/audit-log.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService, type AskService } from '../../../src/core/answering/ask-service.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaDigestStore } from '../../../src/adapters/prisma/prisma-digest-store.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { FAKE_BOT, slackSignatureHeaders, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

export const SIGNING_SECRET = 'test-signing-secret-8f2a';

export interface SlackHarness {
  readonly fake: FakeSlackApi;
  readonly store: TestStore;
  readonly channel: SlackChannel;
  readonly identities: ChatIdentityStore;
  readonly people: PeopleStore;
  readonly audit: AuditLog;
  /** POST /slack/events of the running app. */
  readonly endpoint: string;
  /** Posts a raw body signed with the signing secret (or as `headers` override). */
  post(rawBody: string, contentType: string, headers?: Record<string, string>): Promise<Response>;
  /** An Events API event_callback, as JSON. */
  sendEvent(event: Record<string, unknown>, options?: { eventId?: string; retryNum?: number }): Promise<Response>;
  /** /utfall with `text` from `user`; replies go to the returned response_url on the fake. */
  sendCommand(text: string, user: string, options?: { channel?: string }): Promise<{ response: Response; responseUrl: string }>;
  /** An interactivity payload (block_actions, view_submission), form-encoded as payload=…. */
  sendInteraction(payload: Record<string, unknown>): Promise<Response>;
  close(): Promise<void>;
}

let eventNumber = 0;

/** Starts everything; `ask` may wrap the real AskService (a fake that fails or answers at length). */
export async function startSlackHarness(options: { ask?: (real: AskService) => AskService } = {}): Promise<SlackHarness> {
  const store = await createTestStore();
  await ensureStoreReady(store.connection);
  const fake = await startFakeSlackApi();
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const identities = createPrismaChatIdentityStore(store.connection.prisma);
  const realAsk = createAskService(figures);
  const logger = pino({ level: 'silent' });
  const people = createPrismaPeopleStore(store.connection.prisma);
  const audit = createPrismaAuditLog(store.connection.prisma);
  const assistant = createAssistant({ ask: options.ask ? options.ask(realAsk) : realAsk, people, figures, audit });
  const channel = createSlackChannel(
    { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token', apiUrl: fake.url },
    { assistant, drafts: createDraftService(figures, draftStore, undefined, assistant.authorise), figures, identities, logger, digests: createPrismaDigestStore(store.connection.prisma), work: { store: createPrismaSlackWorkStore(store.connection.prisma), leaseMs: 30_000, maxAttempts: 3 } },
  );
  await channel.start();
  const app = createApp({ logger, routers: [channel.router], health: async () => ({}) });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const post = (rawBody: string, contentType: string, headers: Record<string, string> = {}) =>
    fetch(endpoint, { method: 'POST', headers: { 'content-type': contentType, ...slackSignatureHeaders(SIGNING_SECRET, rawBody), ...headers }, body: rawBody });
  return {
    fake,
    store,
    channel,
    identities,
    people,
    audit,
    endpoint,
    post,
    sendEvent(event, eventOptions = {}) {
      eventNumber += 1;
      const body = {
        token: 'verification-token-unused',
        team_id: FAKE_BOT.teamId,
        api_app_id: 'A0UTFALL',
        event: { event_ts: event.ts, ...event },
        type: 'event_callback',
        event_id: eventOptions.eventId ?? `Ev${process.pid}${eventNumber}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false, enterprise_id: null }],
      };
      return post(JSON.stringify(body), 'application/json', eventOptions.retryNum ? { 'x-slack-retry-num': String(eventOptions.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {});
    },
    async sendCommand(text, user, commandOptions = {}) {
      const responseUrl = fake.responseUrl();
      const form = new URLSearchParams({
        token: 'verification-token-unused',
        team_id: FAKE_BOT.teamId,
        team_domain: 'utfall-test',
        channel_id: commandOptions.channel ?? 'C0BUDGET',
        channel_name: 'budget',
        user_id: user,
        user_name: user.toLowerCase(),
        command: '/utfall',
        // Slack escapes &, < and > in command text.
        text: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
        api_app_id: 'A0UTFALL',
        response_url: responseUrl,
        trigger_id: `trigger-${user}`,
      });
      return { response: await post(form.toString(), 'application/x-www-form-urlencoded'), responseUrl };
    },
    sendInteraction(payload) {
      return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    },
    async close() {
      await channel.stop();
      await new Promise((resolve) => server.close(resolve));
      await fake.close();
      await store.cleanup();
    },
  };
}
