// Starting the channel: configuration it refuses, and a bot token Slack refuses.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackChannel, type SlackChannelDependencies } from '../../../src/adapters/slack/create-slack-channel.js';
import { SlackChannelError } from '../../../src/adapters/slack/slack-channel-error.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';

// Starting touches no store: dependencies that fail loudly if anything calls them.
const unused = new Proxy({}, { get: () => () => Promise.reject(new Error('not used when starting')) });
const dependencies = { ask: unused, drafts: unused, draftStore: unused, figures: unused, identities: unused, logger: pino({ level: 'silent' }) } as unknown as SlackChannelDependencies;

let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(async () => {
  await fake?.close();
});

describe('createSlackChannel', () => {
  it('refuses HTTP mode without a signing secret, naming the variable', () => {
    const error = (() => {
      try {
        createSlackChannel({ signingSecret: '', botToken: 'xoxb-1', apiUrl: fake.url }, dependencies);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SlackChannelError);
    expect(error).toMatchObject({ code: 'slack_config_invalid' });
    expect((error as Error).message).toContain('SLACK_SIGNING_SECRET');
  });

  it('checks the bot token with auth.test at start, against SLACK_API_URL', async () => {
    const channel = createSlackChannel({ signingSecret: 'secret-secret', botToken: 'xoxb-good', apiUrl: fake.url }, dependencies);
    await channel.start();
    expect(fake.calls.find((call) => call.method === 'auth.test')?.response).toMatchObject({ ok: true });
    await channel.stop();
  });

  it('fails to start with a token Slack refuses, with a code and what to check', async () => {
    const channel = createSlackChannel({ signingSecret: 'secret-secret', botToken: 'not-a-token', apiUrl: fake.url }, dependencies);
    await expect(channel.start()).rejects.toMatchObject({ code: 'slack_auth_failed', message: expect.stringContaining('SLACK_BOT_TOKEN') });
  });
});
