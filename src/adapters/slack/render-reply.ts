// The conversation core's reply as a Slack message. An answer with facts is kept for
// "Visa underlag" (for the person who asked); a clarify of the core lists its choices
// as the commands that make them.
import type { Reply } from '../../core/conversation/reply.js';
import { renderAnswer } from './render-answer.js';
import { renderDraft } from './render-draft.js';
import { renderNotice } from './render-notice.js';
import type { SlackChannelContext } from './slack-dependencies.js';
import type { SlackMessage } from './slack-message.js';
import { PHRASES } from './slack-phrases.js';

/** `reply` for the Slack user `userId`; `commandPrefix` is how a chosen option is written again ("/utfall " after a slash command). */
export function renderReply(context: Pick<SlackChannelContext, 'recentAnswers'>, reply: Reply, userId: string, commandPrefix = ''): SlackMessage {
  switch (reply.kind) {
    case 'answer': {
      const { answer } = reply;
      const factsKey = answer.facts.length + answer.derivations.length > 0 ? context.recentAnswers.remember(answer, userId) : undefined;
      return renderAnswer(answer, { question: reply.question, homeOrganisation: reply.homeOrganisation, ...(factsKey ? { factsKey } : {}) });
    }
    case 'draft':
      return renderDraft(reply.draft, reply.note);
    case 'clarify':
      return renderNotice([reply.text, ...reply.options.map((option) => `• \`${commandPrefix}${option.text}\``)].join('\n'));
    case 'help':
      return renderNotice(PHRASES.help);
    default:
      return renderNotice(reply.text);
  }
}
