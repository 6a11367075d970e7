// Sending digests through the real WebClient to the fake Slack Web API over real
// HTTP: what is posted and uploaded, and how each kind of Slack failure ends.
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDigestSender, type SlackDigestSenderOptions } from '../../../../src/adapters/slack/digest/send-slack-digest.js';
import { FAKE_UPLOAD_METHOD, startFakeSlackApi, type FakeSlackApi } from '../../../support/fake-slack-api.js';
import { sampleDigest, samplePng } from '../../../support/sample-digest.js';

const RETRY = { attempts: 3, baseDelayMs: 100, maxDelayMs: 5000 };

let fake: FakeSlackApi;
let sleeps: number[];
// The pacing clock: it moves only when the sender sleeps, so waits are exact on a busy machine too.
let clock: number;

function sender(options: Partial<SlackDigestSenderOptions> = {}) {
  return createSlackDigestSender({ botToken: 'xoxb-test', apiUrl: fake.url, logger: pino({ level: 'silent' }), retry: RETRY, now: () => clock, sleep: async (ms) => void (sleeps.push(ms), (clock += ms)), ...options });
}

const callsOf = (method: string) => fake.calls.filter((call) => call.method === method);

beforeAll(async () => {
  fake = await startFakeSlackApi();
});

afterAll(async () => {
  await fake?.close();
});

beforeEach(() => {
  fake.reset();
  sleeps = [];
  clock = 1_000_000;
});

describe('createSlackDigestSender().send', () => {
  it('posts the digest to the channel and shares the chart PNG in its thread', async () => {
    const png = samplePng();
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), png);
    const [post] = callsOf('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0EKONOMI', text: expect.stringContaining('Veckobrev vecka 48') });
    expect(post!.body.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Veckobrev vecka 48: Kommunstyrelsen' } });
    expect(post!.violations).toEqual([]);
    expect(outcome).toEqual({ status: 'sent', messageTs: post!.response.ts, fileId: fake.uploads[0]!.fileId });
    const [upload] = fake.uploads;
    expect(upload).toMatchObject({ filename: 'utfall-2026-W48.png', length: png.length, isPng: true, completed: true, channelId: 'C0EKONOMI', threadTs: post!.response.ts, title: 'Avvikelse mot budget', initialComment: 'Avvikelse mot budget' });
    expect(upload!.bytes!.equals(png)).toBe(true);
    // Amounts are written with a no-break space before the unit, as on the chart.
    expect(upload!.altText!.replace(/[\u00a0\u202f]/g, ' ')).toBe('Stapeldiagram: Avvikelse mot budget (Prognos mot budget, mnkr). 3 staplar, störst avvikelse först: Personalkostnader −4,5 mnkr (sämre än budget); Kost & städ +1,2 mnkr (bättre än budget); Övriga kostnader +0,3 mnkr (bättre än budget).');
    expect(fake.calls.map((call) => call.method)).toEqual(['chat.postMessage', 'files.getUploadURLExternal', FAKE_UPLOAD_METHOD, 'files.completeUploadExternal']);
    // Sharing the file posts into the channel, so it waits for the channel's next slot (1 100 ms by default).
    expect(sleeps).toEqual([1100]);
  });

  it('posts only the summary line, without the chart, when nothing is new', async () => {
    const outcome = await sender().send('C0EKONOMI', sampleDigest({ nothingNew: true, summary: 'Inget nytt sedan förra veckan.' }), samplePng());
    expect(outcome).toMatchObject({ status: 'sent' });
    expect(callsOf('chat.postMessage')[0]!.body.blocks).toHaveLength(1);
    expect(fake.uploads).toEqual([]);
  });

  it('waits exactly the Retry-After of a 429 and then sends', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 3 });
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'sent' });
    expect(sleeps).toEqual([3000]);
    expect(callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('backs off with jitter after 5xx answers and sends on the third try', async () => {
    fake.failNext('chat.postMessage', { status: 500 }, 2);
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'sent' });
    expect(callsOf('chat.postMessage')).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(50);
    expect(sleeps[0]).toBeLessThanOrEqual(100);
    expect(sleeps[1]).toBeGreaterThanOrEqual(100);
    expect(sleeps[1]).toBeLessThanOrEqual(200);
  });

  it('gives up at once with permanent_failure when the channel is archived', async () => {
    fake.failNext('chat.postMessage', { error: 'is_archived' });
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), samplePng());
    expect(outcome).toEqual({ status: 'permanent_failure', code: 'is_archived', message: expect.stringContaining('is_archived') });
    expect(callsOf('chat.postMessage')).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(fake.uploads).toEqual([]);
  });

  it.each(['channel_not_found', 'not_in_channel', 'account_inactive', 'invalid_auth', 'token_revoked', 'missing_scope', 'restricted_action'])('treats %s as permanent without retrying', async (error) => {
    fake.failNext('chat.postMessage', { error });
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'permanent_failure', code: error });
    expect(callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('retries internal_error, which Slack calls transient, but not invalid_blocks, which would fail again the same way', async () => {
    fake.failNext('chat.postMessage', { error: 'internal_error' });
    expect(await sender().send('C0EKONOMI', sampleDigest(), null)).toMatchObject({ status: 'sent' });
    expect(callsOf('chat.postMessage')).toHaveLength(2);
    fake.reset();
    fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    // Not the channel's fault: the channel is kept (transient), but the same request is not repeated now.
    expect(await sender().send('C0EKONOMI', sampleDigest(), null)).toMatchObject({ status: 'transient_failure', code: 'invalid_blocks' });
    expect(callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('stops instead of waiting when Retry-After is longer than five minutes', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 600 });
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), null);
    expect(outcome).toEqual({ status: 'transient_failure', code: 'ratelimited', message: expect.stringContaining('600 s') });
    expect(sleeps).toEqual([]);
  });

  it('reports transient_failure after the last of its attempts when Slack keeps answering 500', async () => {
    fake.failNext('chat.postMessage', { status: 500 }, 10);
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), samplePng());
    expect(outcome).toEqual({ status: 'transient_failure', code: 'http_500', message: expect.any(String) });
    expect(callsOf('chat.postMessage')).toHaveLength(RETRY.attempts);
    expect(sleeps).toHaveLength(RETRY.attempts - 1);
  });

  it('retries a request that times out', async () => {
    fake.failNext('chat.postMessage', { delayMs: 20_000 });
    const outcome = await sender({ requestTimeoutMs: 300 }).send('C0EKONOMI', sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'sent' });
    expect(sleeps).toHaveLength(1);
  });

  it('reports network_error as transient when Slack cannot be reached', async () => {
    const closed = await startFakeSlackApi();
    await closed.close();
    const outcome = await sender({ apiUrl: closed.url }).send('C0EKONOMI', sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'transient_failure', code: 'network_error' });
    expect(sleeps).toHaveLength(RETRY.attempts - 1);
  });

  it('still reports the digest as sent, with chartError, when the chart cannot be shared', async () => {
    fake.failNext('files.getUploadURLExternal', { error: 'file_uploads_disabled' });
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), samplePng());
    expect(outcome).toEqual({ status: 'sent', messageTs: callsOf('chat.postMessage')[0]!.response.ts, chartError: { code: 'file_uploads_disabled', message: expect.stringContaining('files.getUploadURLExternal') } });
    expect(callsOf('files.getUploadURLExternal')).toHaveLength(1);
  });

  it('retries each upload step on its own: a failed byte upload and a rate-limited completion', async () => {
    fake.failNext(FAKE_UPLOAD_METHOD, { status: 503 });
    fake.failNext('files.completeUploadExternal', { status: 429, retryAfter: 2 });
    const outcome = await sender().send('C0EKONOMI', sampleDigest(), samplePng());
    expect(outcome).toMatchObject({ status: 'sent', fileId: fake.uploads[0]!.fileId });
    expect(callsOf('files.getUploadURLExternal')).toHaveLength(1);
    expect(callsOf(FAKE_UPLOAD_METHOD)).toHaveLength(2);
    expect(callsOf('files.completeUploadExternal')).toHaveLength(2);
    expect(sleeps.at(-1)).toBe(2000);
    expect(fake.uploads[0]).toMatchObject({ isPng: true, completed: true });
  });
});

describe('pacing per channel', () => {
  it('keeps two posts into one channel minIntervalMsPerChannel apart, and does not hold back another channel', async () => {
    const paced = sender({ minIntervalMsPerChannel: 200 });
    await paced.send('C0ONE', sampleDigest(), null);
    await paced.send('C0ONE', sampleDigest(), null);
    expect(sleeps).toEqual([200]);
    await Promise.all([paced.send('C0TWO', sampleDigest(), null), paced.send('C0THREE', sampleDigest(), null)]);
    expect(sleeps).toEqual([200]);
  });

  it('holds later sends to a channel back past a 429 it got', async () => {
    // A sleep that lets no time pass: the test moves the clock itself.
    const paced = sender({ minIntervalMsPerChannel: 200, sleep: async (ms) => void sleeps.push(ms) });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    await paced.send('C0ONE', sampleDigest(), null);
    expect(sleeps).toEqual([2000]);
    clock += 2000;
    await paced.send('C0ONE', sampleDigest(), null);
    expect(sleeps).toEqual([2000, 200]);
  });

  it('counts the chart share as a post into the channel', async () => {
    const paced = sender({ minIntervalMsPerChannel: 200 });
    await paced.send('C0ONE', sampleDigest(), samplePng());
    expect(sleeps).toEqual([200]);
  });

  it('lets at least minIntervalMsPerChannel pass on the wall clock between two sends to one channel', async () => {
    const paced = sender({ minIntervalMsPerChannel: 200, now: undefined, sleep: undefined });
    const started = Date.now();
    await Promise.all([paced.send('C0ONE', sampleDigest(), null), paced.send('C0ONE', sampleDigest(), null)]);
    const [first, second] = callsOf('chat.postMessage');
    expect(second!.receivedAt - started).toBeGreaterThanOrEqual(200);
    expect(second!.receivedAt).toBeGreaterThan(first!.receivedAt);
  });

  it('sends to different channels at once', async () => {
    // Pacing one channel never makes another wait.
    const paced = sender({ minIntervalMsPerChannel: 5000 });
    await Promise.all(['C0ONE', 'C0TWO', 'C0THREE'].map((channel) => paced.send(channel, sampleDigest(), null)));
    expect(sleeps).toEqual([]);
    expect(callsOf('chat.postMessage').map((call) => call.body.channel).sort()).toEqual(['C0ONE', 'C0THREE', 'C0TWO']);
  });
});
