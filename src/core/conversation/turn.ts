// One turn of a conversation with Utfall, as every channel hands it to the core:
// who asks (their identity as the channel knows it), where (the channel, the
// conversation, how the channel writes commands) and what (text, or a button's
// action on a draft). Nothing in a turn is a Slack, Teams or HTTP object.
import type { Language } from '../answering/answer.js';
import type { ChatPlatform } from '../channels/chat-identity-store.js';

/** Who asks: a Slack user id, an Entra object id (Teams), or the web session's registered email. */
export interface TurnAsker {
  readonly platform: ChatPlatform;
  readonly id: string;
  readonly displayName?: string | undefined;
}

/** Where the turn happens. */
export interface TurnPlace {
  /** The Slack channel or Teams conversation: where a digest started from it goes. */
  readonly conversation?: string | undefined;
  /** How the channel writes bold text and commands (Slack's mrkdwn, or plain text). */
  readonly markup: 'mrkdwn' | 'plain';
  /** What commands start with here: "/utfall " in a Slack slash command, else "". */
  readonly commandPrefix?: string;
  /** Whether a draft may be shown to the whole conversation (`utkast … post`). */
  readonly canPost?: boolean;
}

/** What the turn asks for. */
export type TurnRequest =
  /** Words: a command (help, org, utkast, digest) or a question. `homeOrganisation` is one a button carried (Slack's "Visa underlag", a clarify option): used only before people are registered. */
  | { readonly kind: 'text'; readonly text: string; readonly homeOrganisation?: string | undefined }
  /** Words that are a question and nothing else (the web chat's question box; a question a button carries again). */
  | { readonly kind: 'question'; readonly text: string; readonly homeOrganisation?: string | undefined }
  /** A draft from a form (the web chat): organisation and line by name, period as YYYY-MM. */
  | { readonly kind: 'draft'; readonly organisation: string; readonly period: string; readonly item?: string | undefined; readonly language?: Language }
  | { readonly kind: 'approve' | 'rewrite' | 'edit'; readonly draftId: unknown }
  | { readonly kind: 'revise'; readonly draftId: unknown; readonly text: string };

/** One turn. */
export interface Turn {
  readonly who: TurnAsker;
  readonly where: TurnPlace;
  readonly what: TurnRequest;
  /** The asker's language where the channel knows it (the web chat's choice); else a question's own, and Swedish for commands. */
  readonly language?: Language | undefined;
}

/** How an asker is recorded as author, approver and in the audit trail: "slack:U123", "teams:<object id>", or the web person's email. */
export function actorOf(who: TurnAsker): string {
  return who.platform === 'web' ? who.id : `${who.platform}:${who.id}`;
}
