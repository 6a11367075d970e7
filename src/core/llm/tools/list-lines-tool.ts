// list_lines: an organisation's report lines, so the model can name one exactly.
import { z } from 'zod';
import { formatPeriod } from '../../figures/period.js';
import { orderItems } from '../../figures/build-statement.js';
import { defineTool, toolError } from './model-tool.js';
import { resolveToolOrganisation } from './resolve-tool-organisation.js';

export const listLinesTool = defineTool({
  name: 'list_lines',
  description: "List an organisation's report lines (income, costs, result, KPIs, investments) in report order, with the report periods that have figures.",
  input: z.object({ organisation: z.string().max(200).describe("the organisation's name; empty for the asker's own") }),
  async run({ organisation: name }, context) {
    const resolved = resolveToolOrganisation(name, context);
    if ('error' in resolved) return toolError(resolved.error);
    const { organisation } = resolved;
    const items = await context.store.listLineItems([organisation.id]);
    const lines = orderItems(items).map(({ item, depth }) => ({ name: item.name, kind: item.kind, depth }));
    const periods = (await context.store.listReportPeriods(organisation.id)).map(formatPeriod);
    return { data: { organisation: organisation.name, reports: periods, lines }, facts: [], derivations: [], quotes: [], names: [organisation.name, ...items.map((item) => item.name)] };
  },
});
