// The conversation core on its own: turns in, replies out, with people, chat
// identities and drafts in memory, over the sample figures (in a real SQLite store: the
// question engine and the draft composer read them as they would in production). The shared scenarios
// (test/support/conversation-scenarios.ts) run here against the core directly, as the
// Slack, Teams and web tests run them through their channels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createInMemoryPeopleStore } from '../../../src/core/access/in-memory-people-store.js';
import { createConversation, type Conversation } from '../../../src/core/conversation/create-conversation.js';
import { outcomeOf, type Reply } from '../../../src/core/conversation/reply.js';
import type { Turn, TurnRequest } from '../../../src/core/conversation/turn.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { CONVERSATION_SCENARIOS, driveScenario, SCENARIO_PEOPLE, scenarioPersons, type ChannelDriver, type ScenarioPerson } from '../../support/conversation-scenarios.js';
import { createInMemoryChatIdentityStore } from '../../support/in-memory-chat-identity-store.js';
import { createInMemoryDraftStore } from '../../support/in-memory-draft-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let registered: Conversation;
let fresh: Conversation;

function turn(person: ScenarioPerson | string, what: TurnRequest, place: Partial<Turn['where']> = {}): Turn {
  const id = person in SCENARIO_PEOPLE ? SCENARIO_PEOPLE[person as ScenarioPerson].slackId : person;
  return { who: { platform: 'slack', id }, where: { markup: 'plain', ...place }, what };
}

/** The text a reply shows, whatever its kind. */
function textOf(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
      return reply.answer.text;
    case 'draft':
      return `${reply.note ?? ''} ${reply.draft.text}`;
    case 'clarify':
      return `${reply.text} ${reply.options.map((option) => option.label).join(' ')}`;
    case 'help':
      return '';
    default:
      return reply.text;
  }
}

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const audit = createPrismaAuditLog(store.connection.prisma);
  const ask = createAskService(figures);
  const build = (people: ReturnType<typeof createInMemoryPeopleStore>) => {
    const assistant = createAssistant({ ask, people, figures, audit });
    return createConversation({ assistant, drafts: createDraftService(figures, createInMemoryDraftStore(figures), undefined, assistant.authorise), figures, identities: createInMemoryChatIdentityStore() });
  };
  registered = build(createInMemoryPeopleStore(scenarioPersons(await figures.listOrganisations())));
  // A fresh installation: nobody registered yet.
  fresh = build(createInMemoryPeopleStore([]));
}, 60_000);

afterAll(async () => {
  await store?.cleanup();
});

describe('the shared scenarios, against the core', () => {
  const core: ChannelDriver = {
    ask: async (person, text) => result(await registered.handle(turn(person, { kind: 'text', text }))),
    draft: async (person, organisation, period) => result(await registered.handle(turn(person, { kind: 'text', text: `utkast ${organisation} ${period}` }))),
    revise: async (person, draftId, text) => result(await registered.handle(turn(person, { kind: 'revise', draftId, text }))),
    approve: async (person, draftId) => result(await registered.handle(turn(person, { kind: 'approve', draftId }))),
  };
  const result = (reply: Reply) => ({ outcome: outcomeOf(reply), text: textOf(reply), ...(reply.kind === 'draft' ? { draftId: reply.draft.id } : {}) });
  for (const scenario of CONVERSATION_SCENARIOS) it(scenario.name, () => driveScenario(core, scenario));
});

describe('the conversation core', () => {
  it('reads the same commands in every channel, and writes them as the channel does', async () => {
    expect(outcomeOf(await fresh.handle(turn('U0NEW', { kind: 'text', text: 'hjälp' })))).toBe('notice');
    const slack = await fresh.handle(turn('U0NEW', { kind: 'text', text: 'utkast Kommunstyrelsen' }, { markup: 'mrkdwn', commandPrefix: '/utfall ' }));
    expect(slack).toMatchObject({ kind: 'error', problem: 'usage' });
    expect(textOf(slack)).toContain('`/utfall utkast <organisation> <ÅÅÅÅ-MM>`');
    expect(textOf(await fresh.handle(turn('U0NEW', { kind: 'text', text: 'utkast Kommunstyrelsen' })))).toContain('"utkast <organisation> <ÅÅÅÅ-MM>"');
  });

  it('before anyone is registered, asks a chat user to choose a home organisation, then answers for it', async () => {
    expect(textOf(await fresh.handle(turn('U0NEW', { kind: 'text', text: 'Hur går det?' })))).toContain('org <namn>');
    expect(textOf(await fresh.handle(turn('U0NEW', { kind: 'text', text: 'org ks' }, { markup: 'mrkdwn' })))).toBe('Din hemorganisation är nu *Kommunstyrelsen*.');
    const answer = await fresh.handle(turn('U0NEW', { kind: 'text', text: 'Hur ligger vi till mot budget på personalkostnaderna?' }));
    expect(answer).toMatchObject({ kind: 'answer', homeOrganisation: 'Kommunstyrelsen' });
    expect(textOf(answer).replace(/\u00A0/g, ' ')).toContain('70 328 tkr');
  });

  it('after, tells someone unknown that it does not know them, whether or not they chose an organisation', async () => {
    const asked = await registered.handle(turn('U0NOBODY', { kind: 'text', text: 'Hur går det?' }));
    expect(outcomeOf(asked)).toBe('denied');
    await registered.handle(turn('U0NOBODY', { kind: 'text', text: 'org Kommunstyrelsen' }));
    expect(outcomeOf(await registered.handle(turn('U0NOBODY', { kind: 'text', text: 'Hur går det?' })))).toBe('denied');
  });

  it('checks the period before the organisation, and the organisation before the permission', async () => {
    expect(await registered.handle(turn('manager', { kind: 'text', text: 'utkast Atlantis 2024-8' }))).toMatchObject({ kind: 'error', problem: 'bad_period' });
    expect(await registered.handle(turn('manager', { kind: 'text', text: 'utkast Atlantis 2024-08' }))).toMatchObject({ kind: 'error', problem: 'unknown_organisation' });
    expect(await registered.handle(turn('manager', { kind: 'text', text: 'utkast Exploateringsverksamheten 2024-08' }))).toMatchObject({ kind: 'denied', reason: 'not_allowed' });
  });

  it('lists only the organisations the asker may see when a name is unknown', async () => {
    const text = textOf(await registered.handle(turn('manager', { kind: 'text', text: 'org Atlantis' })));
    expect(text).toContain('Kommunledningskontoret');
    for (const other of ['Kommunstyrelsen', 'Region Halland', 'IT-förvaltningen']) expect(text).not.toContain(other);
  });

  it('offers a choice, never a guess, when words fit several organisations, with the words that choose each', async () => {
    const reply = await registered.handle(turn('admin', { kind: 'text', text: 'utkast HR 2024-10 post' }, { canPost: true }));
    expect(reply.kind).toBe('clarify');
    if (reply.kind !== 'clarify') return;
    expect(reply.options.map((option) => option.text).sort()).toEqual(['utkast Gemensamma tjänster – HR 2024-10 post', 'utkast Regionkontoret – HR 2024-10 post']);
    // Nobody sees an organisation outside their scope among the choices.
    expect(await registered.handle(turn('manager', { kind: 'text', text: 'utkast HR 2024-10' }))).toMatchObject({ kind: 'error', problem: 'unknown_organisation' });
  });

  it('finds a form\'s line by its words, and never tells a line name of an organisation the asker may not see', async () => {
    const drafted = await registered.handle({ ...turn('controller', { kind: 'draft', organisation: 'Kommunstyrelsen', period: '2024-08', item: 'personalkostnader' }), language: 'en' });
    expect(drafted).toMatchObject({ kind: 'draft', draft: { item: 'Personalkostnader', language: 'en' } });
    expect(await registered.handle(turn('controller', { kind: 'draft', organisation: 'Kommunstyrelsen', period: '2024-08', item: 'Atlantis' }))).toMatchObject({ kind: 'error', problem: 'unknown_item' });
    expect(await registered.handle(turn('manager', { kind: 'draft', organisation: 'Kommunstyrelsen', period: '2024-08', item: 'Atlantis' }))).toMatchObject({ kind: 'denied', hidden: true });
  });

  it('rewrites a draft as a new one, for those who may see it only', async () => {
    const first = await registered.handle(turn('controller', { kind: 'text', text: 'utkast KS 2024-08' }));
    if (first.kind !== 'draft') throw new Error(textOf(first));
    const again = await registered.handle(turn('boardManager', { kind: 'rewrite', draftId: first.draft.id }));
    expect(again).toMatchObject({ kind: 'draft', action: 'created', draft: { organisation: 'Kommunstyrelsen', createdBy: 'slack:U0KARIN' } });
    expect(await registered.handle(turn('manager', { kind: 'rewrite', draftId: first.draft.id }))).toMatchObject({ kind: 'denied', hidden: true });
    // She sees it, so she is told who may edit it rather than that it does not exist.
    const edit = await registered.handle(turn('boardManager', { kind: 'edit', draftId: first.draft.id }));
    expect(edit).toMatchObject({ kind: 'denied', reason: 'not_allowed' });
    expect(edit.kind === 'denied' && edit.hidden).toBeFalsy();
  });

  it('answers a draft number that Utfall never wrote, or that does not exist, with words', async () => {
    for (const draftId of ['abc', 1.5, -4, 99_999_999_999]) expect(await registered.handle(turn('controller', { kind: 'approve', draftId }))).toMatchObject({ kind: 'error', text: 'Utkastets nummer är inte giltigt.' });
    expect(await registered.handle(turn('controller', { kind: 'approve', draftId: 2_000_000_000 }))).toMatchObject({ kind: 'error', problem: 'no_draft' });
  });

  it('sends a draft to the whole conversation only where asked and where the channel can', () => {
    const place = { canPost: true };
    expect(registered.audience(turn('controller', { kind: 'text', text: 'utkast KS 2024-08 post' }, place))).toBe('conversation');
    expect(registered.audience(turn('controller', { kind: 'text', text: 'utkast KS 2024-08 post' }))).toBe('asker');
    expect(registered.audience(turn('controller', { kind: 'text', text: 'utkast KS 2024-08' }, place))).toBe('asker');
  });
});
