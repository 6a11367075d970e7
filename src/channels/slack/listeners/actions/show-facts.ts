// "Visa underlag": the facts and derivations behind an answer, shown only to the
// person who clicked. The facts of the answer on screen when this instance still
// has them, else those of the question asked again.
import type { App } from '@slack/bolt';
import { ACTION_IDS, askValueSchema } from '../../action-values.js';
import { renderFacts } from '../../render-facts.js';
import { responseUrlTarget } from '../../reply-target.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { readBlockAction } from './read-block-action.js';

/** Registers the Visa underlag button. */
export function registerShowFacts(app: App, context: SlackChannelContext): void {
  app.action(ACTION_IDS.showFacts, async ({ ack, body }) => {
    await ack();
    const click = readBlockAction(body, askValueSchema);
    const remembered = click.value.k ? context.recentAnswers.recall(click.value.k) : undefined;
    const answer = remembered ?? (await context.ask.ask({ text: click.value.q, homeOrganisation: click.value.o }));
    await responseUrlTarget(click.responseUrl, 'ephemeral').send(renderFacts(answer));
  });
}
