// `npm ci` on a clean checkout refuses a lock file that lacks an optional dependency
// of a locked package, even one for another platform. The registry this project
// installs from does not serve every platform build (it once left out most of
// @napi-rs/canvas's), so a later `npm install` can drop them without a word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { optionalDependencies?: Record<string, string> }> };

/** Where npm looks for `name` required from the package at `location`: its own node_modules, then each folder above. */
function resolve(location: string, name: string): string | undefined {
  for (let base = location; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (base === '') return undefined;
  }
}

describe('package-lock.json', () => {
  it('records every optional dependency of every locked package, for all platforms', () => {
    const missing = Object.entries(lock.packages).flatMap(([location, entry]) => Object.keys(entry.optionalDependencies ?? {}).filter((name) => !resolve(location, name)).map((name) => `${location || '(root)'} → ${name}`));
    expect(missing).toEqual([]);
  });
});
