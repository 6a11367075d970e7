// The guard on a model's text refuses a number one unit off a figure the report
// prints, even where two looked-up figures happen to give it: the printed figure is
// the one to show (74,8, not the 74,9 that 89,2 − 14,3 gives).
import { describe, expect, it } from 'vitest';
import { guardModelText } from '../../../src/core/guard/guard-model-text.js';
import type { Fact } from '../../../src/core/answering/answer.js';

const fact = (measure: string, value: string, unit = 'mnkr'): Fact => ({ org: 'IT-förvaltningen', item: 'Konsultkostnader', measure, period: '2024-09', value, unit, source: 'rapport' });
const evidence = (facts: Fact[]) => ({ facts, derivations: [], quotes: [], names: [] });

describe('guardModelText and the figures the report prints', () => {
  const facts = [fact('actual', '-74.8'), fact('budget', '-89.2'), fact('deviation', '14.3')];

  it('refuses a number one off a printed figure, though a difference of two facts gives it', () => {
    expect(guardModelText('Utfall 74,9 mnkr mot budget 89,2 mnkr.', evidence(facts)).rejected).toEqual([{ text: '74,9', reason: 'not_in_lookups' }]);
    expect(guardModelText('Avvikelsen är 14,4 mnkr.', evidence(facts)).rejected).toEqual([{ text: '14,4', reason: 'not_in_lookups' }]);
  });

  it('accepts the printed figures and a derivation that is not near one', () => {
    expect(guardModelText('Utfall 74,8 mnkr mot budget 89,2 mnkr, 14,3 mnkr bättre än budget.', evidence(facts)).rejected).toEqual([]);
    // 74,8 + 89,2 = 164,0: a sum of two facts, and not one off any of them.
    expect(guardModelText('Tillsammans 164,0 mnkr.', evidence(facts)).rejected).toEqual([]);
  });

  it('leaves small numbers alone, and holds an approximation to the printed figure rounded (decision 0008)', () => {
    const small = [fact('deviation', '0', 'tkr'), fact('actual', '-5', 'tkr'), fact('budget', '-4', 'tkr')];
    expect(guardModelText('En avvikelse om 1 tkr.', evidence(small)).rejected).toEqual([]);
    expect(guardModelText('Utfallet är cirka 75 mnkr.', evidence(facts)).rejected).toEqual([]);
    // 74,9 is no rounding of the printed 74,8, whatever 89,2 − 14,3 gives.
    expect(guardModelText('Utfallet är cirka 74,9 mnkr.', evidence(facts)).rejected.map((entry) => entry.text)).toEqual(['74,9']);
  });
});
