// The ChatIdentityStore on Prisma. Event ids are deduplicated by the primary key,
// so two server instances on one PostgreSQL never both reply to a retried event.
import type { ChatIdentity, ChatIdentityStore, ChatPlatform } from '../../core/channels/chat-identity-store.js';
import type { PrismaStoreClient } from './prisma-client.js';
import { readOrganisations } from './read-store-catalogue.js';
import { findOrganisation, organisationLabel } from '../../core/figures/find-organisation.js';

/** A ChatIdentityStore through `prisma`. */
export function createPrismaChatIdentityStore(prisma: PrismaStoreClient): ChatIdentityStore {
  // The home organisation is given by a name that finds it alone: "Kommunstyrelsen (Alingsås kommun)" where several trees have a Kommunstyrelsen.
  const toIdentity = async (row: { platform: string; externalId: string; displayName: string; homeOrganisationId: number | null }): Promise<ChatIdentity> => {
    let homeOrganisation: string | null = null;
    if (row.homeOrganisationId !== null) {
      const organisations = await readOrganisations(prisma);
      const home = organisations.find((organisation) => organisation.id === row.homeOrganisationId);
      homeOrganisation = home ? organisationLabel(home, organisations) : null;
    }
    return { platform: row.platform as ChatPlatform, externalId: row.externalId, displayName: row.displayName, homeOrganisation };
  };
  return {
    async getIdentity(platform, externalId) {
      const row = await prisma.chatUser.findUnique({ where: { platform_externalId: { platform, externalId } } });
      return row ? toIdentity(row) : null;
    },
    async setHomeOrganisation(platform, externalId, organisationName, displayName = '') {
      const organisations = await readOrganisations(prisma);
      const [organisation, ...others] = findOrganisation(organisations, organisationName);
      if (!organisation || others.length > 0) throw new Error(`"${organisationName}" does not name one organisation`);
      const row = await prisma.chatUser.upsert({
        where: { platform_externalId: { platform, externalId } },
        create: { platform, externalId, displayName, homeOrganisationId: organisation.id },
        update: { homeOrganisationId: organisation.id, ...(displayName ? { displayName } : {}) },
      });
      return toIdentity(row);
    },
    async markEventHandled(platform, eventId) {
      try {
        await prisma.channelEvent.create({ data: { id: `${platform}:${eventId}` } });
        return true;
      } catch (error) {
        // A unique-key violation: the event was handled before.
        if ((error as { code?: string }).code === 'P2002') return false;
        throw error;
      }
    },
    async forgetHandledEvents(before) {
      const { count } = await prisma.channelEvent.deleteMany({ where: { receivedAt: { lt: before } } });
      return count;
    },
  };
}
