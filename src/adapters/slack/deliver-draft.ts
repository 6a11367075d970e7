// Composes a draft through the core and replies with it, behind a placeholder when slow.
import type { LineItemRecord, OrganisationRecord } from '../../core/figures/records.js';
import type { Period } from '../../core/figures/period.js';
import { deliverWithPlaceholder } from './deliver-with-placeholder.js';
import { renderDraft } from './render-draft.js';
import { renderNotice } from './render-notice.js';
import type { ReplyTarget } from './reply-target.js';
import { slackActor, type SlackChannelDependencies } from './slack-dependencies.js';

/** Drafts for `organisation` (and `item`) in `period`, created by the Slack user `userId`, at `target`. */
export async function deliverDraft(
  dependencies: Pick<SlackChannelDependencies, 'drafts'>,
  request: { organisation: OrganisationRecord; item: LineItemRecord | null; period: Period; language: 'sv' | 'en'; userId: string; target: ReplyTarget },
): Promise<void> {
  await deliverWithPlaceholder(request.target, async () => {
    const outcome = await dependencies.drafts.create({ organisation: request.organisation, item: request.item, period: request.period, language: request.language, createdBy: slackActor(request.userId) });
    return 'missing' in outcome ? renderNotice(outcome.missing) : renderDraft(outcome.draft);
  });
}
