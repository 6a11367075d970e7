import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests run in forked processes so that each worker gets its own SQLite file
// (see test/support/test-store.ts) and native modules stay per-process. dist/ is
// built once before any test (the built CLI and server are tested as they run).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-dist.ts'],
    pool: 'forks',
    // Vitest's default is one worker less than the cores: one file at a time on a 2-core
    // machine, while most of the long files wait on processes they start (servers killed
    // and restarted, Chromium, PostgreSQL). Two files at a time overlap that waiting.
    maxWorkers: Math.max(2, os.availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
