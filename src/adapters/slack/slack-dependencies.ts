// What the Slack channel needs from the rest of Utfall: the core services and stores,
// made by the composition root, and a logger.
import type { Conversation } from '../../core/conversation/create-conversation.js';
import type { TurnPlace, TurnRequest, Turn } from '../../core/conversation/turn.js';
import type { DigestStore } from '../../core/digests/digest-store.js';
import type { ChatChannelDependencies } from '../../platform/chat-channel-dependencies.js';
import type { RecentAnswers } from './recent-answers.js';
import type { SlackWorkStore } from '../../core/channels/slack-work-store.js';

/** The core services and stores the channel calls, and the logger. */
export interface SlackChannelDependencies extends ChatChannelDependencies {
  /** Digest subscriptions, managed with `/utfall digest …`; absent when digests are off. */
  readonly digests?: DigestStore;
  /**
   * Where events, commands and interactions are kept from before their acknowledgement
   * until done (HTTP mode), with the lease and tries of docs/decisions/0010; without it
   * they are worked on in memory only.
   */
  readonly work?: { readonly store: SlackWorkStore; readonly leaseMs: number; readonly maxAttempts: number };
}

/** The dependencies plus what the channel keeps for itself, as the listeners receive them. */
export interface SlackChannelContext extends SlackChannelDependencies {
  readonly recentAnswers: RecentAnswers;
  /** The conversation core every listener hands its turns to. */
  readonly conversation: Conversation;
}

/** How a Slack user is recorded as the author or approver of a draft ("slack:U123"), as Teams records "teams:…". */
export function slackActor(userId: string): string {
  return `slack:${userId}`;
}

/** A turn from the Slack user `userId`: text and notices in mrkdwn; `place` adds the conversation and how commands are written there. */
export function slackTurn(userId: string, what: TurnRequest, place: Partial<Omit<TurnPlace, 'markup'>> = {}, displayName?: string): Turn {
  return { who: { platform: 'slack', id: userId, displayName }, where: { markup: 'mrkdwn', ...place }, what };
}
