// npm run check-config: one clear line per bad variable, and secrets never printed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, whyServerCannotStart } from '../../../src/app/config/load-config.js';
import { describeConfig } from '../../../src/app/config/describe-config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const check = (env: Record<string, string>) => spawnSync(process.execPath, ['dist/main.js', '--check-config'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env } });

describe('configuration', () => {
  it('names every bad variable and exits 2', () => {
    const result = check({ PORT: 'abc', SLACK_BOT_TOKEN: 'bad', LLM_TIMEOUT_MS: '5', LLM_TOOL_MODE: 'magic' });
    expect(result.status).toBe(2);
    for (const variable of ['PORT', 'SLACK_BOT_TOKEN', 'LLM_TIMEOUT_MS', 'LLM_TOOL_MODE']) expect(result.stderr).toContain(`- ${variable}:`);
  });

  it('prints the configuration with secrets replaced', () => {
    const secrets = { OPENAI_API_KEY: 'sk-very-secret-1234', SLACK_SIGNING_SECRET: 'signing-secret-5678', SLACK_BOT_TOKEN: 'xoxb-secret-token', MICROSOFT_APP_PASSWORD: 'teams-secret-999', WEB_OIDC_CLIENT_SECRET: 'oidc-client-secret-777', WEB_SESSION_SECRET: 'session-secret-0123456789abcdef0123456789abcdef' };
    const web = { WEB_OIDC_ISSUER: 'https://login.microsoftonline.com/3f9a0d52-6c4e-4f7a-9b1e-5d2c8a7e6f10/v2.0', WEB_OIDC_CLIENT_ID: 'web-client', WEB_PUBLIC_URL: 'https://utfall.kommun.se' };
    const result = check({ LLM_MODEL: 'gpt-test', MICROSOFT_APP_ID: '0f8fad5b-d9cb-469f-a165-70867728950e', DATABASE_URL: 'postgresql://utfall:dbpassword@db:5432/utfall', ...web, ...secrets });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Configuration OK');
    expect(result.stdout).toContain('sign-in (OpenID Connect)');
    expect(result.stdout).toContain('tokens verified');
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

  it('wants web sign-in whole, over https, for one tenant', () => {
    expect(() => loadConfig({ WEB_OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0' })).toThrow(/WEB_OIDC_CLIENT_ID: needed for web sign-in[\s\S]*WEB_PUBLIC_URL: needed[\s\S]*WEB_SESSION_SECRET: needed/);
    const whole = { WEB_OIDC_ISSUER: 'https://login.microsoftonline.com/3f9a0d52-6c4e-4f7a-9b1e-5d2c8a7e6f10/v2.0', WEB_OIDC_CLIENT_ID: 'c', WEB_OIDC_CLIENT_SECRET: 's', WEB_PUBLIC_URL: 'https://utfall.kommun.se', WEB_SESSION_SECRET: 'x'.repeat(32) };
    expect(loadConfig(whole).web).toMatchObject({ mode: 'oidc', publicUrl: 'https://utfall.kommun.se' });
    expect(() => loadConfig({ ...whole, WEB_OIDC_ISSUER: 'https://login.microsoftonline.com/common/v2.0' })).toThrow(/WEB_OIDC_ISSUER: must name your own tenant/);
    expect(() => loadConfig({ ...whole, WEB_PUBLIC_URL: 'http://utfall.kommun.se' })).toThrow(/WEB_PUBLIC_URL: must be https/);
    expect(() => loadConfig({ ...whole, WEB_SESSION_SECRET: 'short' })).toThrow(/WEB_SESSION_SECRET: must be at least 32 characters/);
    expect(loadConfig({ ...whole, WEB_PUBLIC_URL: 'http://127.0.0.1:3978', WEB_OIDC_ISSUER: 'http://127.0.0.1:4000' }).web.mode).toBe('oidc');
  });

  it('runs the local trial only on this machine with nothing configured, and refuses a public interface without a lock', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', localTrial: true, web: { mode: 'local' }, teams: { mode: 'local' } });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-12345' })).toMatchObject({ localTrial: false, web: { mode: 'off' }, teams: { mode: 'off' } });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ localTrial: false, web: { mode: 'off' }, teams: { mode: 'off' } });
    expect(whyServerCannotStart(loadConfig({ HOST: '0.0.0.0' }))).toMatch(/HOST: Utfall without sign-in is a local trial/);
    expect(whyServerCannotStart(loadConfig({ NODE_ENV: 'production' }))).toMatch(/nothing to serve/);
    expect(whyServerCannotStart(loadConfig({ HOST: '0.0.0.0', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-12345' }))).toBeNull();
  });

  it('wants Teams credentials whole and a valid allow-list of Bot Framework hosts', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app' })).toThrow(/MICROSOFT_APP_PASSWORD: needed with MICROSOFT_APP_ID/);
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'p', TEAMS_SERVICE_URL_HOSTS: 'smba.trafficmanager.net, https://evil/' })).toThrow(/TEAMS_SERVICE_URL_HOSTS: not a host name/);
    expect(loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'p' }).teams).toMatchObject({ mode: 'credentials', serviceUrlHosts: expect.arrayContaining(['smba.trafficmanager.net', '*.botframework.com']) });
  });
});
