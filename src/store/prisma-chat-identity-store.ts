// The ChatIdentityStore on Prisma. Event ids are deduplicated by the primary key,
// so two server instances on one PostgreSQL never both reply to a retried event.
import type { ChatIdentity, ChatIdentityStore, ChatPlatform } from '../core/channels/chat-identity-store.js';
import type { PrismaStoreClient } from './prisma-client.js';

/** A ChatIdentityStore through `prisma`. */
export function createPrismaChatIdentityStore(prisma: PrismaStoreClient): ChatIdentityStore {
  const toIdentity = (row: { platform: string; externalId: string; displayName: string; homeOrganisation: { name: string } | null }): ChatIdentity => ({
    platform: row.platform as ChatPlatform,
    externalId: row.externalId,
    displayName: row.displayName,
    homeOrganisation: row.homeOrganisation?.name ?? null,
  });
  return {
    async getIdentity(platform, externalId) {
      const row = await prisma.chatUser.findUnique({ where: { platform_externalId: { platform, externalId } }, include: { homeOrganisation: { select: { name: true } } } });
      return row ? toIdentity(row) : null;
    },
    async setHomeOrganisation(platform, externalId, organisationName, displayName = '') {
      const organisation = await prisma.organisation.findUniqueOrThrow({ where: { name: organisationName } });
      const row = await prisma.chatUser.upsert({
        where: { platform_externalId: { platform, externalId } },
        create: { platform, externalId, displayName, homeOrganisationId: organisation.id },
        update: { homeOrganisationId: organisation.id, ...(displayName ? { displayName } : {}) },
        include: { homeOrganisation: { select: { name: true } } },
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
