// Slack end to end: real HTTP requests to POST /slack/events of the running app,
// signed as Slack signs them; replies captured by the fake Web API and response_urls.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskService } from '../../../src/core/answering/ask-service.js';
import { FAKE_BOT, slackSignatureHeaders, type SlackApiCall } from '../../support/fake-slack-api.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

// A fake around the real AskService: two marker questions answer slowly or at length, one fails.
const LONG_ANSWER = Array.from({ length: 400 }, (_, index) => `Rad ${index}: kostnader & intäkter <ej> klara, se ”bilaga” och fortsätt läsa.`).join('\n');
function fakeAsk(real: AskService): AskService {
  return {
    async ask(question) {
      if (question.text.includes('KRASCH')) throw new Error('database exploded at /srv/utfall/secret.ts:12');
      const answer = await real.ask(question);
      if (question.text.includes('LÅNGT SVAR')) return { ...answer, status: 'answered', text: LONG_ANSWER };
      if (question.text.includes('LÅNGSAMT')) await new Promise((resolve) => setTimeout(resolve, 1200));
      return answer;
    },
  };
}

let harness: SlackHarness;
let tsNumber = 0;
const nextTs = () => `1712000000.${String((tsNumber += 1)).padStart(6, '0')}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Block Kit JSON as the fake parsed it
type Blocks = any[];
const spaced = (value: unknown) => JSON.stringify(value).replace(/\\u00a0|\u00A0/g, ' ');
const buttonsOf = (blocks: Blocks): { action_id: string; value: string; text: { text: string } }[] => blocks.filter((block) => block.type === 'actions').flatMap((block) => block.elements);
const sectionTexts = (blocks: Blocks): string[] => blocks.filter((block) => block.type === 'section').map((block) => block.text.text as string);
const calls = (method: string) => harness.fake.calls.filter((call) => call.method === method);
const toResponseUrl = (url: string) => (call: SlackApiCall) => call.method === 'response_url' && url.endsWith(call.path);
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

function mention(text: string, options: { user?: string; channel?: string; ts?: string; thread_ts?: string } = {}) {
  return { type: 'app_mention', user: options.user ?? 'U0ANNA', text: `<@${FAKE_BOT.userId}> ${text}`, ts: options.ts ?? nextTs(), channel: options.channel ?? 'C0BUDGET', ...(options.thread_ts ? { thread_ts: options.thread_ts } : {}) };
}
function directMessage(text: string, options: { user?: string; channel?: string } = {}) {
  return { type: 'message', channel_type: 'im', user: options.user ?? 'U0ANNA', text, ts: nextTs(), channel: options.channel ?? 'D0ANNA' };
}
function click(button: { action_id: string; value: string }, options: { user?: string; responseUrl?: string; channel?: string; message?: { ts: string; thread_ts?: string } } = {}) {
  const user = options.user ?? 'U0ANNA';
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_BOT.teamId },
    api_app_id: 'A0UTFALL',
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: options.message?.ts ?? '1712000000.999999', channel_id: options.channel ?? 'C0BUDGET', is_ephemeral: !options.message },
    trigger_id: `trigger-${user}-${nextTs()}`,
    team: { id: FAKE_BOT.teamId, domain: 'utfall-test' },
    channel: { id: options.channel ?? 'C0BUDGET', name: 'budget' },
    ...(options.message ? { message: { type: 'message', bot_id: FAKE_BOT.botId, ...options.message } } : {}),
    response_url: options.responseUrl ?? harness.fake.responseUrl(),
    actions: [{ type: 'button', block_id: 'b1', action_id: button.action_id, text: { type: 'plain_text', text: 'x' }, value: button.value, action_ts: nextTs() }],
  };
}
function submission(view: { private_metadata: string; blocks: Blocks }, text: string, user = 'U0ANNA') {
  return {
    type: 'view_submission',
    team: { id: FAKE_BOT.teamId, domain: 'utfall-test' },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_BOT.teamId },
    api_app_id: 'A0UTFALL',
    token: 'verification-token-unused',
    trigger_id: `trigger-${nextTs()}`,
    view: { id: 'V0EDIT', team_id: FAKE_BOT.teamId, type: 'modal', callback_id: 'utfall_revise_draft', private_metadata: view.private_metadata, blocks: view.blocks, state: { values: { text_0: { text: { type: 'plain_text_input', value: text } } } }, hash: 'h' },
    response_urls: [],
  };
}
async function command(text: string, user = 'U0ANNA'): Promise<SlackApiCall> {
  const { response, responseUrl } = await harness.sendCommand(text, user);
  expect(response.status).toBe(200);
  return harness.fake.waitForReply(toResponseUrl(responseUrl));
}
async function draftFromCommand(user = 'U0ANNA'): Promise<{ id: number; call: SlackApiCall }> {
  const call = await command('utkast Kommunstyrelsen 2024-08', user);
  const approve = buttonsOf(call.body.blocks).find((button) => button.action_id === 'utfall_approve_draft')!;
  return { id: (JSON.parse(approve.value) as { d: number }).d, call };
}

beforeAll(async () => {
  harness = await startSlackHarness({ ask: fakeAsk });
  // Anna's home organisation is set the way a user sets it.
  await command('org Kommunstyrelsen', 'U0ANNA');
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => {
  harness.fake.calls.length = 0;
});

afterEach(() => {
  // Nothing Utfall sent would have been rejected by Slack.
  expect(harness.fake.calls.flatMap((call) => call.violations.map((violation) => `${call.method}: ${violation}`))).toEqual([]);
});

describe('request verification', () => {
  it('answers the url_verification challenge', async () => {
    const response = await harness.post(JSON.stringify({ token: 't', challenge: 'c4ll3ng3', type: 'url_verification' }), 'application/json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'c4ll3ng3' });
  });

  it('refuses a request with a bad signature with 401 and does nothing', async () => {
    const body = JSON.stringify({ type: 'event_callback', event_id: 'EvBAD', team_id: FAKE_BOT.teamId, event: directMessage('Hur går det?') });
    const response = await harness.post(body, 'application/json', { 'x-slack-signature': `v0=${'0'.repeat(64)}` });
    expect(response.status).toBe(401);
    await settle(200);
    expect(harness.fake.calls).toEqual([]);
  });

  it('refuses a correctly signed request older than five minutes with 401', async () => {
    const body = JSON.stringify({ type: 'event_callback', event_id: 'EvOLD', team_id: FAKE_BOT.teamId, event: directMessage('Hur går det?') });
    const response = await harness.post(body, 'application/json', slackSignatureHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 301));
    expect(response.status).toBe(401);
  });
});

describe('questions', () => {
  it('tells a user without a home organisation to set one with /utfall org, and nothing else', async () => {
    expect((await harness.sendEvent(directMessage('Hur går det?', { user: 'U0NY', channel: 'D0NY' }))).status).toBe(200);
    const reply = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    expect(reply.body.text).toContain('/utfall org');
    await settle();
    expect(harness.fake.calls.map((call) => call.method)).toEqual(['chat.postMessage']);
  });

  it('/utfall org sets the home organisation; an unknown name lists the organisations that exist', async () => {
    expect((await command('org ks', 'U0BERIT')).body.text).toContain('Din hemorganisation är nu *Kommunstyrelsen*');
    expect((await harness.identities.getIdentity('slack', 'U0BERIT'))?.homeOrganisation).toBe('Kommunstyrelsen');
    const unknown = await command('org Atlantis', 'U0BERIT');
    expect(unknown.body.response_type).toBe('ephemeral');
    expect(spaced(unknown.body.blocks)).toContain('Atlantis');
    expect(spaced(unknown.body.blocks)).toContain('Region Halland');
    expect(spaced(unknown.body.blocks)).toContain('Kommunledningskontoret');
  });

  it('answers a mention in the thread of the message, with the figure, its sources and "Visa underlag"', async () => {
    const asked = mention('Hur ligger vi till mot budget på personalkostnaderna?');
    const response = await harness.sendEvent(asked);
    expect(response.status).toBe(200);
    const reply = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    expect(reply.body).toMatchObject({ channel: 'C0BUDGET', thread_ts: asked.ts });
    expect(spaced(sectionTexts(reply.body.blocks))).toContain('Personalkostnader, Kommunstyrelsen');
    expect(spaced(sectionTexts(reply.body.blocks))).toContain('70 328 tkr');
    expect(spaced(reply.body.blocks)).toContain('Underlag: Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift');
    expect(buttonsOf(reply.body.blocks).map((button) => button.text.text)).toEqual(['Visa underlag']);
  });

  it('answers a direct message in the conversation, not in a thread', async () => {
    await harness.sendEvent(directMessage('Hur ligger vi till mot budget på personalkostnaderna?'));
    const reply = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    expect(reply.body.channel).toBe('D0ANNA');
    expect(reply.body.thread_ts).toBeUndefined();
    expect(spaced(reply.body.blocks)).toContain('70 328 tkr');
  });

  it('ignores its own messages, other bots and edited messages', async () => {
    await harness.sendEvent({ ...directMessage('Utfall räknar …'), user: FAKE_BOT.userId, bot_id: FAKE_BOT.botId });
    await harness.sendEvent({ ...directMessage('hej'), subtype: 'message_changed' });
    await harness.sendEvent({ ...mention('Hur går det?'), bot_id: 'B0OTHER' });
    await settle();
    expect(calls('chat.postMessage')).toEqual([]);
  });

  it('/utfall <question> is acknowledged at once and answered privately through the response_url', async () => {
    const call = await command('Hur ligger vi till mot budget på personalkostnaderna?');
    expect(call.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(spaced(call.body.blocks)).toContain('70 328 tkr');
  });

  it('acknowledges before the work is done, and shows "Utfall räknar …" while a slow answer is computed, then updates it in place', async () => {
    const response = await harness.sendEvent(mention('LÅNGSAMT Hur ligger vi till mot budget på personalkostnaderna?'));
    // Acknowledged before the answer exists: the answer goes out later, as an update.
    // (Order, not milliseconds: a wall-clock bound fails on a busy machine.)
    expect(response.status).toBe(200);
    expect(calls('chat.update')).toEqual([]);
    const placeholder = await harness.fake.waitFor((call) => call.method === 'chat.postMessage');
    expect(placeholder.body.text).toBe('Utfall räknar …');
    const update = await harness.fake.waitFor((call) => call.method === 'chat.update', 5000);
    expect(update.body).toMatchObject({ channel: 'C0BUDGET', ts: placeholder.response.ts });
    expect(spaced(update.body.blocks)).toContain('70 328 tkr');
    expect(calls('chat.postMessage')).toHaveLength(1);
    // What the other tests wait for (waitForReply, as a loaded machine may make any answer slow): the
    // message that replaced the placeholder, where the placeholder was.
    const seen = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    expect(seen.body.channel).toBe('C0BUDGET');
    expect(spaced(seen.body.blocks)).toContain('70 328 tkr');
  });

  it('/utfall hjälp lists the commands', async () => {
    const call = await command('hjälp');
    for (const text of ['/utfall org', '/utfall utkast', '/utfall hjälp']) expect(spaced(call.body.blocks)).toContain(text);
  });

  it('"Visa underlag" shows every fact and derivation with its exact value and unit, privately', async () => {
    const answer = await command('Hur ligger vi till mot budget på personalkostnaderna?');
    const [showFacts] = buttonsOf(answer.body.blocks);
    const responseUrl = harness.fake.responseUrl();
    expect((await harness.sendInteraction(click(showFacts!, { responseUrl }))).status).toBe(200);
    const facts = await harness.fake.waitForReply(toResponseUrl(responseUrl));
    expect(facts.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const text = spaced(sectionTexts(facts.body.blocks));
    // In words: what each figure is, its value as the report prints it, the report and section.
    expect(text).toContain('• *Kommunstyrelsen › Personalkostnader* – Utfall jan–aug 2024 · `−70 328 tkr` (källa: Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift)');
    expect(text).toContain('Avvikelse mot budget jan–aug 2024 · `5 484 tkr`');
    expect(text).toContain('_Not: rapporten anger 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, skillnaden är avrundning_');
    expect(text).not.toMatch(/\.txt|-\d|actual/u);
  });

  it('a clarifying question offers its options as buttons, and a click answers the question with that option in the thread', async () => {
    const asked = mention('Vad har IT kostat hittills i år?');
    await harness.sendEvent(asked);
    const clarify = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    const options = buttonsOf(clarify.body.blocks).filter((button) => button.action_id.startsWith('utfall_ask_option_'));
    expect(options.map((button) => button.text.text)).toEqual(['IT-infrastruktur', 'Tele- och IT-kommunikation', 'Hyra/leasing av IT-inventarier']);
    harness.fake.calls.length = 0;
    await harness.sendInteraction(click(options[0]!, { message: { ts: '1700000000.000777', thread_ts: asked.ts } }));
    const answer = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    expect(answer.body).toMatchObject({ channel: 'C0BUDGET', thread_ts: asked.ts });
    expect(spaced(answer.body.blocks)).toContain('IT-infrastruktur, Kommunstyrelsen, januari–augusti 2024: utfall 3 839 tkr');
  });

  it('splits a very long answer into sections, every block within Slack’s limits', async () => {
    await harness.sendEvent(directMessage('LÅNGT SVAR Hur går det?'));
    const reply = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    const sections = sectionTexts(reply.body.blocks);
    expect(sections.length).toBeGreaterThan(10);
    for (const section of sections) expect(section.length).toBeLessThanOrEqual(3000);
    expect(reply.body.blocks.length).toBeLessThanOrEqual(50);
    expect(reply.body.text.length).toBeLessThanOrEqual(3000);
    const unescaped = sections.join('\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(unescaped).toBe(LONG_ANSWER);
    expect(reply.violations).toEqual([]);
  });
});

describe('retries and errors', () => {
  it('replies exactly once to an event Slack delivers twice (X-Slack-Retry-Num: 1, same event_id)', async () => {
    const event = directMessage('Hur ligger vi till mot budget på personalkostnaderna?', { channel: 'D0RETRY' });
    const eventId = `EvRETRY${Date.now()}`;
    expect((await harness.sendEvent(event, { eventId })).status).toBe(200);
    expect((await harness.sendEvent(event, { eventId, retryNum: 1 })).status).toBe(200);
    await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    await settle(500);
    expect(calls('chat.postMessage').filter((call) => call.body.channel === 'D0RETRY')).toHaveLength(1);
  });

  it('shows a failure as a short Swedish message with a reference, never a stack trace', async () => {
    await harness.sendEvent(directMessage('KRASCH'));
    const reply = await harness.fake.waitForReply((call) => call.method === 'chat.postMessage');
    expect(reply.body.text).toMatch(/^Något gick fel, och felet är loggat \(referens [0-9a-f]{8}\)\. Försök igen om en stund\.$/);
    expect(spaced(reply.body)).not.toContain('exploded');
    expect(spaced(reply.body)).not.toContain('.ts:');
    const failedCommand = await command('KRASCH');
    expect(failedCommand.body).toMatchObject({ response_type: 'ephemeral' });
    expect(failedCommand.body.text).toContain('referens');
  });
});

describe('drafts', () => {
  it('/utfall utkast drafts privately with Godkänn, Skriv om and Redigera; with "post" it goes to the channel', async () => {
    const { id, call } = await draftFromCommand();
    expect(call.body.response_type).toBe('ephemeral');
    expect(buttonsOf(call.body.blocks).map((button) => button.text.text)).toEqual(['Godkänn', 'Skriv om', 'Redigera']);
    expect(spaced(call.body.blocks)).toContain(`Utkast ${id} – Kommunstyrelsen, 2024-08`);
    expect(spaced(call.body.blocks)).toContain('70 328 tkr');
    expect(await harness.store.connection.prisma.draft.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'draft', createdBy: 'slack:U0ANNA' });
    const posted = await command('utkast KS 2024-08 post');
    expect(posted.body.response_type).toBe('in_channel');
  });

  it('refuses a draft for an unknown organisation or a malformed period with how to write it', async () => {
    expect(spaced((await command('utkast Atlantis 2024-08')).body.blocks)).toContain('Organisationer som finns');
    expect(spaced((await command('utkast Kommunstyrelsen 2024-8')).body.blocks)).toContain('ÅÅÅÅ-MM');
    expect(spaced((await command('utkast Kommunstyrelsen')).body.blocks)).toContain('/utfall utkast');
  });

  it('Godkänn approves the draft with the Slack user as approver and shows the approval in place of the buttons', async () => {
    const { id, call } = await draftFromCommand();
    const approve = buttonsOf(call.body.blocks).find((button) => button.text.text === 'Godkänn')!;
    const responseUrl = harness.fake.responseUrl();
    expect((await harness.sendInteraction(click(approve, { user: 'U0BERIT', responseUrl }))).status).toBe(200);
    const updated = await harness.fake.waitForReply(toResponseUrl(responseUrl));
    expect(updated.body.replace_original).toBe(true);
    expect(spaced(updated.body.blocks)).toContain('Godkänt av <@U0BERIT>');
    expect(buttonsOf(updated.body.blocks)).toEqual([]);
    expect(await harness.store.connection.prisma.draft.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'approved', approvedBy: 'slack:U0BERIT' });
    const againUrl = harness.fake.responseUrl();
    await harness.sendInteraction(click(approve, { responseUrl: againUrl }));
    const again = await harness.fake.waitForReply(toResponseUrl(againUrl));
    expect(again.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(again.body.text).toContain('redan godkänt');
  });

  it('Skriv om composes a fresh draft in place of the message', async () => {
    const { id, call } = await draftFromCommand();
    const rewrite = buttonsOf(call.body.blocks).find((button) => button.text.text === 'Skriv om')!;
    const responseUrl = harness.fake.responseUrl();
    await harness.sendInteraction(click(rewrite, { responseUrl }));
    const updated = await harness.fake.waitForReply(toResponseUrl(responseUrl));
    expect(updated.body.replace_original).toBe(true);
    expect(spaced(updated.body.blocks)).toContain(`Utkast ${id + 1} – Kommunstyrelsen, 2024-08`);
  });

  it('Redigera opens a modal with the text; an accepted rewording is stored as a revision and replaces the message', async () => {
    const { id, call } = await draftFromCommand();
    const edit = buttonsOf(call.body.blocks).find((button) => button.text.text === 'Redigera')!;
    const responseUrl = harness.fake.responseUrl();
    await harness.sendInteraction(click(edit, { responseUrl }));
    const opened = await harness.fake.waitForReply((call) => call.method === 'views.open');
    const view = opened.body.view;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'utfall_revise_draft', title: { text: 'Redigera utkast' } });
    const inputs = view.blocks.filter((block: { type: string }) => block.type === 'input');
    const original = await harness.store.connection.prisma.draft.findUniqueOrThrow({ where: { id } });
    // The inputs, joined with the separators the split removed, give the draft's text back.
    const separators = (JSON.parse(view.private_metadata) as { s: string[] }).s;
    expect(inputs.map((block: { element: { initial_value: string } }, index: number) => `${index === 0 ? '' : separators[index - 1]}${block.element.initial_value}`).join('')).toBe(original.text);
    expect(inputs.every((block: { element: { max_length: number } }) => block.element.max_length === 3000)).toBe(true);

    const reworded = `Sammanfattning för ledningen. ${original.text.split('\n\n')[0]!}`;
    const response = await harness.sendInteraction(submission(view, reworded));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const updated = await harness.fake.waitForReply(toResponseUrl(responseUrl));
    expect(updated.body.replace_original).toBe(true);
    expect(spaced(updated.body.blocks)).toContain('Ändringen är sparad.');
    expect(spaced(updated.body.blocks)).toContain('Sammanfattning för ledningen.');
    const revision = await harness.store.connection.prisma.draft.findFirstOrThrow({ where: { revisesId: id } });
    expect(revision).toMatchObject({ text: reworded, engine: 'person', createdBy: 'slack:U0ANNA', status: 'draft' });
    expect((await harness.store.connection.prisma.draft.findUniqueOrThrow({ where: { id } })).status).toBe('replaced');
  });

  it('a revision with a number the draft’s facts do not back is refused in the modal, and nothing is stored', async () => {
    const { id, call } = await draftFromCommand();
    const edit = buttonsOf(call.body.blocks).find((button) => button.text.text === 'Redigera')!;
    await harness.sendInteraction(click(edit));
    const opened = await harness.fake.waitForReply((call) => call.method === 'views.open');
    const response = await harness.sendInteraction(submission(opened.body.view, 'Personalkostnaderna blev 99 999 tkr, långt över budget.'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors.text_0).toContain('Sparades inte');
    expect(body.errors.text_0).toContain('99 999');
    expect(await harness.store.connection.prisma.draft.findFirst({ where: { revisesId: id } })).toBeNull();
  });
});

describe('App Home', () => {
  it('publishes the user’s home organisation and what Utfall can do', async () => {
    await harness.sendEvent({ type: 'app_home_opened', user: 'U0ANNA', channel: 'D0ANNA', tab: 'home' });
    const published = await harness.fake.waitForReply((call) => call.method === 'views.publish');
    expect(published.body.user_id).toBe('U0ANNA');
    expect(published.body.view.type).toBe('home');
    expect(spaced(published.body.view.blocks)).toContain('Din hemorganisation är *Kommunstyrelsen*');
    expect(spaced(published.body.view.blocks)).toContain('/utfall utkast');
  });
});
