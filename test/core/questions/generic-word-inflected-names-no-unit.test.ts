// "Vilken av våra verksamheter har störst underskott?" at a board: "verksamheter" is the word for the
// board's own units, however inflected; read as the end of another board's unit's name
// ("Förskoleverksamheten"), it ranked that unit's lines and said something untrue.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'mnkr'),
  organisation(2, 'Skolnämnden Åby', 'board', 1, 'mnkr'),
  organisation(3, 'Förskoleverksamheten Åby', 'business_area', 2, 'mnkr'),
  organisation(4, 'Socialnämnden Åby', 'board', 1, 'mnkr'),
  organisation(5, 'Hemtjänst Åby', 'business_area', 4, 'mnkr'),
  organisation(6, 'Boende Åby', 'business_area', 4, 'mnkr'),
];
const ITEMS = [3, 4, 5, 6].map((id) => item(10 + id, id, 'Nettokostnad', 'cost'));
const FIGURES = [
  ...[13, 14, 15, 16].map((id) => figure(id, '2026-08', 'budget_full_year', '-100', 'mnkr', 0)),
  figure(13, '2026-08', 'forecast', '-90', 'mnkr', 0),
  figure(14, '2026-08', 'forecast', '-125', 'mnkr', 0),
  figure(15, '2026-08', 'forecast', '-118', 'mnkr', 0),
  figure(16, '2026-08', 'forecast', '-107', 'mnkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a generic word, inflected, names no unit by the end of its name', () => {
  it.each(['vilken av våra verksamheter har störst underskott i prognosen?', 'vilka verksamheter går sämst mot helårsbudgeten?'])('ranks the asker\'s own units for %j', async (question) => {
    const answer = await ask(store(), question, 'Socialnämnden Åby');
    expect(answer.status).toBe('answered');
    const units = answer.facts.map((fact) => fact.org);
    expect(units).toContain('Hemtjänst Åby');
    expect(units).not.toContain('Förskoleverksamheten Åby');
  });
});
