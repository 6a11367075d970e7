// The conversation core's reply as a Teams message: Adaptive Cards for answers, drafts
// and choices, plain text for the rest.
import { MessageFactory } from '@microsoft/agents-hosting';
import type { Reply } from '../../core/conversation/reply.js';
import { renderAnswerCard, renderDraftCard } from './render-answer-card.js';
import { cardMessage } from './teams-reply.js';

/** What Utfall can do, in Teams' words. */
export const TEAMS_HELP = 'Fråga mig om budgeten, t.ex. "Hur ligger vi till mot budget på personalkostnaderna?". Kommandon: "org <namn>" sätter din hemorganisation, "utkast <organisation> <ÅÅÅÅ-MM>" skriver ett utkast till avvikelseförklaring, "digest <organisation> [veckodag] [TT:MM]" ger konversationen ett veckobrev ("digest hjälp" visar mer), "hjälp" visar detta.';

/** A choice among options: each a button that sends its words back as a message would. */
function clarifyCard(reply: Extract<Reply, { kind: 'clarify' }>): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: reply.text, wrap: true }],
    actions: reply.options.slice(0, 5).map((option) => ({ type: 'Action.Submit', title: option.label.slice(0, 60), data: { action: 'ask', text: option.text } })),
  };
}

/** `reply` as the Activity to send. */
export function renderTeamsReply(reply: Reply) {
  switch (reply.kind) {
    case 'answer':
      return cardMessage(renderAnswerCard(reply.answer));
    case 'draft':
      return cardMessage(renderDraftCard(reply.draft, reply.note));
    case 'clarify':
      return cardMessage(clarifyCard(reply));
    case 'help':
      return MessageFactory.text(TEAMS_HELP);
    default:
      return MessageFactory.text(reply.text);
  }
}
