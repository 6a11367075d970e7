// Whether a figure is what the answer says a number is: the kind of figure the
// label names (with last year's counterpart where a year or "i fjol" is said), the
// line, organisation and breakdown named, the report period named, and the sign
// "överskott" or "underskott" gives it. What the answer does not say is not checked.
import { isPriorYearRole, spansPeriods, type NumberRole } from './number-role.js';
import type { BoundCandidate } from './bound-candidates.js';
import type { NumberClaim } from './read-number-claims.js';

const PRIOR_OF: Partial<Record<NumberRole, NumberRole>> = { actual: 'prior_year_actual', budget_full_year: 'prior_year_full_year', forecast: 'prior_year_full_year' };

function roleAllowed(claim: NumberClaim, role: NumberRole): boolean {
  if (!claim.roles || claim.roles.has(role)) return true;
  // "utfallet 2023", "i fjol var utfallet": last year's outcome is said to be an outcome of last year.
  const saysYear = claim.period?.own === true && (claim.period.prior || claim.period.year !== null);
  return saysYear && [...claim.roles].some((said) => PRIOR_OF[said] === role);
}

/** What the check needs to know about the lookups as a whole. */
export interface ClaimContext {
  /** The year of the newest report looked up. */
  readonly latestYear: number | null;
  /** "organisation|line" of every line looked up with a figure for the whole line (no breakdown). */
  readonly wholeLines: ReadonlySet<string>;
  /** "organisation|line|YYYY-MM" of every line looked up with a period budget. */
  readonly periodBudgets: ReadonlySet<string>;
}

// A plain "budget" is the period's where the line has one in that report: Utfall says
// "helårsbudget" for the year's, and "budgeten 114 mnkr och utfallet 212,7 mnkr per
// oktober" with 114 the year's budget says the period's budget is 114.
function plainBudgetAllowed(claim: NumberClaim, candidate: BoundCandidate, context: ClaimContext): boolean {
  if (candidate.role !== 'budget_full_year' || !claim.roles?.has('budget') || !candidate.period) return true;
  const period = `${candidate.period.year}-${String(candidate.period.month).padStart(2, '0')}`;
  return !(candidate.items ?? []).some((item) => (candidate.organisations ?? []).some((organisation) => context.periodBudgets.has(`${organisation}|${item}|${period}`)));
}

function periodAllowed(claim: NumberClaim, candidate: BoundCandidate, latestYear: number | null): boolean {
  const said = claim.period;
  const period = candidate.period;
  if (!said || !period || spansPeriods(candidate.role)) return true;
  const prior = isPriorYearRole(candidate.role);
  // An inherited period is the report's: last year's figures in it say so themselves.
  if (!said.own) return prior || ((said.month === null || said.month === period.month) && (said.year === null || said.year === period.year));
  const year = prior ? period.year - 1 : period.year;
  if (said.year !== null && said.year !== year) return false;
  if (said.month !== null && said.month !== period.month) return false;
  if (said.prior && !prior && !(latestYear !== null && period.year < latestYear)) return false;
  return true;
}

// A figure of one of `known` fits a sentence naming it; one computed from all of them only a sentence naming all.
const named = (said: ReadonlySet<string> | null, known: readonly string[] | null, joint: boolean) => !said || !known || (joint ? known.every((name) => said.has(name)) : known.some((name) => said.has(name)));

// A line named without a breakdown is the whole line, where the lookups have it whole ("Sjukfrånvaro 3,1 %", not the women's 3,0 %).
function breakdownAllowed(claim: NumberClaim, candidate: BoundCandidate, context: ClaimContext): boolean {
  if (candidate.breakdown === null) return true;
  if (claim.breakdowns) return claim.breakdowns.has(candidate.breakdown);
  if (!claim.items || candidate.breakdown === '') return true;
  return !(candidate.items ?? []).some((item) => (candidate.organisations ?? []).some((organisation) => context.wholeLines.has(`${organisation}|${item}`)));
}

/** Whether `candidate` may be the figure `claim` describes. */
export function claimAllows(claim: NumberClaim, candidate: BoundCandidate, context: ClaimContext): boolean {
  if (!roleAllowed(claim, candidate.role) || !plainBudgetAllowed(claim, candidate, context)) return false;
  if (!named(claim.items, candidate.items, candidate.joint) || !named(claim.organisations, candidate.organisations, candidate.joint)) return false;
  if (!breakdownAllowed(claim, candidate, context)) return false;
  if (claim.sign && candidate.signed && !candidate.value.isZero() && candidate.value.isPositive() !== (claim.sign === 'positive')) return false;
  return periodAllowed(claim, candidate, context.latestYear);
}
