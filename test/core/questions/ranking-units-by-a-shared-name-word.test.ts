// "Rank the distriktsområden", "rangordna distriktsområdena": in a ranking, a word that begins several of the
// asker's units' names (and no line's) says which units are ranked: those, not every unit nor the lines.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Fastighetskontoret Åby', 'administration', null, 'mnkr'),
  organisation(2, 'Distriktsområde Norr Åby', 'department', 1, 'mnkr'),
  organisation(3, 'Distriktsområde Söder Åby', 'department', 1, 'mnkr'),
  organisation(4, 'Projektavdelningen Åby', 'department', 1, 'mnkr'),
  organisation(5, 'Stabsavdelningen Åby', 'department', 1, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Summa intäkter', 'income'), item(12, 1, 'Summa kostnader', 'cost'), ...[2, 3, 4, 5].map((id) => item(id * 10, id, 'Resultat', 'result'))];
const FIGURES = [
  [10, '3.0', '2.0'],
  [11, '90.0', '88.0'],
  [12, '-87.0', '-86.0'],
  [20, '1.5', '1.0'],
  [30, '0.4', '1.0'],
  [40, '6.0', '0.0'],
  [50, '-4.0', '0.0'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2026-06', 'actual', String(actual)), figure(Number(id), '2026-06', 'budget', String(budget))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ranking of the units a word of their names says', () => {
  it.each(['rank the distriktsområden by result', 'rangordna distriktsområdena efter resultat'])('%j ranks those units only', async (question) => {
    const answer = await ask(store(), question, 'Fastighetskontoret Åby');
    expect(answer.status).toBe('answered');
    const text = plain(answer);
    expect(text).toContain('Distriktsområde Norr Åby');
    expect(text).toContain('Distriktsområde Söder Åby');
    expect(text).not.toContain('Projektavdelningen');
    expect(text).not.toContain('Summa intäkter');
  });

  it.each([
    ['vilket distriktsområde går sämst?', 'Stabsavdelningen'],
    ['vilka distriktsområden ligger över budget?', 'Projektavdelningen'],
  ])('%j ranks those units by their deviations, not %s', async (question, other) => {
    const answer = await ask(store(), question, 'Fastighetskontoret Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Distriktsområde');
    expect(plain(answer)).not.toContain(other);
  });
});
