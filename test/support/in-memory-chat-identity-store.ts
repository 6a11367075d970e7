// Chat identities held in memory, for tests of the conversation core without a database.
import type { ChatIdentity, ChatIdentityStore } from '../../src/core/channels/chat-identity-store.js';

/** An empty ChatIdentityStore in memory. */
export function createInMemoryChatIdentityStore(): ChatIdentityStore {
  const identities = new Map<string, ChatIdentity>();
  const handled = new Map<string, Date>();
  return {
    getIdentity: async (platform, externalId) => identities.get(`${platform}:${externalId}`) ?? null,
    async setHomeOrganisation(platform, externalId, organisationName, displayName = '') {
      const identity = { platform, externalId, displayName, homeOrganisation: organisationName };
      identities.set(`${platform}:${externalId}`, identity);
      return identity;
    },
    async markEventHandled(platform, eventId) {
      const key = `${platform}:${eventId}`;
      if (handled.has(key)) return false;
      handled.set(key, new Date());
      return true;
    },
    async forgetHandledEvents(before) {
      let forgotten = 0;
      for (const [key, at] of handled) if (at < before && handled.delete(key)) forgotten += 1;
      return forgotten;
    },
  };
}
