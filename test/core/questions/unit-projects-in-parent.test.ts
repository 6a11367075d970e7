// A unit's investments asked where the unit reports none, but its parent reports projects whose names
// write the unit's name: those projects answer (one) or are offered (several); a project that only
// carries the place's name is not the unit's.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Fritids- och kulturskoleförvaltningen Åby', 'administration', 1, 'tkr'),
  organisation(3, 'Kulturskolan Åby', 'department', 2, 'tkr'),
  organisation(4, 'Konsthallen Åby', 'department', 2, 'tkr'),
];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'result'),
  item(11, 2, 'Summa investeringar', 'investment_category'),
  item(12, 2, 'Verksamhetssystem kulturskola', 'investment', 11),
  item(13, 2, 'Ombyggnad lokaler Kulturskolan', 'investment', 11),
  item(14, 2, 'Ventilation konsthallen', 'investment', 11),
  item(15, 2, 'Konstinköp Åby', 'investment', 11),
  item(20, 3, 'Nettokostnad', 'result'),
  item(30, 4, 'Nettokostnad', 'result'),
];
const FIGURES = [10, 20, 30].flatMap((id) => [figure(id, '2026-06', 'actual', '-900', 'tkr', 0), figure(id, '2026-06', 'budget', '-950', 'tkr', 0)]).concat(
  [11, 12, 13, 14, 15].flatMap((id) => [figure(id, '2026-06', 'actual', '300', 'tkr', 0), figure(id, '2026-06', 'budget_full_year', '500', 'tkr', 0)]),
);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe("a unit's investments reported as its parent's projects", () => {
  it.each(['kulturskolans investering?', 'hur går investeringarna för kulturskolan?', 'kulturskolan, investeringar?'])('%j offers the projects that write its name', async (question) => {
    const answer = await ask(store(), question, 'Åby kommun');
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(['Verksamhetssystem kulturskola', 'Ombyggnad lokaler Kulturskolan']);
  });

  it('answers the one project that writes its name', async () => {
    const answer = await ask(store(), 'konsthallens investering hittills?', 'Åby kommun');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toEqual(expect.arrayContaining(['Ventilation konsthallen']));
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Konstinköp Åby');
  });
});
