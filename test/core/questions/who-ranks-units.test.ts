// "Vem ligger under budget?", "who's overspending?": "who" in a budget follow-up is one of the
// asker's units, so the question ranks units, not the asker's own lines (whose deviations here
// are larger, so a ranking of lines would put them first).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Omsorgsförvaltningen Åby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'tkr'),
  organisation(2, 'Hemtjänst Åby', 'unit', 1, 'tkr'),
  organisation(3, 'Särskilt boende Åby', 'unit', 1, 'tkr'),
];
const ITEMS = [item(10, 1, 'Personalkostnader', 'cost'), item(11, 1, 'Nettokostnad', 'result'), item(20, 2, 'Nettokostnad', 'result'), item(30, 3, 'Nettokostnad', 'result')];
const year = (line: number, forecast: string, budget: string) => [figure(line, '2026-05', 'forecast', forecast, 'tkr', 0), figure(line, '2026-05', 'budget_full_year', budget, 'tkr', 0)];
const FIGURES = [...year(10, '-9000', '-5000'), ...year(11, '-5400', '-5000'), ...year(20, '-2300', '-2000'), ...year(30, '-2800', '-3000')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const organisationsOf = (facts: readonly { org: string }[]) => [...new Set(facts.map((fact) => fact.org))];

describe('"who" ranks units', () => {
  it.each(['vem går över budget?', 'vem drar över mest?', "who's overspending?", 'who is worst against budget?'])('%j ranks the unit over budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(organisationsOf(answer.facts)).toContain('Hemtjänst Åby');
    expect(organisationsOf(answer.facts)).not.toContain(HOME);
  });

  it.each(['vem ligger under budget?', 'who has a surplus?'])('%j ranks the unit under budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(organisationsOf(answer.facts)).toEqual(['Särskilt boende Åby']);
  });
});
