// `digest …` as an operator runs it (in this process, runProgram): a real store, Slack
// delivery to the local fake Web API. The id is printed; run --now sends once per week.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaTeamsConversationStore } from '../../../src/adapters/prisma/prisma-teams-conversation-store.js';
import { runCli } from '../../support/run-cli.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let slack: FakeSlackApi;
const chartFile = path.join(os.tmpdir(), `utfall-digest-chart-${process.pid}.png`);

// Asynchronous, so the fake Slack API in this process keeps answering while the CLI runs.
const cli = (args: string[], env: Record<string, string> = {}) => runCli(['digest', ...args], { DATABASE_URL: store.databaseUrl, SLACK_BOT_TOKEN: 'xoxb-cli-test', SLACK_SIGNING_SECRET: 'cli-test-secret', SLACK_API_URL: slack.url, LOG_LEVEL: 'warn', ...env });

beforeAll(async () => {
  store = await createTestStore();
  slack = await startFakeSlackApi();
}, 60_000);

afterAll(async () => {
  rmSync(chartFile, { force: true });
  await slack?.close();
  await store?.cleanup();
});

describe('npm run cli -- digest', async () => {
  let id: string;

  it('subscribe prints the new subscription’s id, and list shows it', async () => {
    const result = (await cli(['subscribe', '--slack-channel', 'C0CLI', '--org', 'KS', '--weekday', 'fri', '--time', '14:30', '--lang', 'sv']));
    expect(result.status, result.stderr).toBe(0);
    id = result.stdout.trim();
    expect(id).toMatch(/^\d+$/);
    expect((await cli(['list'])).stdout).toMatch(new RegExp(`^\\s*${id}\\s+slack:C0CLI\\s+Kommunstyrelsen \\+ sub-units\\s+Friday 14:30 Europe/Stockholm\\s+sv\\s+active`, 'm'));
  });

  it('refuses bad options with what is wrong, and creates nothing', async () => {
    const before = (await cli(['list'])).stdout;
    const both = (await cli(['subscribe', '--slack-channel', 'C1', '--teams-conversation', 'x', '--org', 'KS']));
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('exactly one of --slack-channel');
    expect((await cli(['subscribe', '--slack-channel', 'C1', '--org', 'Atlantis'])).stderr).toContain('--org: no single organisation named "Atlantis"');
    expect((await cli(['subscribe', '--slack-channel', 'C1', '--org', 'KS', '--weekday', 'someday'])).stderr).toContain('--weekday');
    expect((await cli(['subscribe', '--slack-channel', 'C1', '--org', 'KS', '--time', '8'])).stderr).toContain('--time: must be a time written HH:MM');
    expect((await cli(['subscribe', '--slack-channel', 'C1', '--org', 'KS', '--lang', 'de'])).stderr).toContain('--lang');
    expect((await cli(['list'])).stdout).toBe(before);
  });

  it('preview prints the digest with its guard summary and writes the chart, sending nothing', async () => {
    const result = (await cli(['preview', '--subscription', id, '--chart', chartFile]));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Största avvikelserna mot budget');
    expect(result.stdout).toMatch(/guard: (\d+) of \1 numbers verified/);
    expect(existsSync(chartFile)).toBe(true);
    expect(readFileSync(chartFile).subarray(1, 4).toString()).toBe('PNG');
    expect(slack.calls.filter((call) => call.method === 'chat.postMessage')).toEqual([]);
  });

  it('run --now --subscription sends that one whatever its schedule, and running again the same week sends nothing more', async () => {
    const first = (await cli(['run', '--now', '--subscription', id]));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/subscription \d+ \d{4}-W\d{2}: sent/);
    const again = (await cli(['run', '--now', '--subscription', id]));
    expect(again.stdout).toContain('nothing to send');
    expect((await cli(['run', '--now'])).status).toBe(0);
    expect(slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === 'C0CLI')).toHaveLength(1);
    expect(slack.uploads.filter((upload) => upload.channelId === 'C0CLI' && upload.isPng)).toHaveLength(1);
    expect((await cli(['status'])).stdout).toMatch(/latest: \d{4}-W\d{2} sent .* after 1 attempt/);
  }, 60_000);

  it('conversations lists the Teams conversations Utfall can reach, and subscribing another one warns', async () => {
    expect((await cli(['conversations'])).stdout).toContain('has not received a message in any Teams conversation yet');
    await createPrismaTeamsConversationStore(store.connection.prisma).save({ serviceUrl: 'https://smba.trafficmanager.net/emea/', channelId: 'msteams', conversation: { id: '19:ekonomi@thread.tacv2', conversationType: 'channel', tenantId: 't' }, agent: { id: '28:utfall' } });
    expect((await cli(['conversations'])).stdout).toMatch(/^19:ekonomi@thread\.tacv2 {2}channel {2}last message \d{4}-/m);
    const known = await cli(['subscribe', '--teams-conversation', '19:ekonomi@thread.tacv2', '--org', 'KS']);
    expect(known.status, known.stderr).toBe(0);
    expect(known.stderr).not.toContain('has not heard from');
    const unknown = await cli(['subscribe', '--teams-conversation', '19:annan@thread.tacv2', '--org', 'KS']);
    expect(unknown.stderr).toContain('Utfall has not heard from Teams conversation 19:annan@thread.tacv2 yet');
    for (const created of [known, unknown]) await cli(['remove', created.stdout.trim()]);
  });

  it('run without Slack configured says so and fails', async () => {
    const result = (await cli(['run', '--now', '--subscription', id], { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '' }));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('slack is not configured');
  });

  it('remove ends the subscription', async () => {
    expect((await cli(['remove', id])).stdout).toContain(`Subscription ${id} removed.`);
    expect((await cli(['list'])).stdout).not.toContain('C0CLI');
    expect((await cli(['remove', id])).stderr).toContain(`There is no digest subscription ${id}.`);
  });
});
