// npm run bench:slack — the Slack channel under a burst: a temporary SQLite store with
// the sample data, the fake Slack Web API and the channel's router in the HTTP app,
// then BENCH_SLACK_EVENTS (default 200) signed direct-message events sent at once,
// each with its own event_id, from users whose home organisation is set. Measures how
// long each acknowledgement (the HTTP response) takes, counts the replies that reach
// the fake API, then delivers a quarter of the events again as Slack retries
// (X-Slack-Retry-Num: 1) and checks that none is answered twice.
// The requests are sent from a worker thread, as Slack sends them from elsewhere:
// a client on the server's own event loop would measure its own waiting too.
// Target: every acknowledgement under 300 ms; exactly one reply per event.
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { startSlackHarness } from '../test/adapters/slack/slack-harness.js';
import { FAKE_BOT, slackSignatureHeaders } from '../test/support/fake-slack-api.js';
import { SIGNING_SECRET } from '../test/adapters/slack/slack-harness.js';

const EVENTS = Number(process.env.BENCH_SLACK_EVENTS ?? 200);
const USERS = 50;
const ACK_TARGET_MS = 300;
const QUESTIONS = ['Hur ligger vi till mot budget på personalkostnaderna?', 'Vilka poster avviker mest?', 'Vad är årsprognosen för intäkterna?', 'Hur går det?'];

interface SignedRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
}

// The worker posts every request at once and reports each status and latency. First it
// opens as many keep-alive connections with GET /health: fetch loading itself and TCP
// connection setup on the loopback are the client's time, not Utfall's.
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const health = new URL('/health', workerData.url);
Promise.all(workerData.requests.map(() => fetch(health).then((response) => response.text()))).then(() => Promise.all(workerData.requests.map(async (request) => {
  const sent = performance.now();
  const response = await fetch(workerData.url, { method: 'POST', headers: request.headers, body: request.body });
  await response.text();
  return { status: response.status, latency: performance.now() - sent };
}))).then((results) => parentPort.postMessage(results));
`;

function sendFromWorker(url: string, requests: readonly SignedRequest[]): Promise<{ status: number; latency: number }[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData: { url, requests } });
    worker.once('message', (results: { status: number; latency: number }[]) => void worker.terminate().then(() => resolve(results)));
    worker.once('error', reject);
  });
}

/** An event_callback body signed as Slack signs it. */
function signed(event: Record<string, unknown>, eventId: string, retryNum?: number): SignedRequest {
  const body = JSON.stringify({ type: 'event_callback', team_id: FAKE_BOT.teamId, api_app_id: 'A0UTFALL', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event });
  return { body, headers: { 'content-type': 'application/json', ...slackSignatureHeaders(SIGNING_SECRET, body), ...(retryNum ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}) } };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const harness = await startSlackHarness();
try {
  for (let user = 0; user < USERS; user += 1) await harness.identities.setHomeOrganisation('slack', `U0BENCH${user}`, 'Kommunstyrelsen', `bench ${user}`);
  const runId = Date.now().toString(36);
  const events = Array.from({ length: EVENTS }, (_, index) => ({
    eventId: `EvBENCH${runId}${index}`,
    event: { type: 'message', channel_type: 'im', user: `U0BENCH${index % USERS}`, channel: `D0BENCH${index}`, text: QUESTIONS[index % QUESTIONS.length], ts: `1713000000.${String(index).padStart(6, '0')}` },
  }));
  // Warm-up outside the measurement: the first event pays for auth.test and lazy module loading.
  await harness.sendEvent({ type: 'message', channel_type: 'im', user: 'U0BENCH0', channel: 'D0WARM', text: 'Hur går det?', ts: '1712999999.000001' });
  await harness.fake.waitFor((call) => call.method === 'chat.postMessage' && call.body.channel === 'D0WARM', 10_000);
  harness.fake.calls.length = 0;

  const started = performance.now();
  const acks = await sendFromWorker(harness.endpoint, events.map(({ event, eventId }) => signed(event, eventId)));
  const replies = () => harness.fake.calls.filter((call) => call.method === 'chat.postMessage' && String(call.body.channel).startsWith('D0BENCH'));
  const deadline = Date.now() + 60_000;
  while (replies().length < EVENTS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const allReplied = performance.now() - started;

  // A quarter of the events again, as Slack's retries: same event_id, X-Slack-Retry-Num: 1.
  const retries = events.filter((_, index) => index % 4 === 0);
  const retryAcks = (await sendFromWorker(harness.endpoint, retries.map(({ event, eventId }) => signed(event, eventId, 1)))).map((ack) => ack.status);
  await new Promise((resolve) => setTimeout(resolve, 1000));

  const latencies = acks.map((ack) => ack.latency).sort((a, b) => a - b);
  const perChannel = new Map<string, number>();
  for (const call of replies()) perChannel.set(call.body.channel, (perChannel.get(call.body.channel) ?? 0) + 1);
  const doubled = [...perChannel.values()].filter((count) => count > 1).length;
  const rejected = harness.fake.calls.filter((call) => call.violations.length > 0 || call.response?.ok === false).length;
  const failedAcks = [...acks.map((ack) => ack.status), ...retryAcks].filter((status) => status !== 200).length;
  const answered = replies().filter((call) => /\d/.test(JSON.stringify(call.body.blocks))).length;

  console.log(`Slack channel burst: ${EVENTS} signed message events at once (${USERS} users), then ${retries.length} retries`);
  console.log(`  ack latency   p50 ${percentile(latencies, 0.5).toFixed(1)} ms   p99 ${percentile(latencies, 0.99).toFixed(1)} ms   max ${latencies.at(-1)!.toFixed(1)} ms   (target: all < ${ACK_TARGET_MS} ms)`);
  console.log(`  non-200 acks  ${failedAcks}`);
  console.log(`  replies       ${replies().length} of ${EVENTS} delivered to the fake Slack API (${answered} with figures), all within ${allReplied.toFixed(0)} ms`);
  console.log(`  doubled       ${doubled} conversations answered more than once (after ${retries.length} retries)`);
  console.log(`  rejected      ${rejected} API calls Slack would have refused`);
  const ok = latencies.at(-1)! < ACK_TARGET_MS && failedAcks === 0 && replies().length === EVENTS && perChannel.size === EVENTS && doubled === 0 && rejected === 0;
  console.log(ok ? 'PASS' : 'FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  await harness.close();
}
