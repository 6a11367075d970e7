import { defineConfig } from 'vitest/config';

// Tests run in forked processes so that each worker gets its own SQLite file
// (see test/support/test-store.ts) and native modules stay per-process.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
