// `npm start` with Slack in HTTP mode, on a real store (PostgreSQL in the suite's
// second run), receives 60 questions as signed app_mention events, sent as Slack
// sends them: several at once, and again (X-Slack-Retry-Num) until acknowledged.
// The server is killed (SIGKILL) while questions are still being answered, and
// started again on the same port. Every question is answered in its thread exactly
// once: the fake Slack Web API keeps every message posted, heard or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { PHRASES } from '../../../src/adapters/slack/slack-phrases.js';
import { FAKE_BOT, slackSignatureHeaders, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { freePort, startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const SECRET = 'slack-crash-signing-secret';
const CHANNEL = 'C0CRASH';
const QUESTIONS = ['Hur ligger vi till mot budget på personalkostnaderna?', 'Vad är årsprognosen för intäkterna?', 'Vilka avdelningar har störst avvikelse?', 'Hur går det?', 'Varför avviker personalkostnaderna?', 'Vad är utfallet för lokalkostnaderna?'];
const USERS = Array.from({ length: 20 }, (_, index) => `U0ASKER${String(index).padStart(2, '0')}`);

let store: TestStore;
let slack: FakeSlackApi;
const servers: ServerProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const identities = createPrismaChatIdentityStore(store.connection.prisma);
  for (const user of USERS) await identities.setHomeOrganisation('slack', user, 'Kommunstyrelsen', user);
  slack = await startFakeSlackApi();
}, 60_000);

afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await slack?.close();
  await store?.cleanup();
});

interface Question {
  readonly ts: string;
  readonly body: string;
  acknowledged: boolean;
  tries: number;
}

/** Posts `question` as Slack does: again, with X-Slack-Retry-Num, until it is acknowledged with HTTP 200. */
async function deliver(endpoint: string, question: Question): Promise<void> {
  while (!question.acknowledged) {
    try {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...slackSignatureHeaders(SECRET, question.body), ...(question.tries > 0 ? { 'x-slack-retry-num': String(question.tries), 'x-slack-retry-reason': 'http_error' } : {}) }, body: question.body, signal: AbortSignal.timeout(10_000) });
      await response.text();
      if (response.status === 200) question.acknowledged = true;
    } catch {
      // Refused or cut off (the server is down): Slack tries again a little later.
    }
    question.tries += 1;
    if (!question.acknowledged) await sleep(500);
  }
}

describe('a Slack server killed under load', () => {
  it('answers every question exactly once after its restart', async () => {
    const port = await freePort();
    const env = { DATABASE_URL: store.databaseUrl, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-slack-crash', SLACK_API_URL: slack.url, SLACK_WORK_LEASE_SECONDS: '3', DIGEST_INTERVAL_SECONDS: '3600', LOG_LEVEL: 'warn' };
    const first = await startServerProcess(env, { port, startTimeoutMs: 120_000 });
    servers.push(first);
    const endpoint = `${first.base}/slack/events`;
    const base = Math.floor(Date.now() / 1000);
    const questions: Question[] = Array.from({ length: 60 }, (_, index) => {
      const ts = `${base}.${String(index + 1).padStart(6, '0')}`;
      const event = { type: 'app_mention', user: USERS[index % USERS.length], text: `<@${FAKE_BOT.userId}> ${QUESTIONS[index % QUESTIONS.length]}`, ts, channel: CHANNEL, event_ts: ts };
      const body = JSON.stringify({ token: 'unused', team_id: FAKE_BOT.teamId, api_app_id: 'A0UTFALL', event, type: 'event_callback', event_id: `EvCrash${index + 1}`, event_time: base, authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false, enterprise_id: null }] });
      return { ts, body, acknowledged: false, tries: 0 };
    });
    // Slack answers each post a little late, so that posts are in flight when the server dies.
    slack.failNext('chat.postMessage', { delayMs: 300 }, 1000);
    // Ten questions a second, as they come.
    const sending = Promise.all(questions.map(async (question, index) => {
      await sleep(index * 100);
      await deliver(endpoint, question);
    }));
    const repliesIn = (ts: string) => slack.messages.filter((message) => message.channel === CHANNEL && message.threadTs === ts);
    // Killed once some questions are answered and more are acknowledged but not yet answered.
    for (const deadline = Date.now() + 120_000; ; await sleep(20)) {
      const acknowledged = questions.filter((question) => question.acknowledged);
      const unanswered = acknowledged.filter((question) => repliesIn(question.ts).length === 0);
      if (questions.some((question) => repliesIn(question.ts).length > 0) && unanswered.length >= 5) break;
      if (Date.now() > deadline) throw new Error('the server never had answered and unanswered questions at once');
    }
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const atKill = { acknowledged: questions.filter((question) => question.acknowledged).length, answered: questions.filter((question) => repliesIn(question.ts).length > 0).length };

    const second = await startServerProcess(env, { port, startTimeoutMs: 120_000 });
    servers.push(second);
    await sending;
    const placeholder = PHRASES.placeholder;
    const finalReply = (question: Question) => {
      const replies = repliesIn(question.ts);
      return replies.length > 0 && replies.every((reply) => !reply.text.includes(placeholder));
    };
    for (const deadline = Date.now() + 150_000; !questions.every(finalReply); await sleep(100)) {
      if (Date.now() > deadline) throw new Error(`not every question was answered: ${questions.filter((question) => !finalReply(question)).length} of ${questions.length} left`);
    }
    // Resumed work has had time to post anything more it would.
    await sleep(4000);
    const counts = questions.map((question) => repliesIn(question.ts).length);
    console.info(`slack crash: ${atKill.acknowledged} acknowledged and ${atKill.answered} answered at the kill; replies per question after the restart: ${[...new Set(counts)].join(', ')}`);
    expect(atKill.acknowledged).toBeGreaterThan(atKill.answered);
    expect(counts.filter((count) => count !== 1)).toEqual([]);
    expect(await store.connection.prisma.slackWork.count({ where: { status: { not: 'done' } } })).toBe(0);
    await second.stop();
  }, 540_000);
});
