// The derivations the guard recomputes itself, so a model may write a difference,
// a sum, a share or a change in per cent of the figures it looked up without
// declaring them: every such number is computed here from the facts, exactly.
import { Dec } from '../numbers/decimal.js';
import { isMoneyUnit, toBaseUnit, type Unit } from '../numbers/units.js';
import type { Fact } from '../questions/answer.js';

/** A value the text may show, with what it is. */
export interface Candidate {
  readonly value: Dec;
  readonly unit: string;
  readonly description: string;
}

// Beyond this many facts the pairs grow too many to be a plausible single answer.
const MAX_FACTS = 40;

/** Differences, sums, shares and percentage changes of every pair of facts in the same kind of unit. */
export function derivedCandidates(facts: readonly Fact[]): Candidate[] {
  const values = facts.slice(0, MAX_FACTS).map((fact) => {
    const raw = new Dec(fact.value);
    const money = isMoneyUnit(fact.unit);
    return { fact, value: money ? toBaseUnit(raw, fact.unit as Unit) : raw, unit: money ? 'kr' : fact.unit };
  });
  const candidates: Candidate[] = [];
  for (let i = 0; i < values.length; i += 1) {
    for (let j = 0; j < values.length; j += 1) {
      if (i === j) continue;
      const a = values[i]!;
      const b = values[j]!;
      const label = `${a.fact.item} ${a.fact.measure} / ${b.fact.item} ${b.fact.measure}`;
      if (a.unit === b.unit) {
        if (i < j) {
          candidates.push({ value: a.value.minus(b.value), unit: a.unit, description: `difference ${label}` });
          candidates.push({ value: a.value.abs().minus(b.value.abs()), unit: a.unit, description: `difference of sizes ${label}` });
          candidates.push({ value: a.value.plus(b.value), unit: a.unit, description: `sum ${label}` });
        }
        if (!b.value.isZero()) {
          candidates.push({ value: a.value.times(100).dividedBy(b.value.abs()), unit: '%', description: `share ${label}` });
          candidates.push({ value: a.value.minus(b.value).times(100).dividedBy(b.value.abs()), unit: '%', description: `change ${label}` });
        }
      }
    }
  }
  return candidates;
}
