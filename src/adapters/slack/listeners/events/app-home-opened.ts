// The Home tab, published each time a user opens it: their home organisation and what Utfall does.
import type { App } from '@slack/bolt';
import { renderHome } from '../../render-home.js';
import { slackActor, type SlackChannelContext } from '../../slack-dependencies.js';
import { appHomeOpenedEventSchema, readPayload } from '../../slack-payloads.js';

/** Registers the Home tab publisher. */
export function registerAppHomeOpened(app: App, context: SlackChannelContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    const opened = readPayload(appHomeOpenedEventSchema, event, 'app_home_opened event');
    if (opened.tab !== undefined && opened.tab !== 'home') return;
    const [person, identity, organisations] = await Promise.all([context.assistant.whoIs(slackActor(opened.user)), context.identities.getIdentity('slack', opened.user), context.figures.listOrganisations()]);
    // A registered person's home organisation is the one on record; others chose theirs with /utfall org.
    const home = person ? (organisations.find((organisation) => organisation.id === person.homeOrganisationId)?.name ?? null) : (identity?.homeOrganisation ?? null);
    await client.views.publish({ user_id: opened.user, view: renderHome(home, organisations.map((organisation) => organisation.name)) });
  });
}
