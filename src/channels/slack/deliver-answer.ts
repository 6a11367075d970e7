// Asks the core and replies with the rendered answer, behind a placeholder when slow.
import { deliverWithPlaceholder } from './deliver-with-placeholder.js';
import { renderAnswer } from './render-answer.js';
import type { ReplyTarget } from './reply-target.js';
import type { SlackChannelContext } from './slack-dependencies.js';

/** Answers `question` for someone whose home organisation is `homeOrganisation`, at `target`. */
export async function deliverAnswer(context: Pick<SlackChannelContext, 'ask' | 'recentAnswers'>, request: { question: string; homeOrganisation: string; target: ReplyTarget }): Promise<void> {
  await deliverWithPlaceholder(request.target, async () => {
    const answer = await context.ask.ask({ text: request.question, homeOrganisation: request.homeOrganisation });
    const factsKey = answer.facts.length + answer.derivations.length > 0 ? context.recentAnswers.remember(answer) : undefined;
    return renderAnswer(answer, { question: request.question, homeOrganisation: request.homeOrganisation, ...(factsKey ? { factsKey } : {}) });
  });
}
