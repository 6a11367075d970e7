// manifest/slack-app.yaml asks Slack for exactly what the channel handles: the
// command, the events and the endpoint the listeners are registered for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/create-slack-channel.js';
import { UTFALL_COMMAND } from '../../../src/adapters/slack/listeners/commands/utfall-command.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const manifest = readFileSync(path.join(root, 'manifest', 'slack-app.yaml'), 'utf8');
// The items of a YAML block list under `key:` (this manifest's lists are plain "- item" lines).
const listUnder = (key: string) => {
  const lines = manifest.split('\n');
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  const indent = lines[start]!.search(/\S/);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.search(/\S/) <= indent) break;
    const item = /^\s*-\s+(\S+)$/.exec(line);
    if (item) items.push(item[1]!);
  }
  return items;
};

describe('manifest/slack-app.yaml', () => {
  it('subscribes to the events the listeners handle, with the scopes they need', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(listUnder('bot').sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:write', 'groups:history', 'im:history']);
  });

  it('declares /utfall and sends events, the command and interactivity to the one endpoint', () => {
    expect(manifest).toContain(`- command: ${UTFALL_COMMAND}\n`);
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((match) => new URL(match[1]!));
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url.pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
  });
});
