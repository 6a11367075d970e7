// Asks the assistant as the Slack user (scoped to what they may see, and audited) and
// replies with the rendered answer, behind a placeholder when slow.
import { deliverWithPlaceholder } from './deliver-with-placeholder.js';
import { renderAnswer } from './render-answer.js';
import type { ReplyTarget } from './reply-target.js';
import { slackActor, type SlackChannelContext } from './slack-dependencies.js';

/**
 * Answers `question` for the Slack user `userId` at `target`. `homeOrganisation` is the
 * one the user chose with /utfall org; the assistant uses it only while no person is
 * registered, after that the person's own record decides.
 */
export async function deliverAnswer(context: Pick<SlackChannelContext, 'assistant' | 'recentAnswers'>, request: { question: string; userId: string; homeOrganisation: string; target: ReplyTarget }): Promise<void> {
  await deliverWithPlaceholder(request.target, async () => {
    const answer = await context.assistant.ask({ asker: slackActor(request.userId), channel: 'slack', text: request.question, fallbackHomeOrganisation: request.homeOrganisation || undefined });
    const factsKey = answer.facts.length + answer.derivations.length > 0 ? context.recentAnswers.remember(answer, request.userId) : undefined;
    return renderAnswer(answer, { question: request.question, homeOrganisation: request.homeOrganisation, ...(factsKey ? { factsKey } : {}) });
  });
}
