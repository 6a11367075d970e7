// What a number in an answer stands for: one of the stored measures, or one of the
// derivations the guard knows (a deviation, a change, a share, what remains of a
// budget, a plain difference or sum). Facts carry their measure; derivations are
// given one from how they were computed.
import type { Measure } from '../figures/vocabulary.js';

export const NUMBER_ROLES = [
  'actual',
  'budget',
  'budget_full_year',
  'forecast',
  'target',
  'target_full_year',
  'prior_year_actual',
  'prior_year_full_year',
  'deviation',
  'forecast_deviation',
  'change',
  'share',
  'remaining',
  'difference',
  'sum',
] as const;

/** What a number stands for. */
export type NumberRole = (typeof NUMBER_ROLES)[number];

/** The role of a stored measure: itself (every measure is a role). */
export function roleOfMeasure(measure: Measure | string): NumberRole | null {
  return (NUMBER_ROLES as readonly string[]).includes(measure) ? (measure as NumberRole) : null;
}

/** Last year's figures: a period in the text names their year as the report's year minus one. */
export function isPriorYearRole(role: NumberRole): boolean {
  return role === 'prior_year_actual' || role === 'prior_year_full_year';
}

/** Figures of one report as it stands (not computed against another period). */
export function isLevelRole(role: NumberRole): boolean {
  return role === 'actual' || role === 'budget' || role === 'budget_full_year' || role === 'forecast' || role === 'target' || role === 'target_full_year' || role === 'prior_year_actual' || role === 'prior_year_full_year';
}

/** Numbers computed across periods or between unrelated figures: no single period is theirs. */
export function spansPeriods(role: NumberRole): boolean {
  return role === 'change' || role === 'difference' || role === 'sum';
}
