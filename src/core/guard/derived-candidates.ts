// The derivations the guard computes itself, so a model may write a difference, a
// sum, a share or a change in per cent of the figures it looked up without declaring
// them: every such number is computed here from the facts, exactly, and given the
// role it has. Actual against budget of one line in one report is its deviation;
// actual against last year's, or a figure against the same one in an earlier report,
// a change; anything else only a difference, sum or share.
import { Dec } from '../numbers/decimal.js';
import { isMoneyUnit, toBaseUnit, type Unit } from '../numbers/units.js';
import type { Fact } from '../answering/answer.js';
import { factCandidate, type BoundCandidate } from './bound-candidates.js';
import type { NumberRole } from './number-role.js';

// Beyond this many facts the pairs grow too many to be a plausible single answer.
const MAX_FACTS = 40;

// Units whose figures add up; two percentages or index values have no meaningful sum.
const ADDITIVE = new Set(['kr', 'st', 'årsarbetare']);

interface Value {
  readonly fact: Fact;
  readonly candidate: BoundCandidate;
  readonly base: Dec;
  readonly unit: string;
}

/** What a − b, (a − b) / |b| × 100 and a + b are, for two figures. */
function rolesOf(a: Value, b: Value): { difference: NumberRole; percent: NumberRole; sum: NumberRole } {
  const sameLine = a.fact.org === b.fact.org && a.fact.item === b.fact.item && (a.fact.breakdown ?? '') === (b.fact.breakdown ?? '');
  const measures = `${a.fact.measure}/${b.fact.measure}`;
  if (sameLine && a.fact.period === b.fact.period) {
    if (/^(actual\/(budget|target)|forecast\/(budget_full_year|target_full_year))$/.test(measures)) return { difference: measures.startsWith('forecast') ? 'forecast_deviation' : 'deviation', percent: measures.startsWith('forecast') ? 'forecast_deviation' : 'deviation', sum: 'sum' };
    if (measures === 'actual/prior_year_actual' || measures === 'forecast/prior_year_full_year') return { difference: 'change', percent: 'change', sum: 'sum' };
    if (measures === 'budget_full_year/actual') return { difference: 'remaining', percent: 'difference', sum: 'sum' };
  }
  if (sameLine && a.fact.measure === b.fact.measure && a.fact.period !== b.fact.period) return { difference: 'change', percent: 'change', sum: 'sum' };
  // Two lines' or organisations' figures of one kind add up to that kind ("totalt 140 mnkr i utfall").
  const otherLine = a.fact.org !== b.fact.org || a.fact.item !== b.fact.item;
  return { difference: 'difference', percent: 'difference', sum: a.fact.measure === b.fact.measure && otherLine && a.fact.period === b.fact.period ? a.candidate.role : 'sum' };
}

/** Two figures and what they share, worked out once for the five values computed from them. */
class Pair {
  readonly items: readonly string[];
  readonly organisations: readonly string[];
  readonly breakdown: string | null;
  readonly period: BoundCandidate['period'];

  constructor(
    readonly a: Value,
    readonly b: Value,
  ) {
    this.items = a.fact.item === b.fact.item ? [a.fact.item] : [a.fact.item, b.fact.item];
    this.organisations = a.fact.org === b.fact.org ? [a.fact.org] : [a.fact.org, b.fact.org];
    this.breakdown = (a.fact.breakdown ?? '') === (b.fact.breakdown ?? '') ? (a.fact.breakdown ?? '') : null;
    this.period = a.fact.period === b.fact.period ? a.candidate.period : null;
  }
}

type Computation = 'difference' | 'difference of sizes' | 'sum' | 'share' | 'change';

/** One value of a pair; exact only when read. */
class PairCandidate implements BoundCandidate {
  readonly joint = true;
  readonly signed = false;
  private exact: Dec | null = null;

  constructor(
    private readonly pair: Pair,
    private readonly computation: Computation,
    readonly approximately: number,
    readonly unit: string,
    readonly role: NumberRole,
  ) {}

  get items() {
    return this.pair.items;
  }
  get organisations() {
    return this.pair.organisations;
  }
  get breakdown() {
    return this.pair.breakdown;
  }
  get period() {
    return this.pair.period;
  }
  get description(): string {
    return `${this.computation} ${this.pair.a.candidate.description} / ${this.pair.b.candidate.description}`;
  }
  get value(): Dec {
    if (this.exact) return this.exact;
    const { a, b } = this.pair;
    const exact = {
      difference: () => a.base.minus(b.base),
      'difference of sizes': () => a.base.abs().minus(b.base.abs()),
      sum: () => a.base.plus(b.base),
      share: () => a.base.times(100).dividedBy(b.base.abs()),
      change: () => a.base.minus(b.base).times(100).dividedBy(b.base.abs()),
    }[this.computation]();
    this.exact = exact;
    return exact;
  }
}

/**
 * Differences, sums, shares and percentage changes of every pair of facts in the same
 * kind of unit, each with its role. There are thousands for a long answer's lookups,
 * so each value is computed exactly only when asked for; `approximately` (a float)
 * lets a caller pass over those nowhere near a number first.
 */
export function derivedCandidates(facts: readonly Fact[]): BoundCandidate[] {
  const values: Value[] = facts.slice(0, MAX_FACTS).flatMap((fact) => {
    const candidate = factCandidate(fact);
    if (!candidate) return [];
    const raw = new Dec(fact.value);
    const money = isMoneyUnit(fact.unit);
    return [{ fact, candidate, base: money ? toBaseUnit(raw, fact.unit as Unit) : raw, unit: money ? 'kr' : fact.unit }];
  });
  const floats = values.map((value) => value.base.toNumber());
  const candidates: BoundCandidate[] = [];
  for (let i = 0; i < values.length; i += 1) {
    for (let j = 0; j < values.length; j += 1) {
      if (i === j) continue;
      const a = values[i]!;
      const b = values[j]!;
      if (a.unit !== b.unit) continue;
      const [x, y] = [floats[i]!, floats[j]!];
      const roles = rolesOf(a, b);
      const pair = new Pair(a, b);
      if (i < j) {
        // A deviation is actual against budget whichever comes first.
        const difference = roles.difference !== 'difference' ? roles.difference : rolesOf(b, a).difference;
        candidates.push(new PairCandidate(pair, 'difference', x - y, a.unit, difference));
        candidates.push(new PairCandidate(pair, 'difference of sizes', Math.abs(x) - Math.abs(y), a.unit, difference));
        if (ADDITIVE.has(a.unit)) candidates.push(new PairCandidate(pair, 'sum', x + y, a.unit, roles.sum));
      }
      if (y !== 0) {
        candidates.push(new PairCandidate(pair, 'share', (x * 100) / Math.abs(y), '%', 'share'));
        candidates.push(new PairCandidate(pair, 'change', ((x - y) * 100) / Math.abs(y), '%', roles.percent));
      }
    }
  }
  return candidates;
}
