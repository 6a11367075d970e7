// The words of the figure model: item kinds, measures and directions. One list
// each, used by the import, the store and the answers alike.
import { z } from 'zod';

/** The kinds of report line Utfall knows. */
export const ITEM_KINDS = ['income', 'cost', 'result', 'kpi', 'investment', 'investment_category'] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

/**
 * Stored measures: the levels a report prints (actual, budgets, forecast, prior
 * year, targets) and the relations it prints between them (deviations, the
 * difference against last year, shares, changes). A relation the report prints
 * is stored as printed and shown instead of the one Utfall could derive; see
 * docs/decisions/0007-reported-figures-before-derivations.md.
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
  'deviation_percent',
  'prior_year_change',
  'prior_year_change_percent',
  'change',
  'change_percent',
  'forecast_change',
  'share',
  'budget_change',
] as const;
export const measureSchema = z.enum(MEASURES);
export type Measure = z.infer<typeof measureSchema>;

/** Measures that are levels in the line's own unit, signed as the import format signs amounts (costs negative). */
export const LEVEL_MEASURES: readonly Measure[] = ['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual', 'prior_year_full_year', 'target', 'target_full_year'];

/** Measures that are changes of a level against the period in the figure's `reference` (or an earlier forecast). */
export const CHANGE_MEASURES: readonly Measure[] = ['change', 'change_percent', 'forecast_change', 'budget_change'];

/** Measures that are percentages whatever the line's unit. */
export const PERCENT_MEASURES: readonly Measure[] = ['deviation_percent', 'prior_year_change_percent', 'change_percent', 'share'];

/** The measures a statement row's two deviations are made of (build-statement.ts): the levels they compare and the deviations a report prints. */
export const DEVIATION_MEASURES = ['actual', 'budget', 'target', 'deviation', 'forecast', 'budget_full_year', 'target_full_year', 'forecast_deviation'] as const satisfies readonly Measure[];
export type DeviationMeasure = (typeof DEVIATION_MEASURES)[number];

/**
 * What adds up to a line: "lines", its child lines and each of its breakdowns (a
 * table's total row); "sub-units", the same line in the organisation's sub-units;
 * "" nothing (its children are "varav" lines naming only some parts).
 */
export const totalOfSchema = z.enum(['', 'lines', 'sub-units']);
export type TotalOf = z.infer<typeof totalOfSchema>;

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
