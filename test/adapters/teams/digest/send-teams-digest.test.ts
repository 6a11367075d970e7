// Sending digests through the Agents SDK's proactive path to a local fake Bot
// Connector over real HTTP: what is posted, and how each connector failure ends.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { Activity } from '@microsoft/agents-activity';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversationReferenceFromActivity } from '../../../../src/adapters/teams/digest/conversation-reference.js';
import type { StoredConversationReference } from '../../../../src/core/digests/conversation-reference.js';
import { createTeamsDigestSender, type TeamsDigestRetry } from '../../../../src/adapters/teams/digest/send-teams-digest.js';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../../../support/fake-teams-connector.js';
import { sampleDigest, samplePng } from '../../../support/sample-digest.js';

const fixture = JSON.parse(await readFile(new URL('../../../fixtures/teams/channel-message.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const CHANNEL = '19:scrubbedChannelId0000000000000000@thread.tacv2';
const RETRY: TeamsDigestRetry = { attempts: 3, baseDelayMs: 100, maxDelayMs: 5000 };

let connector: FakeTeamsConnector;
let reference: StoredConversationReference;
let sleeps: number[];

function sender(retry: TeamsDigestRetry = RETRY) {
  return createTeamsDigestSender({ teams: { mode: 'local' }, logger: pino({ level: 'silent' }), retry, sleep: async (ms) => void sleeps.push(ms) });
}

beforeAll(async () => {
  connector = await startFakeTeamsConnector();
  reference = conversationReferenceFromActivity(Activity.fromObject({ ...fixture, serviceUrl: connector.serviceUrl }));
});

afterAll(async () => {
  await connector?.close();
});

beforeEach(() => {
  connector.reset();
  sleeps = [];
});

describe('createTeamsDigestSender().send', () => {
  it('posts one new message with the digest card to the conversation, anonymously without app credentials', async () => {
    const png = samplePng(600, 300);
    const outcome = await sender().send(reference, sampleDigest(), png);
    expect(outcome).toEqual({ status: 'sent', activityId: 'reply-1' });
    expect(connector.calls).toHaveLength(1);
    const [call] = connector.calls;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe(`/v3/conversations/${CHANNEL}/activities`);
    expect(call!.headers.authorization).toBeUndefined();
    expect(call!.body).toMatchObject({ type: 'message', conversation: { id: CHANNEL }, from: { id: reference.agent.id }, summary: 'Veckobrev vecka 48: Kommunstyrelsen' });
    expect(call!.body.replyToId).toBeUndefined();
    const [attachment] = call!.body.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content.body[0].text).toBe('Veckobrev vecka 48: Kommunstyrelsen');
    expect(attachment.content.body.find((element: { type: string }) => element.type === 'Image').url).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(Buffer.byteLength(JSON.stringify(call!.body), 'utf8')).toBeLessThan(28 * 1024);
  });

  it('sends a one-line card when nothing is new', async () => {
    const outcome = await sender().send(reference, sampleDigest({ nothingNew: true, summary: 'Inget nytt sedan förra veckan.', sections: [] }), null);
    expect(outcome.status).toBe('sent');
    expect(connector.calls[0]!.body.attachments[0].content.body).toEqual([{ type: 'TextBlock', text: 'Inget nytt sedan förra veckan.', wrap: true }]);
  });

  it('waits as long as a 429 Retry-After asks and then sends', async () => {
    connector.enqueue({ status: 429, headers: { 'retry-after': '2' } });
    const outcome = await sender().send(reference, sampleDigest(), null);
    expect(sleeps).toEqual([2000]);
    expect(connector.calls.map((call) => call.status)).toEqual([429, 200]);
    expect(outcome).toEqual({ status: 'sent', activityId: 'reply-2' });
  });

  it('reports a conversation that is gone (404) as permanent without retrying', async () => {
    connector.enqueue({ status: 404, body: { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } } });
    const outcome = await sender().send(reference, sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'permanent_failure', code: 'teams_conversation_not_found' });
    expect(outcome.status !== 'sent' && outcome.message).toContain('ConversationNotFound');
    expect(connector.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('reports a bot removed from the conversation or blocked (403) as permanent, and posts no error message there', async () => {
    connector.enqueue({ status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } } });
    const outcome = await sender().send(reference, sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'permanent_failure', code: 'teams_forbidden' });
    expect(connector.calls).toHaveLength(1);
  });

  it('retries a connector that keeps answering 502 with growing waits and gives up as transient after the attempts', async () => {
    connector.respondWith(() => ({ status: 502 }));
    const outcome = await sender().send(reference, sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'transient_failure', code: 'teams_connector_unavailable' });
    expect(connector.calls).toHaveLength(RETRY.attempts);
    expect(sleeps).toEqual([100, 200]);
  });

  it('reports a refused token (401) as transient without retrying, since the conversation is not at fault', async () => {
    connector.enqueue({ status: 401 });
    const outcome = await sender().send(reference, sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'transient_failure', code: 'teams_unauthorized' });
    expect(connector.calls).toHaveLength(1);
  });

  it('gives up at once as transient when Retry-After asks for longer than the longest wait', async () => {
    connector.respondWith(() => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const outcome = await sender().send(reference, sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'transient_failure', code: 'teams_throttled' });
    expect(outcome.status !== 'sent' && outcome.message).toContain('3600 s');
    expect(connector.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries when the connector cannot be reached and reports a transient network failure', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await sender().send({ ...reference, serviceUrl: `http://127.0.0.1:${port}/` }, sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'transient_failure', code: 'teams_network_error' });
    expect(sleeps).toEqual([100, 200]);
  });

  it('reports a stored reference that no longer matches the schema as permanent without calling the connector', async () => {
    const outcome = await sender().send({ ...reference, serviceUrl: 'ftp://example.invalid/' }, sampleDigest(), null);
    expect(outcome).toMatchObject({ status: 'permanent_failure', code: 'teams_reference_invalid' });
    expect(connector.calls).toHaveLength(0);
  });
});
