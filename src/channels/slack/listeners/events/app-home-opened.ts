// The Home tab, published each time a user opens it: their home organisation and what Utfall does.
import type { App } from '@slack/bolt';
import { renderHome } from '../../render-home.js';
import type { SlackChannelContext } from '../../slack-dependencies.js';
import { appHomeOpenedEventSchema, readPayload } from '../../slack-payloads.js';

/** Registers the Home tab publisher. */
export function registerAppHomeOpened(app: App, context: SlackChannelContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    const opened = readPayload(appHomeOpenedEventSchema, event, 'app_home_opened event');
    if (opened.tab !== undefined && opened.tab !== 'home') return;
    const [identity, organisations] = await Promise.all([context.identities.getIdentity('slack', opened.user), context.figures.listOrganisations()]);
    await client.views.publish({ user_id: opened.user, view: renderHome(identity?.homeOrganisation ?? null, organisations.map((organisation) => organisation.name)) });
  });
}
