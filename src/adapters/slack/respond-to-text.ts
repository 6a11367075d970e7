// Something a person wrote, however it arrived (/utfall, a mention, a direct message),
// handed to the conversation core as a turn and answered with its reply, behind a
// placeholder when slow.
import { deliverWithPlaceholder } from './deliver-with-placeholder.js';
import type { ReplyTarget } from './reply-target.js';
import { renderReply } from './render-reply.js';
import { slackTurn, type SlackChannelContext } from './slack-dependencies.js';

/** Text from a person, and where to answer. */
export interface TextRequest {
  /** What the person wrote, already read from Slack's formatting. */
  readonly text: string;
  readonly userId: string;
  readonly userName?: string | undefined;
  /** Where replies go. */
  readonly reply: ReplyTarget;
  /** Where `utkast … post` goes, when the origin can post to the channel (the slash command). */
  readonly post?: ReplyTarget | undefined;
  /** The channel the text came from: where `digest …` subscribes. */
  readonly channelId?: string | undefined;
  /** A home organisation a button carried (a clarify option, "Visa underlag"). */
  readonly homeOrganisation?: string | undefined;
}

/** Handles one piece of text from `request.userId`. */
export async function respondToText(context: SlackChannelContext, request: TextRequest): Promise<void> {
  // /utfall works in every conversation, so that is how Slack's answers write a command.
  const commandPrefix = '/utfall ';
  const turn = slackTurn(request.userId, { kind: 'text', text: request.text, homeOrganisation: request.homeOrganisation }, { conversation: request.channelId, commandPrefix, canPost: request.post !== undefined }, request.userName);
  const target = context.conversation.audience(turn) === 'conversation' && request.post ? request.post : request.reply;
  await deliverWithPlaceholder(target, async () => renderReply(context, await context.conversation.handle(turn), request.userId, commandPrefix));
}
