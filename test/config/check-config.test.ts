// npm run check-config: one clear line per bad variable, and secrets never printed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { describeConfig } from '../../src/config/describe-config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = (env: Record<string, string>) => spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', '--check-config'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env } });

describe('configuration', () => {
  it('names every bad variable and exits 2', () => {
    const result = check({ PORT: 'abc', SLACK_BOT_TOKEN: 'bad', LLM_TIMEOUT_MS: '5', LLM_TOOL_MODE: 'magic' });
    expect(result.status).toBe(2);
    for (const variable of ['PORT', 'SLACK_BOT_TOKEN', 'LLM_TIMEOUT_MS', 'LLM_TOOL_MODE']) expect(result.stderr).toContain(`- ${variable}:`);
  });

  it('prints the configuration with secrets replaced', () => {
    const secrets = { OPENAI_API_KEY: 'sk-very-secret-1234', SLACK_SIGNING_SECRET: 'signing-secret-5678', SLACK_BOT_TOKEN: 'xoxb-secret-token', MICROSOFT_APP_PASSWORD: 'teams-secret-999' };
    const result = check({ LLM_MODEL: 'gpt-test', MICROSOFT_APP_ID: '0f8fad5b-d9cb-469f-a165-70867728950e', DATABASE_URL: 'postgresql://utfall:dbpassword@db:5432/utfall', ...secrets });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Configuration OK');
    for (const secret of [...Object.values(secrets), 'dbpassword']) expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('refuses half a Slack configuration instead of leaving Slack silently off', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: needed with SLACK_BOT_TOKEN/);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'secret-12345' })).toThrow(/SLACK_BOT_TOKEN: needed when/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack).toMatchObject({ appToken: 'xapp-1' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ LLM_MODEL: '', SLACK_BOT_TOKEN: '' })).toMatchObject({ llm: null, slack: null });
    expect(describeConfig(loadConfig({}))).toMatchObject({ model: 'off (offline engine)', slack: 'off' });
  });
});
