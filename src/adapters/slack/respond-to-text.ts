// What Utfall does with something a person wrote, however it arrived (/utfall, a
// mention, a direct message): help, set the home organisation, draft, or answer.
import { findOrganisation, organisationLabel } from '../../core/figures/find-organisation.js';
import { parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import { handleDigestCommand } from '../../core/digests/handle-digest-command.js';
import { deliverAnswer } from './deliver-answer.js';
import { deliverDraft } from './deliver-draft.js';
import { parseUtfallCommand, type UtfallCommand } from '../../core/channels/parse-utfall-command.js';
import { renderNotice } from './render-notice.js';
import type { ReplyTarget } from './reply-target.js';
import { slackActor, type SlackChannelContext } from './slack-dependencies.js';
import { PHRASES } from './slack-phrases.js';

/** Text from a person, and where to answer. */
export interface TextRequest {
  /** What the person wrote, already read from Slack's formatting. */
  readonly text: string;
  readonly userId: string;
  readonly userName?: string | undefined;
  /** Where replies go. */
  readonly reply: ReplyTarget;
  /** Where `utkast … post` goes, when the origin can post to the channel (the slash command). */
  readonly post?: ReplyTarget | undefined;
  /** The channel the text came from: where `digest …` subscribes. */
  readonly channelId?: string | undefined;
}

async function setHomeOrganisation(dependencies: SlackChannelContext, request: TextRequest, name: string | null): Promise<void> {
  if (name === null) {
    const identity = await dependencies.identities.getIdentity('slack', request.userId);
    await request.reply.send(renderNotice(PHRASES.homeOrganisationIs(identity?.homeOrganisation ?? null)));
    return;
  }
  const organisations = await dependencies.figures.listOrganisations();
  const found = findOrganisation(organisations, name)[0];
  if (!found) {
    await request.reply.send(renderNotice(PHRASES.unknownOrganisation(name, organisations.map((organisation) => organisation.name))));
    return;
  }
  // Names are unique within a tree only: the label finds this one again.
  const label = organisationLabel(found, organisations);
  await dependencies.identities.setHomeOrganisation('slack', request.userId, label, request.userName ?? '');
  await request.reply.send(renderNotice(PHRASES.homeOrganisationSet(label)));
}

// As the CLI's `draft create`: exactly one organisation by name or alias, a YYYY-MM period.
async function draft(dependencies: SlackChannelContext, request: TextRequest, command: Extract<UtfallCommand, { kind: 'draft' }>): Promise<void> {
  const organisations = await dependencies.figures.listOrganisations();
  const found = findOrganisation(organisations, command.organisation);
  if (found.length !== 1) {
    await request.reply.send(renderNotice(PHRASES.unknownOrganisation(command.organisation, organisations.map((organisation) => organisation.name))));
    return;
  }
  if (!periodTextSchema.safeParse(command.period).success) {
    await request.reply.send(renderNotice(PHRASES.periodFormat));
    return;
  }
  if (!(await dependencies.assistant.authorise(slackActor(request.userId), found[0]!.id, 'see'))) {
    await request.reply.send(renderNotice(PHRASES.notAllowedToSee));
    return;
  }
  const target = command.post && request.post ? request.post : request.reply;
  await deliverDraft(dependencies, { organisation: found[0]!, item: null, period: parsePeriod(command.period), language: 'sv', userId: request.userId, target });
}

/** Handles one piece of text from `request.userId`. */
export async function respondToText(dependencies: SlackChannelContext, request: TextRequest): Promise<void> {
  const command = parseUtfallCommand(request.text);
  switch (command.kind) {
    case 'help':
      await request.reply.send(renderNotice(PHRASES.help));
      return;
    case 'org':
      await setHomeOrganisation(dependencies, request, command.name);
      return;
    case 'draft_usage':
      await request.reply.send(renderNotice(PHRASES.draftUsage));
      return;
    case 'draft':
      await draft(dependencies, request, command);
      return;
    case 'digest': {
      if (!dependencies.digests || !request.channelId) {
        await request.reply.send(renderNotice(PHRASES.digestsUnavailable));
        return;
      }
      const reply = await handleDigestCommand({ digests: dependencies.digests, figures: dependencies.figures, authorise: dependencies.assistant.authorise }, { text: command.text, asker: slackActor(request.userId), platform: 'slack', target: request.channelId });
      await request.reply.send(renderNotice(reply));
      return;
    }
    case 'question': {
      // A registered person is answered from their own record; anyone else needs the
      // home organisation they chose (used only before people are registered).
      const person = await dependencies.assistant.whoIs(slackActor(request.userId));
      const identity = person ? null : await dependencies.identities.getIdentity('slack', request.userId);
      if (!person && !identity?.homeOrganisation) {
        await request.reply.send(renderNotice(PHRASES.noHomeOrganisation));
        return;
      }
      await deliverAnswer(dependencies, { question: command.text, userId: request.userId, homeOrganisation: identity?.homeOrganisation ?? '', target: request.reply });
    }
  }
}
