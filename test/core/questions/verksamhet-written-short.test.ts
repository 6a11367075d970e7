// "Verks intäkter", "vht kostnader": controllers write "verksamhetens" short. Like the word in
// full it says little about which line (every line is the operation's), and it never names a
// line below the total that merely has the letters inside a longer word ("Överförmyndarsamverkan", a part of the income).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kommunledningskontoret Norrby';
const ITEMS = [item(10, 1, 'Verksamhetens intäkter', 'income'), item(11, 1, 'Verksamhetens kostnader', 'cost'), item(12, 1, 'Överförmyndarsamverkan', 'income', 10)];
const FIGURES = [10, 11, 12].flatMap((line, index) => [figure(line, '2026-06', 'actual', String(50 + index)), figure(line, '2026-06', 'budget', String(48 + index))]);
const store = () => new MemoryFigureStore([organisation(1, HOME, 'administration', null, 'tkr')], ITEMS, FIGURES, []);

describe('"verksamhetens" written short', () => {
  it.each([
    ['verks intäkter ack mot budg', 'Verksamhetens intäkter'],
    ['vht kostnader hittills?', 'Verksamhetens kostnader'],
  ])('%j answers %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual([line]);
  });
});
