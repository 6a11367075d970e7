// "Skriv om": a fresh draft for the same organisation, line and period, in place of
// the message the button is on.
import type { App } from '@slack/bolt';
import { ACTION_IDS, draftValueSchema } from '../../action-values.js';
import { deliverDraft } from '../../deliver-draft.js';
import { renderNotice } from '../../render-notice.js';
import { responseUrlTarget } from '../../reply-target.js';
import { slackActor, type SlackChannelContext } from '../../slack-dependencies.js';
import { PHRASES } from '../../slack-phrases.js';
import { readBlockAction } from './read-block-action.js';

/** Registers the Skriv om button. */
export function registerRewriteDraft(app: App, context: SlackChannelContext): void {
  app.action(ACTION_IDS.rewriteDraft, async ({ ack, body }) => {
    await ack();
    const click = readBlockAction(body, draftValueSchema);
    const previous = await context.draftStore.getDraft(click.value.d);
    const organisation = previous && (await context.figures.listOrganisations()).find((candidate) => candidate.id === previous.organisationId);
    if (!previous || !organisation) {
      await responseUrlTarget(click.responseUrl, 'ephemeral').send(renderNotice(PHRASES.draftMissing(click.value.d)));
      return;
    }
    if (!(await context.assistant.authorise(slackActor(click.userId), organisation.id, 'see'))) {
      await responseUrlTarget(click.responseUrl, 'ephemeral').send(renderNotice(PHRASES.notAllowedToSee));
      return;
    }
    const item = previous.lineItemId === null ? null : ((await context.figures.listLineItems([organisation.id])).find((candidate) => candidate.id === previous.lineItemId) ?? null);
    await deliverDraft(context, { organisation, item, period: previous.period, language: previous.language, userId: click.userId, target: responseUrlTarget(click.responseUrl, 'replace_original') });
  });
}
