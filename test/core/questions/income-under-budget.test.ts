// For a cost, "under budget" is a saving; for income it is a shortfall. "Vilka intäkter ligger
// under budget?" asks for the income lines that fall short, and "… över budget?" for those that
// bring in more, while "vilka kostnader ligger under budget?" still asks for the savings.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kulturförvaltningen Västerå';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [
  item(9, 1, 'Summa intäkter', 'income', null, 'lines'),
  item(10, 1, 'Entréintäkter', 'income', 9),
  item(11, 1, 'Hyresintäkter', 'income', 9),
  item(8, 1, 'Summa kostnader', 'cost', null, 'lines'),
  item(12, 1, 'Personalkostnader', 'cost', 8),
  item(13, 1, 'Lokalkostnader', 'cost', 8),
];
const period = (line: number, actual: string, budget: string) => [figure(line, '2026-06', 'actual', actual, 'tkr', 0), figure(line, '2026-06', 'budget', budget, 'tkr', 0)];
const FIGURES = [
  ...period(9, '6700', '7400'),
  ...period(8, '-25400', '-25500'),
  ...period(10, '4100', '5000'), // income short of budget
  ...period(11, '2600', '2400'), // income above budget
  ...period(12, '-18000', '-18500'), // cost under budget: a saving
  ...period(13, '-7400', '-7000'), // cost over budget
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const itemsOf = (facts: readonly { item: string }[]) => [...new Set(facts.map((fact) => fact.item))];

describe('income under or over budget', () => {
  it.each(['vilka intäkter understiger budget?', 'vilka intäkter hamnar lägre än budgeten?', 'which revenues are below the budget?', 'which income lines came in short of the budget?'])('%j ranks the income short of budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(itemsOf(answer.facts)).toEqual(['Entréintäkter']);
  });

  it.each(['vilka intäkter går över budget?', 'which revenues are above budget?'])('%j ranks the income above budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(itemsOf(answer.facts)).toEqual(['Hyresintäkter']);
  });

  it.each(['vilka kostnader ligger under budget?', 'which costs are under budget?'])('%j still ranks the cost saving', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(itemsOf(answer.facts)).toEqual(['Personalkostnader']);
  });
});
