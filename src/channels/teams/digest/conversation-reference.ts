// What Utfall stores per Teams conversation so it can post a digest there later
// without being asked: the subset of the Agents SDK's ConversationReference that
// CloudAdapter.continueConversation needs (serviceUrl, channelId, conversation,
// agent) plus the user and locale. The field names are the SDK's, so a stored
// reference goes to the adapter as it is.
import type { Activity } from '@microsoft/agents-activity';
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

/** Why an Activity could not give a conversation reference. */
export class ConversationReferenceError extends Error {
  override readonly name = 'ConversationReferenceError';
  readonly code = 'teams_reference_invalid';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
  }
}

// A message in a channel thread arrives with conversation.id
// "19:…@thread.tacv2;messageid=<root post>"; posting to that id would put the
// digest inside someone's thread. Without the suffix Teams starts a new post in
// the channel, which is what a weekly digest should be. The suffix format is
// Teams' threaded conversation id (see teams.ts Conversation.ToThreadedConversationId).
const THREAD_SUFFIX = /;messageid=[^;]*$/;

function tenantFromChannelData(channelData: unknown): string | undefined {
  const tenant = (channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return typeof tenant === 'string' ? tenant : undefined;
}

/**
 * The reference to store for the conversation an incoming Activity came from,
 * validated; channel threads are reduced to the channel so digests start new posts.
 * Throws ConversationReferenceError when the Activity lacks what a reference needs.
 */
export function conversationReferenceFromActivity(activity: Activity): StoredConversationReference {
  const conversation = activity.conversation;
  const conversationType = conversation?.conversationType;
  const candidate = {
    serviceUrl: activity.serviceUrl,
    channelId: activity.channelId,
    conversation: conversation && {
      id: conversationType === 'channel' ? conversation.id.replace(THREAD_SUFFIX, '') : conversation.id,
      conversationType,
      // Teams repeats the tenant in channelData; older payloads only have it there.
      tenantId: conversation.tenantId ?? tenantFromChannelData(activity.channelData),
      isGroup: conversation.isGroup,
    },
    agent: activity.recipient && { id: activity.recipient.id, name: activity.recipient.name },
    user: activity.from?.id ? { id: activity.from.id, aadObjectId: activity.from.aadObjectId } : undefined,
    locale: activity.locale,
  };
  const parsed = storedConversationReferenceSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(activity)'}: ${issue.message}`).join('; ');
    throw new ConversationReferenceError(`the activity has no usable conversation reference: ${problems}`, { cause: parsed.error });
  }
  return parsed.data;
}
