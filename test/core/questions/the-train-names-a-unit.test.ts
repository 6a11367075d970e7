// "How is the train doing?": "the train" is Swedish "tåget", and like "tåget" it is a weak sign of the
// asker's unit whose one-word name ends so ("Åbytåget"), not the asker's KPI "Punktlighet tåg"; the
// KPI is still what "is the train punctual?" asks for, as its words name that line in full.
// A glossed word that ends several units' names ("the buses": Stadsbussarna, Landsbussarna) names none.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Trafikförvaltningen Åby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'mnkr'),
  organisation(2, 'Åbytåget', 'business_area', 1, 'mnkr'),
  organisation(3, 'Stadsbussarna Åby', 'business_area', 1, 'mnkr'),
  organisation(4, 'Landsbussarna Åby', 'business_area', 1, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Nettokostnad', 'result'), { ...item(11, 1, 'Punktlighet tåg', 'kpi'), better: 'higher' as const }, item(20, 2, 'Nettokostnad', 'result'), item(30, 3, 'Nettokostnad', 'result'), item(40, 4, 'Nettokostnad', 'result')];
const both = (line: number, actual: string, budget: string) => [figure(line, '2026-03', 'actual', actual), figure(line, '2026-03', 'budget', budget)];
const FIGURES = [
  ...both(10, '-300', '-290'),
  figure(11, '2026-03', 'actual', '86.5', '%'),
  figure(11, '2026-03', 'target', '90', '%'),
  ...both(20, '-56.3', '-53.5'),
  figure(20, '2026-03', 'forecast', '-221'),
  figure(20, '2026-03', 'budget_full_year', '-214'),
  ...both(30, '-80', '-75'),
  ...both(40, '-60', '-58'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('"the train" and "the buses"', () => {
  it.each(['how is the train doing vs budget?', 'where does the train land this year?'])('%j is about the train unit', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.org))]).toEqual(['Åbytåget']);
  });

  it.each(['is the train punctual?', 'the train, punctuality?'])('%j is the punctuality KPI', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Punktlighet tåg']);
  });

  it('takes no bus unit for "the buses", which ends two names', async () => {
    const answer = await ask(store(), 'how are the buses doing against budget?', HOME);
    const organisations = new Set(answer.facts.map((fact) => fact.org));
    expect(organisations.has('Stadsbussarna Åby') && !organisations.has('Landsbussarna Åby')).toBe(false);
    expect(organisations.has('Landsbussarna Åby') && !organisations.has('Stadsbussarna Åby')).toBe(false);
  });
});
