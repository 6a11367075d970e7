// A plain "budget" beside a period's outcome is the period's budget where the line has
// one: the year's budget under that word is a misquote (found by the tool-calling liar
// on a line whose full-year budget the period's outcome nearly doubles).
import { describe, expect, it } from 'vitest';
import { guardModelText } from '../../../src/core/guard/guard-model-text.js';
import type { Fact } from '../../../src/core/answering/answer.js';

const fact = (measure: string, value: string): Fact => ({ org: 'Hälso- och sjukvårdsnämnden', item: 'Inhyrd personal', measure, period: '2023-10', value, unit: 'mnkr', source: 'rapport' });
const evidence = (facts: Fact[]) => ({ facts, derivations: [], quotes: [], names: [] });
const withPeriodBudget = [fact('actual', '-212.7'), fact('budget', '-95.0'), fact('budget_full_year', '-114.0'), fact('forecast', '-255.0')];

describe('a plain "budget" in a model text', () => {
  it('is the period budget where the line has one', () => {
    expect(guardModelText('Budgeten är 95,0 mnkr och utfallet 212,7 mnkr per oktober 2023.', evidence(withPeriodBudget)).rejected).toEqual([]);
    expect(guardModelText('Budgeten är 114 mnkr och utfallet 212,7 mnkr per oktober 2023.', evidence(withPeriodBudget)).rejected.map((entry) => entry.text)).toEqual(['114']);
    expect(guardModelText('The budget is about 114 million and the actual 212.7 mnkr.', evidence(withPeriodBudget)).rejected.map((entry) => entry.text)).toEqual(['114']);
  });

  it('may be the year\'s budget where the line has no period budget, and a full-year word always names it', () => {
    const yearOnly = withPeriodBudget.filter((candidate) => candidate.measure !== 'budget');
    expect(guardModelText('Budgeten är 114 mnkr och prognosen 255 mnkr.', evidence(yearOnly)).rejected).toEqual([]);
    expect(guardModelText('Helårsbudgeten är 114 mnkr och utfallet 212,7 mnkr per oktober 2023.', evidence(withPeriodBudget)).rejected).toEqual([]);
  });
});
