// A Swedish report counts "badbesök" (visits to the public pool) beside other visits
// ("Antal besök fritidsgårdar"); an English question says "swim visits", "pool visitors" or
// "swimmers". The glossary gives the compound as a whole, so the pool's count is answered,
// not the youth centres' (a bare "visits" stays unglossed: it names no one kind of visit).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Fritidsförvaltningen Norrby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [item(10, 1, 'Antal badbesök', 'kpi'), item(11, 1, 'Antal besök fritidsgårdar', 'kpi'), item(12, 1, 'Sjukfrånvaro', 'kpi')];
const FIGURES = [
  figure(10, '2026-04', 'actual', '48200', 'st', 0),
  figure(10, '2026-04', 'target', '60000', 'st', 0),
  figure(11, '2026-04', 'actual', '7300', 'st', 0),
  figure(11, '2026-04', 'target', '9000', 'st', 0),
  figure(12, '2026-04', 'actual', '6.1', '%', 1),
  figure(12, '2026-04', 'target', '5.5', '%', 1),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('pool visits in an English question', () => {
  it.each(['swim visits vs target?', 'how many swimmers so far this year?', 'pool visitors against the goal'])('%j answers Antal badbesök', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Antal badbesök']);
  });
});
