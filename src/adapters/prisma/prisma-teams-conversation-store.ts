// The TeamsConversationStore on Prisma: the latest reference per conversation, as JSON,
// read back through the same zod schema it was written with.
import { storedConversationReferenceSchema } from '../../core/digests/conversation-reference.js';
import type { TeamsConversationStore } from '../../core/digests/teams-conversation-store.js';
import type { PrismaStoreClient } from './prisma-client.js';

export function createPrismaTeamsConversationStore(prisma: PrismaStoreClient): TeamsConversationStore {
  return {
    async save(reference) {
      const json = JSON.stringify(reference);
      await prisma.teamsConversation.upsert({ where: { conversationId: reference.conversation.id }, create: { conversationId: reference.conversation.id, reference: json }, update: { reference: json } });
    },
    async get(conversationId) {
      const row = await prisma.teamsConversation.findUnique({ where: { conversationId } });
      return row ? storedConversationReferenceSchema.parse(JSON.parse(row.reference)) : null;
    },
    async list() {
      const rows = await prisma.teamsConversation.findMany({ orderBy: { updatedAt: 'desc' } });
      return rows.map((row) => ({ reference: storedConversationReferenceSchema.parse(JSON.parse(row.reference)), updatedAt: row.updatedAt }));
    },
  };
}
