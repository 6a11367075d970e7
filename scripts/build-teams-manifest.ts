// npm run manifest:teams: fills manifest/teams/manifest.template.json with the app
// id and public URL, draws the two icons Teams requires (192×192 colour, 32×32
// outline on transparent), and writes the upload zip to manifest/teams/utfall-teams.zip.
// Usage: MICROSOFT_APP_ID=<guid> PUBLIC_URL=https://utfall.example.se npm run manifest:teams
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'manifest', 'teams');
const appId = process.env.MICROSOFT_APP_ID ?? '';
const publicUrl = (process.env.PUBLIC_URL ?? '').replace(/\/$/, '');
const problems = [
  ...(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(appId) ? [] : ['MICROSOFT_APP_ID must be the bot registration’s app id (a GUID)']),
  ...(/^https:\/\/[^/]+/.test(publicUrl) ? [] : ['PUBLIC_URL must be the https address Teams reaches Utfall at, e.g. https://utfall.example.se']),
];
if (problems.length > 0) {
  console.error(problems.map((problem) => `- ${problem}`).join('\n'));
  process.exit(2);
}

/** A square icon: a bar chart of three bars, in `colour` on `background` (null: transparent). */
function icon(size: number, colour: [number, number, number], background: [number, number, number] | null): Buffer {
  const png = new PNG({ width: size, height: size });
  const bars = [0.45, 0.75, 0.6];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const index = (size * y + x) << 2;
      const column = Math.floor((x / size) * 7);
      const bar = column % 2 === 1 ? bars[(column - 1) / 2] : undefined;
      const filled = bar !== undefined && y >= size * (0.9 - bar) && y < size * 0.9;
      const [r, g, b] = filled ? colour : (background ?? [0, 0, 0]);
      png.data[index] = r;
      png.data[index + 1] = g;
      png.data[index + 2] = b;
      png.data[index + 3] = filled || background ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

const manifest = readFileSync(path.join(folder, 'manifest.template.json'), 'utf8')
  .replaceAll('{{MICROSOFT_APP_ID}}', appId)
  .replaceAll('{{PUBLIC_URL}}', publicUrl)
  .replaceAll('{{PUBLIC_HOST}}', new URL(publicUrl).host);
JSON.parse(manifest); // a template edit that breaks the JSON fails here, not in Teams
const zip = new JSZip();
zip.file('manifest.json', manifest);
zip.file('color.png', icon(192, [255, 255, 255], [0x2e, 0x5c, 0x8a]));
zip.file('outline.png', icon(32, [255, 255, 255], null));
const target = path.join(folder, 'utfall-teams.zip');
writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`wrote ${path.relative(process.cwd(), target)} (manifest ${JSON.parse(manifest).manifestVersion}, bot ${appId})`);
