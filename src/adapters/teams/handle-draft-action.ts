// The buttons on a draft card: Godkänn and Redigera (controllers and admins of the
// draft's organisation only) and Skriv om (anyone who may see it).
import { MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import { isDraftId } from '../../core/drafting/draft-id.js';
import { renderDraftCard } from './render-answer-card.js';
import { teamsActor, type TeamsChannelDependencies } from './teams-dependencies.js';
import { cardMessage } from './teams-reply.js';

/** What a card button sends back. */
export interface CardActionValue {
  readonly action?: string;
  readonly draftId?: number;
  readonly text?: string;
}

const ONLY_MANAGERS = {
  approve: 'Bara controllers och administratörer för organisationen kan godkänna utkast.',
  revise: 'Bara controllers och administratörer för organisationen kan redigera utkast.',
};

async function reply(dependencies: TeamsChannelDependencies, userId: string, value: CardActionValue & { draftId: number }) {
  const actor = teamsActor(userId);
  const draft = await dependencies.draftStore.getDraft(value.draftId);
  if (value.action === 'approve_draft' || value.action === 'revise_draft') {
    // Once people are registered, only controllers and admins of the draft's organisation approve or edit.
    const kind = value.action === 'approve_draft' ? 'approve' : 'revise';
    if (!draft || !(await dependencies.assistant.authorise(actor, draft.organisationId, 'manage'))) return MessageFactory.text(ONLY_MANAGERS[kind]);
    if (kind === 'approve') {
      const approved = await dependencies.drafts.approve(draft.id, actor);
      const current = await dependencies.draftStore.getDraft(draft.id);
      return approved && current ? cardMessage(renderDraftCard(current)) : MessageFactory.text('Utkastet är redan godkänt eller ersatt.');
    }
    const outcome = await dependencies.drafts.revise(draft.id, value.text ?? '', actor);
    if ('draft' in outcome) return cardMessage(renderDraftCard(outcome.draft));
    return MessageFactory.text('rejected' in outcome ? `Sparades inte: de här siffrorna finns inte i utkastets underlag: ${outcome.rejected.join(', ')}` : outcome.missing);
  }
  // rewrite_draft: a fresh draft for the same organisation, line and period.
  if (!draft) return MessageFactory.text(`Utkast ${value.draftId} finns inte.`);
  if (!(await dependencies.assistant.authorise(actor, draft.organisationId, 'see'))) return MessageFactory.text('Du har inte behörighet att se siffror för den organisationen.');
  const organisation = (await dependencies.figures.listOrganisations()).find((candidate) => candidate.id === draft.organisationId)!;
  const item = draft.lineItemId === null ? null : ((await dependencies.figures.listLineItems([organisation.id])).find((candidate) => candidate.id === draft.lineItemId) ?? null);
  const outcome = await dependencies.drafts.create({ organisation, item, period: draft.period, language: draft.language, createdBy: actor });
  return 'missing' in outcome ? MessageFactory.text(outcome.missing) : cardMessage(renderDraftCard(outcome.draft));
}

/** Handles a draft button and replies; false when `value` is not one. */
export async function handleDraftAction(context: TurnContext, dependencies: TeamsChannelDependencies, userId: string, value: CardActionValue | undefined): Promise<boolean> {
  const isDraftAction = (value?.action === 'approve_draft' || value?.action === 'rewrite_draft' || (value?.action === 'revise_draft' && Boolean(value.text))) && value?.draftId !== undefined;
  if (!isDraftAction) return false;
  // Card data comes back from the client: a draft number Utfall did not write is answered, not thrown.
  if (!isDraftId(value.draftId)) {
    await context.sendActivity(MessageFactory.text('Utkastets nummer är inte giltigt.'));
    return true;
  }
  await context.sendActivity(await reply(dependencies, userId, value as CardActionValue & { draftId: number }));
  return true;
}
