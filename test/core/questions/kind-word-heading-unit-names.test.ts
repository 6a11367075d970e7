// "Boendet", "förbundet", "vilket boende …": a word that is the last part of several units' compound names
// ("Solgläntans äldre|boende", "Korttids|boendet") is the asker's own when the asker is one of them or below
// one, a choice between them all when asked beside them, and in a ranking the units to rank.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Omsorgsförbundet Ekby', 'administration', null, 'mnkr'),
  organisation(2, 'Vård och omsorg Ekby', 'department', 1, 'mnkr'),
  organisation(3, 'Solgläntans äldreboende', 'unit', 2, 'mnkr'),
  organisation(4, 'Korttidsboendet Ekby', 'unit', 2, 'mnkr'),
  organisation(5, 'Lindens gruppboende', 'unit', 2, 'mnkr'),
  organisation(6, 'Förbundskansliet Ekby', 'department', 1, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Resultat', 'result'), ...[2, 3, 4, 5, 6].map((id) => item(id * 10, id, 'Nettokostnad', 'result'))];
// The chancery's deviation is the worst of all, so a ranking of the homes that let it in shows it first.
const FIGURES = [
  [10, '12.0', '15.0'],
  [20, '-80.0', '-77.5'],
  [30, '-31.4', '-30.0'],
  [40, '-22.7', '-22.0'],
  [50, '-25.9', '-25.5'],
  [60, '-14.0', '-9.0'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2026-05', 'actual', String(actual)), figure(Number(id), '2026-05', 'budget', String(budget))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word that ends several units\' names', () => {
  it.each([
    ['hur ligger boendet till?', 'Solgläntans äldreboende', '31,4'],
    ['utfallet för boendet?', 'Korttidsboendet Ekby', '22,7'],
    ['hur ligger boendet mot budget?', 'Lindens gruppboende', '25,9'],
  ])('%j asked at one of them answers for the asker (%s)', async (question, home, figureShown) => {
    const answer = await ask(store(), question, home);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain(figureShown);
  });

  it('asked beside them asks which, offering every unit the word ends', async () => {
    const answer = await ask(store(), 'hur går det för boendet?', 'Förbundskansliet Ekby');
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(expect.arrayContaining(['Solgläntans äldreboende', 'Korttidsboendet Ekby', 'Lindens gruppboende']));
  });

  it.each(['hur går förbundet?', "how's the federation doing?"])('reads %j below the federation as the federation itself', async (question) => {
    const answer = await ask(store(), question, 'Korttidsboendet Ekby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Omsorgsförbundet Ekby');
    expect(plain(answer)).toContain('12,0');
  });

  it.each(['vilket boende går sämst?', 'vilka boenden drar mest över budget?'])('%j ranks those units only', async (question) => {
    const answer = await ask(store(), question, 'Omsorgsförbundet Ekby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Solgläntans äldreboende');
    expect(plain(answer)).not.toContain('Förbundskansliet');
  });
});
