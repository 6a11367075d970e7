// "Badhusunderskottet", "fritidsgårdsprognosen": a unit named by the first part of a compound whose
// last part is a word of follow-up (underskott, överskott, prognos, budget) is that unit, asked from
// its parent.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Norrby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Fritidsförvaltningen Norrby', 'administration', 1, 'tkr'),
  { ...organisation(3, 'Simhallen Norrby', 'business_area', 2, 'tkr'), aliases: ['Simhall Norrby'] },
  { ...organisation(4, 'Fritidsgårdar Norrby', 'business_area', 2, 'tkr'), aliases: ['Fritidsgården Norrby'] },
];
const ITEMS = [item(10, 2, 'Nettokostnad', 'cost'), item(11, 3, 'Nettokostnad', 'cost'), item(12, 4, 'Nettokostnad', 'cost')];
const FIGURES = [
  [10, '-20000', '-19000', '-48000', '-46000'],
  [11, '-5200', '-4800', '-12500', '-11600'],
  [12, '-3100', '-3300', '-7400', '-7900'],
].flatMap(([id, actual, budget, forecast, year]) => [
  figure(Number(id), '2026-05', 'actual', String(actual), 'tkr', 0),
  figure(Number(id), '2026-05', 'budget', String(budget), 'tkr', 0),
  figure(Number(id), '2026-05', 'forecast', String(forecast), 'tkr', 0),
  figure(Number(id), '2026-05', 'budget_full_year', String(year), 'tkr', 0),
]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Fritidsförvaltningen Norrby';

describe('a unit named inside a follow-up compound', () => {
  it.each([
    ['simhallsunderskottet hittills?', 'Simhallen Norrby'],
    ['hur stort är simhallsöverskottet?', 'Simhallen Norrby'],
    ['fritidsgårdsprognosen?', 'Fritidsgårdar Norrby'],
  ])('%j is %s', async (question, unit) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.org)).toContain(unit);
    expect(answer.facts.map((fact) => fact.org)).not.toContain(HOME);
  });
});
