// `npm start` and `npm run cli` run the build in dist/, made by `npm ci`, `npm test` and
// `npm run build`. After an edit to src/ without a build they would run the old code
// without a word: this says so instead (a few hundred stat calls, a few milliseconds).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from './project-root.js';

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    const changed = entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs;
    if (changed > newest) newest = changed;
  }
  return newest;
}

/** A warning when this code runs from dist/ and a file in src/ changed after the build; null otherwise. */
export function staleBuildWarning(): string | null {
  const running = fileURLToPath(import.meta.url);
  if (running.endsWith('.ts')) return null;
  try {
    if (newestChange(projectPath('src')) <= statSync(running).mtimeMs) return null;
  } catch {
    // No src/ beside the build (an installed copy): nothing to compare.
    return null;
  }
  return 'Utfall: src/ has changed since dist/ was built; this runs the old code. Run `npm run build` first.';
}
