// The conversation core's shared scenarios (test/support/conversation-scenarios.ts)
// through Teams: real Activity JSON posted to /api/messages of the running app (the
// local trial), card submits for the draft buttons; replies read from the fake
// connector at the Activity's serviceUrl.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTeamsChannel } from '../../../src/adapters/teams/create-teams-channel.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { CONVERSATION_SCENARIOS, driveScenario, outcomeOfText, registerScenarioPeople, SCENARIO_PEOPLE, visibleText, type ChannelDriver, type ChannelResult, type ScenarioPerson } from '../../support/conversation-scenarios.js';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../../support/fake-teams-connector.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let server: Server;
let connector: FakeTeamsConnector;
let endpoint: string;
let activityNumber = 0;

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const people = createPrismaPeopleStore(store.connection.prisma);
  await registerScenarioPeople(people);
  const assistant = createAssistant({ ask: createAskService(figures), people, figures, audit: createPrismaAuditLog(store.connection.prisma) });
  const drafts = createDraftService(figures, createPrismaDraftStore(store.connection.prisma), undefined, assistant.authorise);
  const router = createTeamsChannel({ mode: 'local' }, { assistant, drafts, figures, identities: createPrismaChatIdentityStore(store.connection.prisma), logger: pino({ level: 'silent' }) });
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

type Card = { body?: { text?: string }[]; actions?: { data?: { action?: string; draftId?: number } }[] };

// Sends one Activity from `person` and reads Utfall's message back: a draft card by its buttons or status, anything else by its words.
async function send(person: ScenarioPerson, text: string, value?: Record<string, unknown>): Promise<ChannelResult> {
  activityNumber += 1;
  const { teamsId, name } = SCENARIO_PEOPLE[person];
  connector.calls.length = 0;
  const activity = {
    type: 'message',
    id: `scenario-${activityNumber}`,
    timestamp: new Date().toISOString(),
    serviceUrl: connector.serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${teamsId}`, name, aadObjectId: teamsId },
    conversation: { id: `a:conversation-${teamsId}`, conversationType: 'personal', tenantId: 'tenant' },
    recipient: { id: '28:utfall', name: 'Utfall' },
    text,
    ...(value ? { value } : {}),
    locale: 'sv-SE',
  };
  await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const reply = await connector.waitFor((call) => call.body?.type === 'message', 15_000);
  const card = reply.body.attachments?.[0]?.content as Card | undefined;
  const shown = card ? visibleText(card.body ?? []) : String(reply.body.text ?? '');
  const heading = /^Utkast (\d+) – .*\((draft|approved|replaced)\)/.exec(shown);
  if (heading) return { outcome: heading[2] === 'approved' ? 'approved' : 'draft', text: shown, draftId: Number(heading[1]) };
  return { outcome: outcomeOfText(shown), text: shown };
}

const teams: ChannelDriver = {
  ask: (person, text) => send(person, text),
  draft: (person, organisation, period) => send(person, `utkast ${organisation} ${period}`),
  approve: (person, draftId) => send(person, '', { action: 'approve_draft', draftId }),
  // Redigera's card: the edited text comes back with the Spara submit.
  revise: (person, draftId, text) => send(person, '', { action: 'revise_draft', draftId, text }),
};

describe('the conversation scenarios in Teams', () => {
  for (const scenario of CONVERSATION_SCENARIOS) it(scenario.name, () => driveScenario(teams, scenario), 30_000);
});
