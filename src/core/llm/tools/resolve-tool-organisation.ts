// Tools name organisations in free text ("KS", "IT-förvaltningens"); this finds
// the one meant, within what the asker may see, or says why not.
import type { OrganisationRecord } from '../../figures/records.js';
import { findOrganisation, withinTreeOf } from '../../figures/find-organisation.js';
import { findOrganisationMentions } from '../../questions/find-organisation-mention.js';
import type { ToolContext } from './model-tool.js';

/** The organisation `name` means, or an error message for the model. */
export function resolveToolOrganisation(name: string | undefined, context: ToolContext): { organisation: OrganisationRecord } | { error: string } {
  const visible = context.organisations.filter((organisation) => context.canSee(organisation.id));
  if (!name || name.trim() === '') return { organisation: context.home };
  const exact = withinTreeOf(findOrganisation(visible, name), context.home, context.organisations);
  if (exact.length === 1) return { organisation: exact[0]! };
  const mentions = findOrganisationMentions(name, visible);
  const best = mentions[0];
  if (best && !(mentions[1] && Math.abs(mentions[1].score - best.score) < 0.005)) return { organisation: best.organisation };
  // Whether an organisation exists outside the asker's scope is not revealed.
  return { error: `No organisation "${name}" among those you may look up. Use find_organisation to search.` };
}
