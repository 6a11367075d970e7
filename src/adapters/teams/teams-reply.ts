// The kinds of reply the Teams channel sends: an Adaptive Card, and the typing indicator.
import { CardFactory, MessageFactory } from '@microsoft/agents-hosting';
import { Activity, ActivityTypes } from '@microsoft/agents-activity';

/** The typing indicator Teams shows while an answer is prepared. */
export const TYPING = Activity.fromObject({ type: ActivityTypes.Typing });

/** A message carrying one Adaptive Card. */
export function cardMessage(content: Record<string, unknown>) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(content));
}
