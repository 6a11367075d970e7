// "Besöken mot målet?" where one unit counts "Antal besök fritidsgårdar" and another "Antal
// biblioteksbesök": a score is relative to its own unit's lines (the first is the one visit word among
// its lines), so lines of several units that the same word names alike, none in full, are all offered.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Kulturförvaltningen Åby', 'administration', null, 'tkr'),
  organisation(2, 'Fritidsgårdar Åby', 'unit', 1, 'tkr'),
  organisation(3, 'Biblioteken Åby', 'unit', 1, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'result'),
  item(20, 2, 'Nettokostnad', 'result'),
  item(21, 2, 'Antal besök fritidsgårdar', 'kpi'),
  item(30, 3, 'Nettokostnad', 'result'),
  item(31, 3, 'Antal biblioteksbesök', 'kpi'),
  item(32, 3, 'Utlån per invånare', 'kpi'),
];
const FIGURES = [
  figure(10, '2026-05', 'actual', '-5000', 'tkr', 0),
  figure(20, '2026-05', 'actual', '-1000', 'tkr', 0),
  figure(21, '2026-05', 'actual', '9800', 'tkr', 0),
  figure(21, '2026-05', 'target', '12000', 'tkr', 0),
  figure(30, '2026-05', 'actual', '-2000', 'tkr', 0),
  figure(31, '2026-05', 'actual', '41000', 'tkr', 0),
  figure(31, '2026-05', 'target', '50000', 'tkr', 0),
  figure(32, '2026-05', 'actual', '4', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Kulturförvaltningen Åby';

describe('lines of two units that one word names alike', () => {
  it.each(['besöken mot målet?', 'hur många besök har vi haft?'])('asks back %j with both lines and their units', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(expect.arrayContaining(['Antal besök fritidsgårdar (Fritidsgårdar Åby)', 'Antal biblioteksbesök (Biblioteken Åby)']));
  });

  it('answers the one line a question names in more of its words', async () => {
    const answer = await ask(store(), 'biblioteksbesöken mot målet?', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Antal biblioteksbesök');
  });
});
