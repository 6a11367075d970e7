// "Hur går det för biblioteket?" beside a unit "Bibliotek Åby" and a project "Meröppet bibliotek Ekby": the
// word names either, so it is asked back. The reading carried the word twice ("biblioteket" and the
// "bibliotek" read beside it), and one inflection counted as another word naming the line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Kulturförvaltningen Åby', 'administration', 1, 'tkr'), organisation(3, 'Bibliotek Åby', 'business_area', 2, 'tkr')];
const ITEMS = [item(10, 2, 'Nettokostnad', 'cost'), item(11, 2, 'Meröppet bibliotek Ekby', 'investment'), item(12, 3, 'Nettokostnad', 'cost')];
const FIGURES = [
  figure(10, '2026-05', 'actual', '-4000', 'tkr', 0),
  figure(10, '2026-05', 'budget', '-3900', 'tkr', 0),
  figure(11, '2026-05', 'actual', '1150', 'tkr', 0),
  figure(11, '2026-05', 'budget_full_year', '1400', 'tkr', 0),
  figure(12, '2026-05', 'actual', '-900', 'tkr', 0),
  figure(12, '2026-05', 'budget', '-1000', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word that names a unit and a line, however inflected', () => {
  it.each(['hur går det för biblioteket?', 'biblioteken, hur ser det ut?', 'how is the library doing?'])('asks back %j with the unit and the line', async (question) => {
    const answer = await ask(store(), question, 'Kulturförvaltningen Åby');
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(expect.arrayContaining(['Bibliotek Åby', 'Meröppet bibliotek Ekby']));
  });

  it('answers the line when another word of it is asked', async () => {
    const answer = await ask(store(), 'hur går det för meröppet bibliotek?', 'Kulturförvaltningen Åby');
    expect(answer.facts.map((fact) => fact.item)).toContain('Meröppet bibliotek Ekby');
  });
});
