// Handled platform events in the store: a retry is recognised across connections,
// and old ids are forgotten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../../src/adapters/prisma/prisma-client.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;

beforeAll(async () => {
  store = await createTestStore();
});

afterAll(async () => {
  await store?.cleanup();
});

describe('handled events', () => {
  it('are recorded once, also when a second connection (another instance) sees the retry', async () => {
    const first = createPrismaChatIdentityStore(store.connection.prisma);
    const other = createPrismaClient(store.databaseUrl);
    try {
      const second = createPrismaChatIdentityStore(other.prisma);
      const results = await Promise.all([first.markEventHandled('slack', 'Ev1'), second.markEventHandled('slack', 'Ev1')]);
      expect(results.sort()).toEqual([false, true]);
      // The same id on another platform is another event.
      expect(await second.markEventHandled('teams', 'Ev1')).toBe(true);
    } finally {
      await other.prisma.$disconnect();
    }
  });

  it('are forgotten when older than the given time, and only then', async () => {
    const identities = createPrismaChatIdentityStore(store.connection.prisma);
    await identities.markEventHandled('slack', 'EvOld');
    expect(await identities.forgetHandledEvents(new Date(Date.now() - 60_000))).toBe(0);
    expect(await identities.markEventHandled('slack', 'EvOld')).toBe(false);
    expect(await identities.forgetHandledEvents(new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);
    expect(await identities.markEventHandled('slack', 'EvOld')).toBe(true);
  });
});
