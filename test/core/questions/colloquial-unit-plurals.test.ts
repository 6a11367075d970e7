// "Fältarna", "deltidarna": the people of a unit named by the first part of its compound name and the plural
// of -are name that unit of the asker's own tree, never another tree's.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Socialförvaltningen Ekby', 'administration', null, 'mnkr'),
  organisation(2, 'Fältgruppen Ekby', 'unit', 1, 'mnkr'),
  organisation(3, 'Nattpatrullen Ekby', 'unit', 1, 'mnkr'),
  organisation(4, 'Socialförvaltningen Åby', 'administration', null, 'mnkr'),
  organisation(5, 'Deltidsgruppen Åby', 'unit', 4, 'mnkr'),
];
const ITEMS = [...[1, 2, 3, 4, 5].map((id) => item(id * 10, id, 'Nettokostnad', 'result')), item(11, 1, 'Andel deltidsanställda', 'kpi')];
const FIGURES = [
  [10, '-50.0', '-49.0'],
  [20, '-6.4', '-6.0'],
  [30, '-3.3', '-3.5'],
  [40, '-40.0', '-41.0'],
  [50, '-2.8', '-2.2'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2026-05', 'actual', String(actual)), figure(Number(id), '2026-05', 'budget', String(budget))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, [...FIGURES, figure(11, '2026-05', 'actual', '31.0')], []);

describe('a unit named by the people in it', () => {
  it.each([
    ['hur går det för fältarna?', '6,4'],
    ['nattarnas utfall?', '3,3'],
  ])('%j answers for the unit whose name begins so', async (question, figureShown) => {
    const answer = await ask(store(), question, 'Socialförvaltningen Ekby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain(figureShown);
  });

  it('never names another tree\'s unit so ("deltidarna" at Ekby is no Deltidsgruppen Åby)', async () => {
    const answer = await ask(store(), 'hur ligger deltidarna till?', 'Socialförvaltningen Ekby');
    expect(plain(answer)).not.toContain('Åby');
    expect(plain(answer)).not.toContain('2,8');
  });
});
