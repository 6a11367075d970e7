// find_organisation: which organisations match a name, with their reports.
import { z } from 'zod';
import { formatPeriod } from '../../figures/period.js';
import { findOrganisationMentions } from '../../questions/find-organisation-mention.js';
import { defineTool } from './model-tool.js';

export const findOrganisationTool = defineTool({
  name: 'find_organisation',
  description: 'Search organisations (regions, municipalities, administrations, departments, units) by name, alias or part of a name. Returns names, kinds, parents and report periods.',
  input: z.object({ query: z.string().min(1).max(200).describe('a name, alias or part of one, e.g. "KS" or "IT-förvaltningen"') }),
  async run({ query }, context) {
    const visible = context.organisations.filter((organisation) => context.canSee(organisation.id));
    const matches = findOrganisationMentions(query, visible).slice(0, 8);
    const found = await Promise.all(
      matches.map(async ({ organisation }) => ({
        name: organisation.name,
        kind: organisation.kind,
        parent: visible.find((candidate) => candidate.id === organisation.parentId)?.name ?? null,
        reports: (await context.store.listReportPeriods(organisation.id)).map(formatPeriod),
      })),
    );
    return { data: { organisations: found }, facts: [], derivations: [], quotes: [], names: found.map((entry) => entry.name) };
  },
});
