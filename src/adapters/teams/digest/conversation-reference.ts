// The conversation reference an incoming Teams Activity gives, in the shape the core's
// digest store keeps (core/digests/conversation-reference.ts).
import type { Activity } from '@microsoft/agents-activity';
import { storedConversationReferenceSchema, type StoredConversationReference } from '../../../core/digests/conversation-reference.js';

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
