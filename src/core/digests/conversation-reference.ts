// What Utfall stores per Teams conversation so it can post a digest there later
// without being asked: the subset of the Agents SDK's ConversationReference that
// CloudAdapter.continueConversation needs (serviceUrl, channelId, conversation,
// agent) plus the user and locale. The field names are the SDK's, so a stored
// reference goes to the adapter as it is. The shape lives here, with the store that
// keeps it (teams-conversation-store.ts); the Teams adapter reads one from an Activity.
import { z } from 'zod';

const id = z.string().min(1).max(500);

export const storedConversationReferenceSchema = z.object({
  /** The Bot Connector endpoint for the conversation's region, e.g. https://smba.trafficmanager.net/emea/<tenant>/. */
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2000),
  /** "msteams" for Teams. */
  channelId: z.string().min(1).max(100),
  conversation: z.object({
    id,
    /** "personal", "groupChat" or "channel". */
    conversationType: z.string().max(50).optional(),
    tenantId: z.string().max(100).optional(),
    isGroup: z.boolean().optional(),
  }),
  /** The bot as Teams knows it ("28:<app id>"); the SDK sends as this account. */
  agent: z.object({ id, name: z.string().max(200).optional() }),
  /** Who the reference was taken from; no display name, since it is not needed to deliver and would go stale. */
  user: z.object({ id, aadObjectId: z.string().max(100).optional() }).optional(),
  locale: z.string().max(20).optional(),
  /** Taken from an Activity whose Bot Framework token Utfall verified: with credentials, digests go only to such references. */
  tokenVerified: z.boolean().optional(),
});
export type StoredConversationReference = z.infer<typeof storedConversationReferenceSchema>;
