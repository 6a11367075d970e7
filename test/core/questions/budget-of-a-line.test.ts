// A line's budget written as one compound ("utvecklingsbudgeten", "lokalbudgeten") asks for the
// budget itself, as "budgeten för utveckling" does; a period in front ("periodbudgeten") still asks
// for a comparison. A concept's everyday word ("utvecklingen") names every line of the concept
// alike, one that has the word in its name ("Resultat utveckling") and one the concept names
// ("Utvecklingskostnader"): the figures asked say which, and where both have them the asker chooses.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Digitaliseringsförvaltningen Vallby', 'administration', null, 'mnkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'result'),
  item(11, 1, 'Resultat utveckling', 'result'),
  item(12, 1, 'Utvecklingskostnader', 'cost'),
  item(13, 1, 'Lokalkostnader', 'cost'),
];
const FIGURES = [
  figure(10, '2025-05', 'actual', '120.0'),
  figure(10, '2025-05', 'budget', '118.0'),
  // The development result is reported as deviations only.
  figure(11, '2025-05', 'deviation', '-2.3'),
  figure(11, '2025-05', 'forecast_deviation', '-4.1'),
  // The development costs have their year's budget and an outcome.
  figure(12, '2025-05', 'actual', '17.2'),
  figure(12, '2025-05', 'budget', '16.0'),
  figure(12, '2025-05', 'budget_full_year', '38.4'),
  figure(13, '2025-05', 'actual', '9.1'),
  figure(13, '2025-05', 'budget', '9.6'),
  figure(13, '2025-05', 'budget_full_year', '23.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Digitaliseringsförvaltningen Vallby';
const items = (answer: Awaited<ReturnType<typeof ask>>) => answer.facts.map((fact) => `${fact.item}/${fact.measure}`);

describe("a line's budget asked as one compound", () => {
  it.each(['hur stor är utvecklingsbudgeten på helår?', 'utvecklingsbudgeten för hela året?', 'vad är utvecklingsbudgeten för året?'])('%j gives the development costs’ full-year budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(items(answer)).toContain('Utvecklingskostnader/budget_full_year');
    expect(plain(answer)).toContain('38,4');
  });

  it('gives the period’s budget of the development costs when the period is asked', async () => {
    const answer = await ask(store(), 'utvecklingsbudgeten hittills i år?', HOME);
    expect(answer.status).toBe('answered');
    expect(items(answer)).toContain('Utvecklingskostnader/budget');
    expect(items(answer)).not.toContain('Resultat utveckling/deviation');
  });

  it('reads "lokalbudgeten" as the budget of the premises line', async () => {
    const answer = await ask(store(), 'lokalbudgeten för helåret?', HOME);
    expect(answer.status).toBe('answered');
    expect(items(answer)).toContain('Lokalkostnader/budget_full_year');
    expect(plain(answer)).toContain('23,0');
  });

  it('keeps "periodbudgeten" a comparison with the period’s budget', async () => {
    const answer = await ask(store(), 'lokalkostnaderna mot periodbudgeten?', HOME);
    expect(answer.status).toBe('answered');
    expect(items(answer)).toEqual(expect.arrayContaining(['Lokalkostnader/actual', 'Lokalkostnader/budget']));
  });
});

describe('a concept’s word that two lines answer to', () => {
  it.each(['utvecklingen jämfört med budget?', 'hur ser utvecklingen ut mot budget'])('asks back %j with both development lines', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Resultat utveckling');
    expect(plain(answer)).toContain('Utvecklingskostnader');
  });

  it('answers the line the question names more of', async () => {
    const answer = await ask(store(), 'utvecklingsresultatet hittills?', HOME);
    expect(answer.status).toBe('answered');
    expect(items(answer)).toContain('Resultat utveckling/deviation');
  });
});
