// A compound line said as two words, its head first and its first part after ("intäkter från
// parkering" for Parkeringsintäkter, "kostnaderna för muddring" for Muddringskostnader), names that
// line as much as the words in the compound's order do: the head's total above it is not meant.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Hamnförvaltningen Västby';
const ITEMS = [
  item(1, 1, 'Nettokostnad', 'cost'),
  item(10, 1, 'Summa intäkter', 'income', 1),
  item(11, 1, 'Parkeringsintäkter', 'income', 10),
  item(12, 1, 'Färjeintäkter', 'income', 10),
  item(20, 1, 'Summa kostnader', 'cost', 1),
  item(21, 1, 'Muddringskostnader', 'cost', 20),
  item(22, 1, 'Lokalkostnader', 'cost', 20),
];
const FIGURES = ITEMS.flatMap((line, index) => [figure(line.id, '2026-06', 'actual', `${10 + index}`), figure(line.id, '2026-06', 'budget', `${20 + index}`)]);
const store = () => new MemoryFigureStore([organisation(1, HOME, 'administration', null, 'mnkr')], ITEMS, FIGURES, []);

describe('a compound line said as two words apart', () => {
  it.each([
    ['intäkter från parkering?', 'Parkeringsintäkter'],
    ['intäkterna för parkeringen vs budget', 'Parkeringsintäkter'],
    ['kostnader muddring', 'Muddringskostnader'],
    ['hur ser kostnaderna för muddringen ut?', 'Muddringskostnader'],
  ])('answers %j with %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.text.startsWith(line)).toBe(true);
  });

  it.each([
    ['intäkter?', 'Summa intäkter'],
    ['kostnaderna vs budget', 'Summa kostnader'],
  ])('still answers the head said alone, %j, with the total', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.text.startsWith(line)).toBe(true);
  });
});
