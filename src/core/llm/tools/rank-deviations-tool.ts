// rank_deviations: the lines, sub-units or investment projects with the largest
// deviations, through the same ranking the offline engine answers with.
import { z } from 'zod';
import { parsePeriod, periodTextSchema } from '../../figures/period.js';
import { AnswerBuilder } from '../../questions/answer-builder.js';
import { answerRanking } from '../../questions/answer-ranking.js';
import { questionCatalogue } from '../../questions/catalogue/question-catalogue.js';
import { readQuestion } from '../../questions/reading/read-question.js';
import { defineTool, toolError } from './model-tool.js';
import { resolveToolOrganisation } from './resolve-tool-organisation.js';

export const rankDeviationsTool = defineTool({
  name: 'rank_deviations',
  description: 'Rank the deviations against budget (or the forecast against the full-year budget) of an organisation: by line, by sub-unit, or by investment project; worse, better or largest either way.',
  input: z.object({
    organisation: z.string().max(200).describe("the organisation's name; empty for the asker's own"),
    by: z.enum(['lines', 'units', 'projects']),
    direction: z.enum(['worse', 'better', 'any']).default('any'),
    forecast: z.boolean().default(false).describe('rank forecast deviations instead of period deviations'),
    period: periodTextSchema.optional(),
    count: z.number().int().min(1).max(20).default(5),
  }),
  async run(input, context) {
    const resolved = resolveToolOrganisation(input.organisation, context);
    if ('error' in resolved) return toolError(resolved.error);
    const { organisation } = resolved;
    const catalogue = questionCatalogue(await context.store.loadCatalogue());
    const base = readQuestion('', catalogue, context.home);
    const reading = {
      ...base,
      language: context.language,
      intent: 'ranking' as const,
      wantsForecast: input.forecast,
      ranking: { ...base.ranking, dimension: input.by === 'lines' ? ('items' as const) : input.by, direction: input.direction, count: input.count, by: 'deviation' as const },
    };
    const names = new Map(context.organisations.map((candidate) => [candidate.id, candidate.name]));
    const builder = new AnswerBuilder(context.language, (id) => names.get(id) ?? String(id));
    const visible = context.organisations.filter((candidate) => context.canSee(candidate.id));
    const answer = await answerRanking({ store: context.store, catalogue, reading, organisations: visible, home: context.home, organisation, namedOrganisation: true, itemWords: [], builder }, input.period ? parsePeriod(input.period) : null, null);
    return { data: { organisation: organisation.name, status: answer.status, ranking: answer.text }, facts: answer.facts, derivations: answer.derivations, quotes: [], names: answer.names };
  },
});
