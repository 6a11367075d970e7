// A report's bracketed short name of a line ("Tillbyggnad skola Ekbacken (Hus 9)") is a name of its
// own: asked by it, spaced or joined, in Swedish or English, the question names that line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const OFFICE = 'Lokalförvaltningen Ekby';
const ORGANISATIONS = [organisation(1, OFFICE, 'administration', null, 'mnkr')];
const ITEMS = [
  item(10, 1, 'Resultat', 'result'),
  item(20, 1, 'Summa investeringar', 'investment_category'),
  item(21, 1, 'Tillbyggnad skola Ekbacken (Hus 9)', 'investment', 20),
  item(22, 1, 'Ombyggnad kök Ekbacken', 'investment', 20),
  item(23, 1, 'Nytt LSS-boende Åsen (K12)', 'investment', 20),
];
const project = (line: number, actual: string, forecast: string, budget: string) => [figure(line, '2026-04', 'actual', actual), figure(line, '2026-04', 'forecast', forecast), figure(line, '2026-04', 'budget_full_year', budget)];
const FIGURES = [figure(10, '2026-04', 'actual', '3.0'), figure(10, '2026-04', 'budget', '2.0'), ...project(20, '60.0', '150.0', '160.0'), ...project(21, '40.0', '95.0', '90.0'), ...project(22, '12.0', '30.0', '40.0'), ...project(23, '8.0', '25.0', '30.0')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a bracketed short name names its line', () => {
  it.each([
    ['hur går hus 9?', 'Tillbyggnad skola Ekbacken (Hus 9)'],
    ['hus9 prognos', 'Tillbyggnad skola Ekbacken (Hus 9)'],
    ['how is Hus 9 doing against budget', 'Tillbyggnad skola Ekbacken (Hus 9)'],
    ['prognos för k12?', 'Nytt LSS-boende Åsen (K12)'],
  ])('%j is %s', async (question, line) => {
    const answer = await ask(store(), question, OFFICE);
    expect(answer.status).toBe('answered');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(answer.facts.every((fact) => fact.item === line)).toBe(true);
  });
});
