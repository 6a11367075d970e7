// Gathers what one subscription's digest is made of, from the figure store (the
// organisation and its sub-units), the drafts waiting, the import batches since the
// last digest, and builds it.
import type { DraftStore } from '../drafting/draft-store.js';
import type { FigureStore } from '../figures/figure-store.js';
import type { OrganisationRecord } from '../figures/records.js';
import { descendantsOf } from '../questions/answer-context.js';
import { buildWeeklyDigest } from './build-weekly-digest.js';
import type { Digest } from './digest.js';
import type { DigestStore } from './digest-store.js';
import type { DigestSubscription } from './digest-subscription.js';

/** The organisation and, when included, every organisation below it. */
function coveredOrganisations(organisations: readonly OrganisationRecord[], rootId: number, includeSubUnits: boolean): OrganisationRecord[] {
  const root = organisations.find((organisation) => organisation.id === rootId);
  if (!root) return [];
  return includeSubUnits ? [root, ...descendantsOf(root, organisations)] : [root];
}

/** The digest of `subscription` for `week`, with what changed since `since` (the last digest sent). */
export async function composeSubscriptionDigest(
  dependencies: { figures: FigureStore; drafts: Pick<DraftStore, 'listDrafts'>; digests: Pick<DigestStore, 'listImportBatches'> },
  subscription: DigestSubscription,
  week: string,
  since: Date | null,
): Promise<Digest> {
  const organisations = coveredOrganisations(await dependencies.figures.listOrganisations(), subscription.organisationId, subscription.includeSubUnits);
  const root = organisations[0];
  if (!root) throw new Error(`the organisation of digest subscription ${subscription.id} no longer exists`);
  const organisationIds = organisations.map((organisation) => organisation.id);
  const [items, figures, notes, draftsWaiting, batchesSince] = await Promise.all([
    dependencies.figures.listLineItems(organisationIds),
    dependencies.figures.listFigures({ organisationIds }),
    dependencies.figures.listNotes({ organisationIds }),
    dependencies.drafts.listDrafts({ organisationIds, status: 'draft' }),
    dependencies.digests.listImportBatches(since),
  ]);
  return buildWeeklyDigest({ week, language: subscription.language, root, includeSubUnits: subscription.includeSubUnits, organisations, items, figures, notes, draftsWaiting, batchesSince, since });
}
