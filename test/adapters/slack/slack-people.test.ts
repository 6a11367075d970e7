// Issue 7 tried as a new user would, in Slack: people registered with the CLI, a
// manager asks in Slack about their own organisation (answered) and another
// (denied, nothing leaked), may not approve drafts, and an admin reads the audit
// trail of both questions with the CLI. Real signed HTTP to the running channel;
// the CLI's commands run in this process (runProgram) on the same store.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { FAKE_BOT, type SlackApiCall } from '../../support/fake-slack-api.js';
import { runCli } from '../../support/run-cli.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let harness: SlackHarness;
let tsNumber = 0;
const nextTs = () => `1713000000.${String((tsNumber += 1)).padStart(6, '0')}`;
const spaced = (value: unknown) => JSON.stringify(value).replace(/\\u00a0|\u00A0/g, ' ');

async function cli(args: string[]) {
  const result = await runCli(args, { DATABASE_URL: harness.store.databaseUrl });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

async function directMessage(text: string, user: string): Promise<SlackApiCall> {
  const channel = `D0${user}`;
  expect((await harness.sendEvent({ type: 'message', channel_type: 'im', user, text, ts: nextTs(), channel })).status).toBe(200);
  return harness.fake.waitForReply((call) => call.method === 'chat.postMessage' && call.body.channel === channel);
}

function click(actionId: string, value: string, user: string, responseUrl: string) {
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_BOT.teamId },
    api_app_id: 'A0UTFALL',
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: nextTs(), channel_id: 'C0BUDGET', is_ephemeral: true },
    trigger_id: `trigger-${user}-${nextTs()}`,
    team: { id: FAKE_BOT.teamId, domain: 'utfall-test' },
    channel: { id: 'C0BUDGET', name: 'budget' },
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b1', action_id: actionId, text: { type: 'plain_text', text: 'x' }, value, action_ts: nextTs() }],
  };
}

beforeAll(async () => {
  harness = await startSlackHarness();
  await cli(['user', 'add', '--email', 'maja@alingsas.se', '--name', 'Maja Manager', '--slack', 'U0MAJA', '--org', 'IT-förvaltningen', '--role', 'manager']);
  await cli(['user', 'add', '--email', 'karl@alingsas.se', '--name', 'Karl Controller', '--slack', 'U0KARL', '--org', 'Kommunstyrelsen', '--role', 'controller']);
  await cli(['user', 'add', '--email', 'admin@alingsas.se', '--name', 'Ada Admin', '--org', 'Kommunstyrelsen', '--role', 'admin']);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => {
  harness.fake.calls.length = 0;
});

describe('a registered manager in Slack', () => {
  it('is answered about their own organisation with the figures the engine finds for it', async () => {
    const question = 'Hur ligger vi till mot budget på personalkostnaderna?';
    const reply = await directMessage(question, 'U0MAJA');
    // The same question put to the engine directly, with Maja's home organisation.
    const expected = await createAskService(createPrismaFigureStore(harness.store.connection.prisma)).askNamingHome({ text: question, homeOrganisation: 'IT-förvaltningen' });
    expect(expected.status).toBe('answered');
    expect(spaced(reply.body.blocks)).toContain('IT-förvaltningen');
    const firstLine = expected.text.split('\n')[0]!.replace(/\u00A0/g, ' ');
    for (const number of firstLine.match(/[−-]?\d[\d ]*(,\d+)?/g) ?? []) expect(spaced(reply.body.blocks)).toContain(number.trim());
  });

  it('is denied another organisation without learning its figures', async () => {
    const reply = await directMessage('Hur ligger Kommunstyrelsen till mot budget på personalkostnaderna?', 'U0MAJA');
    expect(spaced(reply.body.blocks)).toContain('inte behörighet');
    expect(spaced(reply.body.blocks)).not.toContain('70 328');
    expect(reply.body.blocks.flatMap((block: { elements?: unknown[] }) => block.elements ?? [])).not.toContainEqual(expect.objectContaining({ action_id: 'utfall_show_facts' }));
  });

  it('may not draft for another organisation, nor approve one of another organisation', async () => {
    const { responseUrl } = await harness.sendCommand('utkast Kommunstyrelsen 2024-08', 'U0MAJA');
    const refused = await harness.fake.waitForReply((call) => call.method === 'response_url' && responseUrl.endsWith(call.path));
    expect(spaced(refused.body)).toContain('inte behörighet');
    expect(await harness.store.connection.prisma.draft.count({ where: { createdBy: 'slack:U0MAJA' } })).toBe(0);

    // Karl, controller of Kommunstyrelsen, drafts; Maja clicks Godkänn on it.
    const drafted = await harness.sendCommand('utkast Kommunstyrelsen 2024-08', 'U0KARL');
    const draftCall = await harness.fake.waitForReply((call) => call.method === 'response_url' && drafted.responseUrl.endsWith(call.path));
    const draft = await harness.store.connection.prisma.draft.findFirstOrThrow({ where: { createdBy: 'slack:U0KARL' } });
    expect(spaced(draftCall.body.blocks)).toContain(`Utkast ${draft.id}`);
    const majaUrl = harness.fake.responseUrl();
    await harness.sendInteraction(click('utfall_approve_draft', JSON.stringify({ d: draft.id }), 'U0MAJA', majaUrl));
    const notice = await harness.fake.waitForReply((call) => call.method === 'response_url' && majaUrl.endsWith(call.path));
    expect(notice.body.text).toContain('Bara controllers');
    expect((await harness.store.connection.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('draft');
    // Karl may.
    const karlUrl = harness.fake.responseUrl();
    await harness.sendInteraction(click('utfall_approve_draft', JSON.stringify({ d: draft.id }), 'U0KARL', karlUrl));
    await harness.fake.waitForReply((call) => call.method === 'response_url' && karlUrl.endsWith(call.path));
    expect(await harness.store.connection.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'approved', approvedBy: 'slack:U0KARL' });
  });

  it('is refused a draft and a digest of every other organisation, however it is named', async () => {
    const others = ['Kommunstyrelsen', 'KS', 'kommunstyrelsen', 'Kommunledningskontoret', 'Exploateringsverksamheten', 'Regionkontoret', 'RK', 'Division Länsteknik', 'TESSA', 'Region Halland', 'Säkerhetsavdelningen'];
    for (const name of others) {
      for (const text of [`utkast ${name} 2024-08`, `digest ${name} måndag 08:00`]) {
        const { responseUrl } = await harness.sendCommand(text, 'U0MAJA');
        const reply = spaced((await harness.fake.waitForReply((call) => call.method === 'response_url' && responseUrl.endsWith(call.path))).body);
        expect(reply, text).toMatch(/inte behörighet|Bara controllers och administratörer/);
        expect(reply, text).not.toMatch(/\d tkr|\d mnkr/);
      }
    }
    expect(await harness.store.connection.prisma.draft.count({ where: { createdBy: 'slack:U0MAJA' } })).toBe(0);
    expect(await harness.store.connection.prisma.digestSubscription.count({ where: { createdBy: 'slack:U0MAJA' } })).toBe(0);
  });

  it('"Visa underlag" clicked by someone else shows only what that person may see', async () => {
    const { responseUrl } = await harness.sendCommand('Hur ligger vi till mot budget på personalkostnaderna?', 'U0KARL');
    const answer = await harness.fake.waitForReply((call) => call.method === 'response_url' && responseUrl.endsWith(call.path));
    const showFacts = answer.body.blocks.flatMap((block: { elements?: { action_id: string; value: string }[] }) => block.elements ?? []).find((element: { action_id: string }) => element.action_id === 'utfall_show_facts');
    expect(showFacts).toBeDefined();
    const majaUrl = harness.fake.responseUrl();
    await harness.sendInteraction(click('utfall_show_facts', showFacts.value, 'U0MAJA', majaUrl));
    const facts = await harness.fake.waitForReply((call) => call.method === 'response_url' && majaUrl.endsWith(call.path));
    // Karl's question was about Kommunstyrelsen (his home); for Maja it is asked again within her scope.
    expect(spaced(facts.body)).not.toContain('Kommunstyrelsen / Personalkostnader');
  });

  it('sees their home organisation on record in App Home', async () => {
    await harness.sendEvent({ type: 'app_home_opened', user: 'U0MAJA', channel: 'D0MAJA', tab: 'home', ts: nextTs() });
    const published = await harness.fake.waitForReply((call) => call.method === 'views.publish' && call.body.user_id === 'U0MAJA');
    expect(spaced(published.body.view)).toContain('Din hemorganisation är *IT-förvaltningen*');
  });

  it('an unknown Slack user gets an explanation and no figures', async () => {
    await harness.sendCommand('org Kommunstyrelsen', 'U0STRANGER');
    harness.fake.calls.length = 0;
    const reply = await directMessage('Hur ligger vi till mot budget på personalkostnaderna?', 'U0STRANGER');
    expect(spaced(reply.body.blocks)).toContain('känner inte igen dig');
    expect(spaced(reply.body.blocks)).not.toMatch(/\d+ tkr/);
  });
});

describe('weekly digests from Slack', () => {
  const command = async (text: string, user: string) => {
    const { responseUrl } = await harness.sendCommand(text, user);
    return spaced((await harness.fake.waitForReply((call) => call.method === 'response_url' && responseUrl.endsWith(call.path))).body);
  };

  it('a controller starts one for the channel; a manager may neither start nor end one, not even for their own organisation', async () => {
    expect(await command('digest Kommunstyrelsen fredag 09:00', 'U0KARL')).toMatch(/Veckobrev \d+: Kommunstyrelsen \(med underenheter\), fredag 09:00, svenska är startat/);
    const subscription = await harness.store.connection.prisma.digestSubscription.findFirstOrThrow({ where: { createdBy: 'slack:U0KARL' } });
    expect(subscription).toMatchObject({ platform: 'slack', target: 'C0BUDGET', weekday: 5, time: '09:00' });
    for (const text of ['digest Kommunstyrelsen', 'digest IT-förvaltningen måndag 08:00', `digest ta bort ${subscription.id}`]) expect(await command(text, 'U0MAJA')).toContain('Bara controllers och administratörer');
    expect(await harness.store.connection.prisma.digestSubscription.count()).toBe(1);
    // Anyone in the channel may see what it gets.
    expect(await command('digest lista', 'U0MAJA')).toContain(`${subscription.id}: Kommunstyrelsen`);
    expect(await command(`digest ta bort ${subscription.id}`, 'U0KARL')).toContain('är avslutat');
    expect(await harness.store.connection.prisma.digestSubscription.count()).toBe(0);
  });
});

describe('the admin reading the audit trail', () => {
  it('lists both of the manager’s Slack questions by her email, answered and denied, and shows the facts of the answered one', async () => {
    const lines = (await cli(['audit', 'list', '--as', 'maja@alingsas.se'])).trim().split('\n');
    const own = lines.find((line) => line.includes('Hur ligger vi till mot budget på personalkostnaderna?'));
    const other = lines.find((line) => line.includes('Hur ligger Kommunstyrelsen till'));
    expect(own).toMatch(/slack\s+slack:U0MAJA\s+answered/);
    expect(other).toMatch(/slack\s+slack:U0MAJA\s+denied/);
    // Nobody else's questions are in Maja's list.
    expect(lines.every((line) => line.includes('slack:U0MAJA'))).toBe(true);
    const entry = JSON.parse(await cli(['audit', 'show', own!.trim().split(/\s+/)[0]!])) as { evidence: { facts: { org: string }[] }; organisations: string[] };
    expect(entry.evidence.facts.length).toBeGreaterThan(0);
    expect(entry.evidence.facts.every((fact) => fact.org === 'IT-förvaltningen')).toBe(true);
    const denied = JSON.parse(await cli(['audit', 'show', other!.trim().split(/\s+/)[0]!])) as { status: string; evidence: { facts: unknown[] } };
    expect(denied).toMatchObject({ status: 'denied', evidence: { facts: [] } });
  });
});
