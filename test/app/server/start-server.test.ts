// `npm start` as an operator runs it: the composition root in its own process, on a
// real store, with Slack configured against the local fake Web API. With Slack
// configured it is a real installation: no local trial, so neither a web chat without
// sign-in nor an anonymous Teams endpoint; a signed Slack event is answered, and
// SIGTERM stops it cleanly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT, slackSignatureHeaders, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const SIGNING_SECRET = 'server-test-signing-secret';
let store: TestStore;
let fake: FakeSlackApi;
let server: ServerProcess;
let base: string;
let output = '';

beforeAll(async () => {
  store = await createTestStore();
  fake = await startFakeSlackApi();
  server = await startServerProcess({ DATABASE_URL: store.databaseUrl, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-server-test', SLACK_API_URL: fake.url, LOG_LEVEL: 'warn' });
  base = server.base;
  // The web chat's line is written right after the started line and may arrive in the next chunk of the pipe.
  for (let waited = 0; !server.output().includes('Web chat:') && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  output = server.output();
}, 90_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  await fake?.close();
  await store?.cleanup();
});

describe('npm start', () => {
  it('names every channel it started, and why the web chat is off, and reports them on /health', async () => {
    expect(output).toMatch(/Utfall started on http:\/\/localhost:\d+ \(Slack; store/);
    expect(output).toContain('Web chat: off — no sign-in configured (WEB_OIDC_ISSUER, …) and no local trial: a chat platform is configured');
    const health = (await (await fetch(`${base}/health`)).json()) as { status: string; channels: string[]; answering: { workers: number } };
    expect(health).toMatchObject({ status: 'ok', channels: ['Slack'] });
    // Answering runs in worker threads; /health says so from memory, without counting figures.
    expect(health.answering.workers).toBeGreaterThan(0);
    // The bot token was checked against the Web API at start.
    expect(fake.calls.some((call) => call.method === 'auth.test')).toBe(true);
  });

  it('answers a signed Slack direct message through the running process', async () => {
    const event = (text: string, id: string) => JSON.stringify({ token: 'unused', team_id: FAKE_BOT.teamId, api_app_id: 'A0UTFALL', type: 'event_callback', event_id: id, event_time: Math.floor(Date.now() / 1000), event: { type: 'message', channel_type: 'im', user: 'U0OPERATOR', text, ts: `${Date.now() / 1000}`, channel: 'D0OPERATOR' } });
    const post = (body: string) => fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackSignatureHeaders(SIGNING_SECRET, body) }, body });
    expect((await post(event('org Kommunstyrelsen', 'EvServer1'))).status).toBe(200);
    await fake.waitFor((call) => call.method === 'chat.postMessage' && JSON.stringify(call.body).includes('hemorganisation'));
    expect((await post(event('Hur ligger vi till mot budget på personalkostnaderna?', 'EvServer2'))).status).toBe(200);
    // On a busy machine a slow answer comes as "Utfall räknar …" updated in place (over 800 ms): either way it is answered.
    const answer = await fake.waitFor((call) => (call.method === 'chat.postMessage' || call.method === 'chat.update') && JSON.stringify(call.body).includes('Personalkostnader'));
    expect(answer.body.channel).toBe('D0OPERATOR');
    // A request that is not Slack's is refused.
    const forged = event('Hur ligger vi till?', 'EvServer3');
    expect((await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackSignatureHeaders('wrong-secret-123', forged) }, body: forged })).status).toBe(401);
  });

  it('serves neither a web chat nor a Teams endpoint', async () => {
    expect((await fetch(base)).status).toBe(404);
    expect((await fetch(`${base}/api/web/session`)).status).toBe(404);
    expect((await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' })).status).toBe(404);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await server.stop()).toBe(0);
  }, 20_000);
});
