import { defineConfig } from 'vitest/config';

// Tests run in forked processes so that each worker gets its own SQLite file
// (see test/support/test-store.ts) and native modules stay per-process. dist/ is
// built once before any test (the built CLI and server are tested as they run).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-dist.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
