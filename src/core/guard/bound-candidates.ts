// The figures a number in an answer may stand for, each with what it is: a looked-up
// fact (its measure, line, organisation, breakdown and report), or a derivation a
// tool returned, read from how it was computed ("budget − actual (Personalkostnader,
// 2024-08)" is that line's deviation in that report). A derivation's expression does
// not name its organisation; it is the organisation whose facts it was computed
// from, found by computing it again.
import { Dec } from '../numbers/decimal.js';
import { isMoneyUnit, toBaseUnit, type Unit } from '../numbers/units.js';
import type { Period } from '../figures/period.js';
import type { Derivation, Fact } from '../answering/answer.js';
import { roleOfMeasure, type NumberRole } from './number-role.js';

/** A value a stated number may show, and what it is. */
export interface BoundCandidate {
  readonly value: Dec;
  /** The value as a float, where computing it exactly is put off (the guard's own derivations); for a first, rough comparison only. */
  readonly approximately?: number;
  readonly unit: string;
  readonly role: NumberRole;
  /** Lines and organisations it belongs to (one of them, or all of them where `joint`); null where that is not known. */
  readonly items: readonly string[] | null;
  readonly organisations: readonly string[] | null;
  /** Computed from figures of all its lines and organisations (a sum of two lines), so an answer that names one of them does not name it. */
  readonly joint: boolean;
  /** Its breakdown label, '' for the whole line; null where not known. */
  readonly breakdown: string | null;
  /** The report it belongs to; null for figures across reports or not known. */
  readonly period: Period | null;
  /** Whether its sign follows Utfall's convention (a surplus or better-than-budget positive), so words about its direction can be checked. */
  readonly signed: boolean;
  readonly description: string;
}

// The guard's own derivations of money are in kr; percentages and other units as they are.
function toBase(value: Dec, unit: string): Dec {
  return isMoneyUnit(unit) ? toBaseUnit(value, unit as Unit) : value;
}

function periodOf(text: string): Period | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** A looked-up fact as a candidate. Money follows the sign convention (costs negative, results and deviations positive when good). */
export function factCandidate(fact: Fact): BoundCandidate | null {
  const role = roleOfMeasure(fact.measure);
  if (!role) return null;
  return {
    value: new Dec(fact.value),
    unit: fact.unit,
    role,
    items: [fact.item],
    organisations: [fact.org],
    joint: false,
    breakdown: fact.breakdown ?? '',
    // A target the plan sets for a later year is that year's ("målet är 60 till 2026"), not the report's.
    period: periodOf((role === 'target' || role === 'target_full_year') && fact.reference ? fact.reference : fact.period),
    // A change keeps the report's sign (a cost that grew is negative), not the good-or-bad one.
    signed: isMoneyUnit(fact.unit) && role !== 'change',
    description: `${fact.org}: ${fact.item}${fact.breakdown ? ` (${fact.breakdown})` : ''} ${fact.measure} ${fact.period}`,
  };
}

// How Utfall writes what it computed, most specific first (see build-statement.ts,
// answer-figure.ts, answer-rollup.ts, answer-ranking*.ts, digest-lines.ts).
const DERIVATION_ROLES: readonly (readonly [RegExp, NumberRole | ((match: RegExpExecArray) => NumberRole)])[] = [
  // Between two reports ("2024-04→2024-08", "deviation 2024-08 − deviation 2024-04", "| |forecast 2024-08| − |forecast 2024-04| |").
  [/→|^\(.*\) \/ \|.*\| × 100|^(?:forecast )?deviation \d{4}-\d{2} − |^\| \|forecast/, 'change'],
  [/^change \/ |prior-year actual/, 'change'],
  [/^(actual|budget|forecast deviation|deviation) summed over /, (match) => (match[1] === 'forecast deviation' ? 'forecast_deviation' : (match[1] as NumberRole))],
  [/^\|actual\| \/ \|budget_full_year\|/, 'share'],
  [/^\|budget_full_year\| − \|actual\|/, 'remaining'],
  [/forecast deviation|^forecast − full-year|^reported forecast deviation/, 'forecast_deviation'],
  [/deviation|budget|target/, 'deviation'],
];

function roleOfDerivation(expression: string): NumberRole {
  for (const [pattern, role] of DERIVATION_ROLES) {
    const match = pattern.exec(expression);
    if (match) return typeof role === 'function' ? role(match) : role;
  }
  return 'difference';
}

function namesIn(expression: string, names: readonly string[]): string[] | null {
  // Longest first, so "Verksamhetens kostnader" is found and not also "kostnader".
  let rest = expression;
  const found: string[] = [];
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    if (name !== '' && rest.includes(name)) {
      found.push(name);
      rest = rest.split(name).join(' ');
    }
  }
  return found.length > 0 ? found : null;
}

/**
 * A tool's derivation as a candidate. `facts` are the lookups' facts; `recomputed`
 * the guard's own derivations of them, which tell whose figures it was computed from.
 */
export function derivationCandidate(derivation: Derivation, facts: readonly Fact[], recomputed: () => readonly BoundCandidate[]): BoundCandidate {
  const role = roleOfDerivation(derivation.expression);
  const value = new Dec(derivation.value);
  const items = namesIn(derivation.expression, facts.map((fact) => fact.item));
  const periods = derivation.expression.match(/\d{4}-\d{2}/g) ?? [];
  const period = role === 'change' || role === 'difference' ? null : periodOf(periods.at(-1) ?? '');
  // A sum over sub-units belongs to their parent, which the expression names but no fact may carry.
  const summed = / summed over /.test(derivation.expression);
  let organisations = summed ? null : namesIn(derivation.expression, facts.map((fact) => fact.org));
  if (!summed && !organisations && items) {
    // The organisations that have the line in that report; where several have, those whose own figures give the same value.
    const owners = [...new Set(facts.filter((fact) => items.includes(fact.item) && (!period || periodOf(fact.period)?.month === period.month)).map((fact) => fact.org))];
    const same = owners.length > 1 ? recomputed().filter((candidate) => candidate.role === role && candidate.value.abs().equals(toBase(value, derivation.unit).abs()) && candidate.items?.some((item) => items.includes(item))) : [];
    const computedBy = [...new Set(same.flatMap((candidate) => candidate.organisations ?? []))];
    organisations = computedBy.length > 0 ? computedBy : owners.length > 0 ? owners : null;
  }
  return { value, unit: derivation.unit, role, items, organisations, joint: false, breakdown: null, period, signed: true, description: derivation.expression };
}
