// Replays of signed Slack requests: the very bytes Slack signed, sent again within the
// five minutes Bolt accepts, and requests dated in the future. A replay is
// acknowledged and does nothing; a future date is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT, slackSignatureHeaders } from '../../support/fake-slack-api.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

let harness: SlackHarness;
const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));
// A slow answer first posts "Utfall räknar …" and then replaces it (replace_original); each handling starts with one post that replaces nothing.
const handlings = (responseUrl: string) => harness.fake.calls.filter((call) => call.method === 'response_url' && responseUrl.endsWith(call.path) && call.body?.replace_original !== true);
const FORM = 'application/x-www-form-urlencoded';

/** A /utfall command as Slack sends it, with its own response_url and trigger_id. */
function commandBody(text: string, responseUrl: string): string {
  return new URLSearchParams({ token: 'unused', team_id: FAKE_BOT.teamId, team_domain: 'utfall-test', channel_id: 'C0BUDGET', channel_name: 'budget', user_id: 'U0REPLAY', user_name: 'replay', command: '/utfall', text, api_app_id: 'A0UTFALL', response_url: responseUrl, trigger_id: `trigger-${responseUrl}` }).toString();
}

/** The same raw body with the same signature and timestamp, `times` times. */
async function sendSigned(body: string, times: number, timestamp = Math.floor(Date.now() / 1000)): Promise<number[]> {
  const headers = { 'content-type': FORM, ...slackSignatureHeaders(SIGNING_SECRET, body, timestamp) };
  const statuses: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const response = await fetch(harness.endpoint, { method: 'POST', headers, body });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

beforeAll(async () => {
  harness = await startSlackHarness();
  expect((await harness.sendCommand('org Kommunstyrelsen', 'U0REPLAY')).response.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

describe('replayed Slack requests', () => {
  it('answers a slash command sent five times with the same signature once', async () => {
    const responseUrl = harness.fake.responseUrl('replayed-command');
    const statuses = await sendSigned(commandBody('Hur ligger vi till mot budget på personalkostnaderna?', responseUrl), 5);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await harness.fake.waitFor((call) => call.method === 'response_url' && responseUrl.endsWith(call.path));
    await settle();
    expect(handlings(responseUrl)).toHaveLength(1);
  });

  it('acts once on an interaction replayed with the same signature', async () => {
    const responseUrl = harness.fake.responseUrl('replayed-click');
    const payload = { type: 'block_actions', user: { id: 'U0REPLAY', username: 'replay', team_id: FAKE_BOT.teamId }, api_app_id: 'A0UTFALL', token: 'unused', trigger_id: 'trigger-replayed-click', team: { id: FAKE_BOT.teamId, domain: 'utfall-test' }, channel: { id: 'C0BUDGET', name: 'budget' }, container: { type: 'message', message_ts: '1712000000.000001', channel_id: 'C0BUDGET', is_ephemeral: true }, response_url: responseUrl, actions: [{ type: 'button', block_id: 'b1', action_id: 'utfall_ask_option_0', text: { type: 'plain_text', text: 'Kommunstyrelsen' }, value: JSON.stringify({ q: 'Hur går det för Kommunstyrelsen?', o: 'Kommunstyrelsen' }), action_ts: '1712000000.000002' }] };
    const statuses = await sendSigned(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 3);
    expect(statuses).toEqual([200, 200, 200]);
    await harness.fake.waitFor((call) => call.method === 'response_url' && responseUrl.endsWith(call.path));
    await settle();
    expect(handlings(responseUrl)).toHaveLength(1);
  });

  it('still answers two distinct commands with the same text (each has its own trigger_id)', async () => {
    const first = harness.fake.responseUrl('distinct-1');
    const second = harness.fake.responseUrl('distinct-2');
    await sendSigned(commandBody('hjälp', first), 1);
    await sendSigned(commandBody('hjälp', second), 1);
    await harness.fake.waitFor((call) => call.method === 'response_url' && first.endsWith(call.path));
    await harness.fake.waitFor((call) => call.method === 'response_url' && second.endsWith(call.path));
  });

  it('refuses a request dated more than five minutes in the future, and accepts one within the window', async () => {
    const later = harness.fake.responseUrl('future');
    const future = await sendSigned(commandBody('hjälp', later), 1, Math.floor(Date.now() / 1000) + 10 * 60);
    expect(future).toEqual([401]);
    const soon = harness.fake.responseUrl('soon');
    expect(await sendSigned(commandBody('hjälp', soon), 1, Math.floor(Date.now() / 1000) + 60)).toEqual([200]);
    await harness.fake.waitFor((call) => call.method === 'response_url' && soon.endsWith(call.path));
    await settle();
    expect(harness.fake.calls.some((call) => call.method === 'response_url' && later.endsWith(call.path))).toBe(false);
  });
});
