// A word that names several of the asker's units alike, and a line as well ("förskolan" beside
// Förskoleområde Öst, Förskoleområde Väst and a project "Ny förskola Ekbacken"), is asked back with
// all of them; another word that names one of the lines ("Ekbacken") says it is that line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Kvarnby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Utbildningsförvaltningen Kvarnby', 'administration', 1, 'tkr'),
  organisation(3, 'Förskoleområde Öst', 'unit', 2, 'tkr'),
  organisation(4, 'Förskoleområde Väst', 'unit', 2, 'tkr'),
];
const ITEMS = [item(40, 2, 'Nettokostnad', 'result'), item(41, 2, 'Ny förskola Ekbacken', 'investment'), item(42, 3, 'Nettokostnad', 'result'), item(43, 4, 'Nettokostnad', 'result')];
const FIGURES = [
  figure(40, '2025-10', 'actual', '900', 'tkr', 0),
  figure(40, '2025-10', 'budget', '880', 'tkr', 0),
  figure(41, '2025-10', 'forecast', '1200', 'tkr', 0),
  figure(41, '2025-10', 'budget_full_year', '1000', 'tkr', 0),
  figure(42, '2025-10', 'actual', '400', 'tkr', 0),
  figure(42, '2025-10', 'budget', '390', 'tkr', 0),
  figure(43, '2025-10', 'actual', '500', 'tkr', 0),
  figure(43, '2025-10', 'budget', '490', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Utbildningsförvaltningen Kvarnby';

describe('a word several units share, that a line uses too', () => {
  it.each(['hur går det för förskolan?', 'förskolan mot budget?'])('asks back %j with both units and the line', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    for (const option of ['Förskoleområde Öst', 'Förskoleområde Väst', 'Ny förskola Ekbacken']) expect(plain(answer)).toContain(option);
  });

  it('answers the line when another word of the question names it', async () => {
    const answer = await ask(store(), 'förskolan i ekbacken, prognos?', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Ny förskola Ekbacken');
  });
});
