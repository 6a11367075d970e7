// Another tree's unit whose alias carries its place ("Administration och övrigt KS Bergby") is named only
// when the question says the place or the unit's whole name: "övr kostn vs budg ks?" asked at Alby's
// Kommunstyrelsen is Alby's own other costs, never Bergby's unit, whose alias shares "övrigt" and "KS".
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Alby kommun', 'municipality', null, 'tkr'),
  { ...organisation(2, 'Kommunstyrelsen', 'board', 1, 'tkr'), aliases: ['KS'] },
  organisation(10, 'Bergby kommun', 'municipality', null, 'mnkr'),
  { ...organisation(11, 'Kommunstyrelsen Bergby', 'board', 10, 'mnkr'), aliases: ['KS Bergby'] },
  { ...organisation(12, 'Administration och övrigt', 'business_area', 11, 'mnkr'), aliases: ['Administration och övrigt KS Bergby'] },
];
const ITEMS = [item(20, 2, 'Övriga kostnader', 'cost'), item(21, 2, 'Personalkostnader', 'cost'), item(30, 12, 'Verksamhetens nettokostnad', 'result')];
const FIGURES = [
  figure(20, '2024-08', 'actual', '-28908', 'tkr', 0),
  figure(20, '2024-08', 'budget', '-27725', 'tkr', 0),
  figure(21, '2024-08', 'actual', '-70000', 'tkr', 0),
  figure(30, '2018-04', 'actual', '-14.5', 'mnkr', 1),
  figure(30, '2018-04', 'budget', '-17.5', 'mnkr', 1),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe("another tree's unit named through an alias that carries its place", () => {
  it.each(['övr kostn vs budg ks?', 'övriga kostnader ks, hur ligger vi?'])('%j is the asker\'s own line', async (question) => {
    const answer = await ask(store(), question, 'Kommunstyrelsen');
    expect(answer.status).toBe('answered');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(answer.facts.map((fact) => fact.org)).not.toContain('Administration och övrigt');
    expect(answer.facts.map((fact) => `${fact.org}: ${fact.item}`)).toContain('Kommunstyrelsen: Övriga kostnader');
  });

  it('is named when the question says the place', async () => {
    const answer = await ask(store(), 'administration och övrigt i bergby, hur går det?', 'Kommunstyrelsen');
    expect(answer.facts.map((fact) => fact.org)).toContain('Administration och övrigt');
  });
});
