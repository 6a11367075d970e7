// npm run manifest:teams builds an upload zip Teams accepts: the manifest with the
// app id filled in, and icons of the required sizes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = (env: Record<string, string>) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-teams-manifest.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run manifest:teams', () => {
  it('writes a zip with the filled-in manifest and a 192×192 colour and 32×32 outline icon', async () => {
    const appId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const result = run({ MICROSOFT_APP_ID: appId, PUBLIC_URL: 'https://utfall.example.se/' });
    expect(result.status, result.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(path.join(root, 'manifest', 'teams', 'utfall-teams.zip')));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ manifestVersion: '1.19', id: appId, bots: [{ botId: appId }], validDomains: ['utfall.example.se'] });
    expect(JSON.stringify(manifest)).not.toContain('{{');
    for (const [file, size] of [['color.png', 192], ['outline.png', 32]] as const) {
      const png = PNG.sync.read(Buffer.from(await zip.file(file)!.async('uint8array')));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  it('refuses to build without a GUID app id and an https URL, naming both', () => {
    const result = run({ MICROSOFT_APP_ID: 'abc', PUBLIC_URL: 'http://x' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('MICROSOFT_APP_ID must be');
    expect(result.stderr).toContain('PUBLIC_URL must be');
  });
});
