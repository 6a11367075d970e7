// A statement row's two deviations worked out from a gathered record's value_e4 integers,
// as buildStatement works them out from the row's figures (build-statement.ts): the
// deviation the report prints, else the level against its budget (or target) in the
// direction that is better. Integers of one scale subtract exactly, so the result is the
// statement's to the last digit; a ranking of hundreds of units needs no decimals for it.
import type { DeviationInputs } from './figure-store.js';
import type { Better } from './vocabulary.js';
import type { OrganisationRecord } from './records.js';
import { isMoneyUnit, type Unit } from '../numbers/units.js';

/** A row's period and forecast deviations as value_e4 integers; null where the row has none. */
export interface ScaledDeviations {
  readonly deviation: bigint | null;
  readonly forecastDeviation: bigint | null;
}

/** The unit buildStatement shows a row in whose figures other than percentages are all in `unit`: the organisation's report unit for money. */
export function gatheredDisplayUnit(organisation: OrganisationRecord, unit: Unit): Unit {
  return isMoneyUnit(unit) && organisation.reportUnit ? organisation.reportUnit : unit;
}

/** The row's deviations, from the value_e4 of its figures (one scale, whatever unit each was reported in). */
export function gatheredDeviations(values: DeviationInputs['valuesE4'], better: Better): ScaledDeviations {
  return {
    deviation: values.deviation ?? against(values.actual, values.budget ?? values.target, better),
    forecastDeviation: values.forecast_deviation ?? against(values.forecast, values.budget_full_year ?? values.target_full_year, better),
  };
}

/** deviation() of derived-measures.ts on value_e4 integers: level − budget where higher is better, else budget − level. */
function against(level: bigint | undefined, budget: bigint | undefined, better: Better): bigint | null {
  if (level === undefined || budget === undefined) return null;
  return better === 'higher' ? level - budget : budget - level;
}
