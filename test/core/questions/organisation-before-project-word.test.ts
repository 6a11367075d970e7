// "Which KS projects came in under budget?": a project word right after an organisation's name
// ranks that organisation's projects. (A unit kind word there says what the named one is, "the
// exploitation unit", but an organisation is never a project.) Without this the operating lines
// were ranked, and the staff costs, with the largest deviation, came first.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kommunstyrelsen Lillby';
const ORGANISATIONS = [{ ...organisation(1, HOME, 'board', null, 'tkr'), aliases: ['KS'] }];
// (Spending less than budgeted on an investment is the better side, as the importer stores it.)
const investment = (id: number, name: string, parentId: number | null, totalOf?: 'lines') => ({ ...item(id, 1, name, 'investment', parentId, totalOf), better: 'lower' as const });
const ITEMS = [item(10, 1, 'Personalkostnader', 'cost'), investment(11, 'Summa investeringar', null, 'lines'), investment(12, 'Ny sporthall Åsen', 11), investment(13, 'Tak Lillbyskolan', 11)];
const year = (line: number, forecast: string, budget: string) => [figure(line, '2025-08', 'forecast', forecast, 'tkr', 0), figure(line, '2025-08', 'budget_full_year', budget, 'tkr', 0)];
const FIGURES = [...year(10, '-60000', '-40000'), ...year(11, '29000', '30000'), ...year(12, '19000', '22000'), ...year(13, '10000', '8000')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const itemsOf = (facts: readonly { item: string }[]) => [...new Set(facts.map((fact) => fact.item))];

describe('an organisation named before a project word', () => {
  it.each(['which KS projects came in under budget?', 'vilka ks-investeringar går bäst mot budget?'])('%j ranks the projects', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(itemsOf(answer.facts)).toContain('Ny sporthall Åsen');
    expect(itemsOf(answer.facts)).not.toContain('Personalkostnader');
  });

  it.each(['what KS investments overshoot the budget?', 'vilka KS-projekt drar över?'])('%j ranks the project over budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(itemsOf(answer.facts)).toContain('Tak Lillbyskolan');
    expect(itemsOf(answer.facts)).not.toContain('Personalkostnader');
  });
});
