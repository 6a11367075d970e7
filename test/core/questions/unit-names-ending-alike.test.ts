// "Hur går det för omsorgen?" beside "Äldreomsorg" and "Individ- och familjeomsorg": the word ends both
// units' names, so it asks which. A name of several distinctive words ("individ", "familjeomsorg") used to
// be reachable by its words only, and the unit with the one-word name was answered as if it were meant.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'mnkr'),
  organisation(2, 'Socialnämnden Åby', 'board', 1, 'mnkr'),
  organisation(3, 'Äldreomsorg Åby', 'business_area', 2, 'mnkr'),
  organisation(4, 'Stöd- och familjeomsorg Åby', 'business_area', 2, 'mnkr'),
];
const ITEMS = [item(10, 2, 'Nettokostnad', 'cost'), item(11, 3, 'Nettokostnad', 'cost'), item(12, 4, 'Nettokostnad', 'cost')];
const FIGURES = [10, 11, 12].flatMap((id) => [figure(id, '2026-08', 'actual', String(-100 - id), 'mnkr', 0), figure(id, '2026-08', 'budget', '-100', 'mnkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word that ends several units names', () => {
  it.each([
    ['Åby kommun', 'hur går det för omsorgen?'],
    ['Socialnämnden Åby', 'omsorgen mot budget?'],
  ])('asks back at %s: %j', async (home, question) => {
    const answer = await ask(store(), question, home);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(expect.arrayContaining(['Äldreomsorg Åby', 'Stöd- och familjeomsorg Åby']));
  });

  it('answers the unit whose name is written out', async () => {
    const answer = await ask(store(), 'hur går det för familjeomsorgen?', 'Åby kommun');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.org)).toContain('Stöd- och familjeomsorg Åby');
  });
});
