// The web chat keeps no chat identities: everyone there is a registered (or sample)
// person, whose home organisation is on record. The conversation core asks this store
// only for people it does not know, who never reach it from the web.
import type { ChatIdentityStore } from '../../core/channels/chat-identity-store.js';

/** A ChatIdentityStore that knows nobody and keeps nothing. */
export const webIdentities: ChatIdentityStore = {
  getIdentity: async () => null,
  setHomeOrganisation: async () => {
    throw new Error('the web chat sets no home organisation: its people are registered');
  },
  markEventHandled: async () => true,
  forgetHandledEvents: async () => 0,
};
