// A size ranking ranks the amount the question names: "störst budget", "by budget" the budgets,
// "prognos", "forecast" the forecasts, "utfall", "outcome" the outcomes; "över budget", "mot budget"
// and deviation words rank deviations. The projects below are ordered differently by each.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Norrvik kommun', 'municipality', null, 'mnkr'), organisation(2, 'Fastighetskontoret', 'division', 1, 'mnkr')];
const ITEMS = [item(30, 2, 'Investeringar totalt', 'investment', null, 'lines'), item(31, 2, 'Skolbyggnad', 'investment', 30), item(32, 2, 'Bredband', 'investment', 30), item(33, 2, 'Simhall', 'investment', 30)];
// [id, full-year budget, forecast, outcome so far]: by budget 31, 32, 33; by forecast 31, 33, 32;
// by outcome 33, 31, 32; by forecast deviation 33 (−16), 32 (+14), 31 (+5).
const PROJECTS: [number, string, string, string][] = [
  [31, '95.0', '90.0', '60.0'],
  [32, '15.0', '1.0', '0.0'],
  [33, '4.0', '20.0', '70.0'],
];
const FIGURES = PROJECTS.flatMap(([id, budget, forecast, actual]) => [figure(id, '2026-08', 'budget_full_year', budget), figure(id, '2026-08', 'forecast', forecast), figure(id, '2026-08', 'actual', actual)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Fastighetskontoret';

async function ranked(question: string): Promise<string[]> {
  const answer = await ask(store(), question, HOME);
  expect(answer.status).toBe('answered');
  return plain(answer).split('\n').slice(1);
}

describe('a ranking by budget', () => {
  it.each(['vilka investeringar har störst budget?', 'vilka investeringar har mest budget?', 'biggest investments by budget', 'which investment projects have the largest budgets?'])('ranks the full-year budgets: %s', async (question) => {
    const lines = await ranked(question);
    expect(lines[0]).toContain('Skolbyggnad: 95,0 mnkr');
    expect(lines[1]).toContain('Bredband: 15,0 mnkr');
    expect(lines[2]).toContain('Simhall: 4,0 mnkr');
  });
});

describe('a ranking by forecast or outcome', () => {
  it('ranks the forecasts when the forecast is named', async () => {
    const lines = await ranked('biggest investments by forecast');
    expect(lines.map((line) => line.replace(/^\d+\. /, '').split(':')[0])).toEqual(['Skolbyggnad', 'Simhall', 'Bredband']);
  });

  it('ranks the outcomes when the outcome is named', async () => {
    const lines = await ranked('vilka investeringar har störst utfall?');
    expect(lines[0]).toContain('Simhall: 70,0 mnkr');
  });
});

describe('a ranking against the budget', () => {
  it.each(['vilka investeringar avviker mest mot budget?', 'which investments have the largest deviation against budget?'])('still ranks deviations: %s', async (question) => {
    const lines = await ranked(question);
    expect(lines[0]).toContain('Simhall');
    expect(lines[0]).toMatch(/16,0 mnkr/);
  });
});

describe('sub-units ranked by budget', () => {
  // A municipality's two committees: the larger outcome is the smaller budget.
  const units = [organisation(1, 'Norrvik kommun', 'municipality', null, 'mnkr'), organisation(2, 'Skolnämnden', 'board', 1, 'mnkr'), organisation(3, 'Kulturnämnden', 'board', 1, 'mnkr')];
  const lines = [item(40, 2, 'Nettokostnad', 'result'), item(41, 3, 'Nettokostnad', 'result')];
  const withBudgets = [figure(40, '2026-08', 'actual', '-50.0'), figure(40, '2026-08', 'budget_full_year', '-900.0'), figure(41, '2026-08', 'actual', '-70.0'), figure(41, '2026-08', 'budget_full_year', '-120.0')];
  const deviationsOnly = [figure(40, '2026-08', 'forecast_deviation', '3.0'), figure(41, '2026-08', 'forecast_deviation', '-8.0')];

  it('ranks their full-year budgets', async () => {
    const answer = await ask(new MemoryFigureStore(units, lines, withBudgets, []), 'vilka nämnder har störst budget?', 'Norrvik kommun');
    expect(answer.status).toBe('answered');
    const ranked = plain(answer).split('\n').slice(1);
    expect(ranked[0]).toContain('Skolnämnden');
    expect(ranked[0]).toContain('900,0 mnkr');
  });

  it('is no_data, not a ranking of deviations, where only deviations are on record', async () => {
    const answer = await ask(new MemoryFigureStore(units, lines, deviationsOnly, []), 'which committees have the biggest budget?', 'Norrvik kommun');
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toMatch(/budget/i);
    expect(answer.facts).toEqual([]);
  });
});
