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

// Measures the report prints that are what the guard otherwise derives (decision 0007):
// a printed change against last year is a change, a deviation in per cent a deviation.
const PRINTED_DERIVATIONS: Readonly<Partial<Record<Measure, NumberRole>>> = {
  deviation_percent: 'deviation',
  prior_year_change: 'change',
  prior_year_change_percent: 'change',
  change: 'change',
  change_percent: 'change',
  forecast_change: 'change',
  budget_change: 'change',
};

/** The role of a stored measure: itself, or for a printed derivation what it is a derivation of. */
export function roleOfMeasure(measure: Measure | string): NumberRole | null {
  if ((NUMBER_ROLES as readonly string[]).includes(measure)) return measure as NumberRole;
  return PRINTED_DERIVATIONS[measure as Measure] ?? null;
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
