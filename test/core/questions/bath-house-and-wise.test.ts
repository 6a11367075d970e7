// "Where does the bath house land by year-end?", "how are we doing, pool-wise?": "bath house" is
// English for a "badhus", and "-wise" says what the question is about ("budget-wise",
// "staff-wise"); it names no line of its own, so the words before it are read as usual.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Fritidsförvaltningen Åby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), organisation(2, 'Badhuset Åby', 'business_area', 1, 'tkr'), organisation(3, 'Bibliotek Åby', 'business_area', 1, 'tkr')];
const ITEMS = [item(10, 1, 'Nettokostnad', 'result'), item(11, 1, 'Personalkostnader', 'cost'), item(20, 2, 'Nettokostnad', 'result'), item(30, 3, 'Nettokostnad', 'result')];
const both = (line: number, actual: string, budget: string, forecast: string, fullYear: string) => [
  figure(line, '2026-05', 'actual', actual, 'tkr', 0),
  figure(line, '2026-05', 'budget', budget, 'tkr', 0),
  figure(line, '2026-05', 'forecast', forecast, 'tkr', 0),
  figure(line, '2026-05', 'budget_full_year', fullYear, 'tkr', 0),
];
const FIGURES = [...both(10, '-30000', '-29000', '-71000', '-70000'), ...both(11, '-12000', '-12500', '-30000', '-30500'), ...both(20, '-10400', '-9000', '-24500', '-21600'), ...both(30, '-5000', '-5100', '-12000', '-12000')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const organisationsOf = (facts: readonly { org: string }[]) => [...new Set(facts.map((fact) => fact.org))];

describe('"bath house" and "-wise"', () => {
  it.each(['where does the bath house land at year end?', 'bathhouse forecast for the year?', 'are we over, pool-wise?'])('%j is about the bath house', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(organisationsOf(answer.facts)).toEqual(['Badhuset Åby']);
  });

  it.each(['staff-wise, how are we doing?', 'how are staff costs budget-wise?'])('%j reads the line before "-wise"', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Personalkostnader');
  });
});
