// The words of the figure model: item kinds, measures and directions. One list
// each, used by the import, the store and the answers alike.
import { z } from 'zod';

/** The kinds of report line Utfall knows. */
export const ITEM_KINDS = ['income', 'cost', 'result', 'kpi', 'investment', 'investment_category'] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

/**
 * Stored measures. Deviations are derived from these; `deviation` and
 * `forecast_deviation` are stored only where a report gives the deviation alone.
 */
export const MEASURES = [
  'actual',
  'budget',
  'budget_full_year',
  'forecast',
  'prior_year_actual',
  'prior_year_full_year',
  'target',
  'target_full_year',
  'deviation',
  'forecast_deviation',
] as const;
export const measureSchema = z.enum(MEASURES);
export type Measure = z.infer<typeof measureSchema>;

/** Which direction of a figure is better. Costs are negative, so `higher` suits them too. */
export const betterSchema = z.enum(['higher', 'lower']);
export type Better = z.infer<typeof betterSchema>;

/** The kinds of organisation in the tree. */
export const ORGANISATION_KINDS = [
  'region',
  'municipality',
  'administration',
  'board',
  'division',
  'department',
  'business_area',
  'unit',
  'programme',
] as const;
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** The default direction for an item kind; KPIs have none and must say. */
export function defaultBetter(kind: ItemKind): Better | null {
  if (kind === 'kpi') return null;
  return kind === 'investment' || kind === 'investment_category' ? 'lower' : 'higher';
}

/** Kinds whose amounts are costs and therefore negative in the canonical sign. */
export function isCostKind(kind: ItemKind): boolean {
  return kind === 'cost';
}
