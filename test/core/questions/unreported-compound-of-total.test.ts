// "Resekostnaderna", "hotellkostnader": a compound that ends in a total's word ("kostnader") but
// begins with a word no line of the organisation has names a narrower line the organisation does
// not report. Answering the total (Verksamhetens kostnader) would be a nearby line, not the one
// asked: the honest answer is no such line. A first part that means the total ("drift",
// "verksamhets") or one the line has still names it. A short first part is as narrowing as a long one:
// "hemtjänsten" is home care, not the line Köp av tjänster; "matkostnaderna" is no total of costs.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Miljönämnden Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [item(10, 1, 'Verksamhetens intäkter', 'income'), item(11, 1, 'Verksamhetens kostnader', 'cost'), item(12, 1, 'Lokalkostnader', 'cost', 11), item(13, 1, 'Resultat', 'result'), item(14, 1, 'Köp av tjänster', 'cost', 11)];
const FIGURES = [10, 11, 12, 13, 14].flatMap((line, index) => [figure(line, '2026-06', 'actual', String(100 + index * 10), 'tkr', 0), figure(line, '2026-06', 'budget', String(95 + index * 10), 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a compound of a total the organisation does not report', () => {
  it.each(['resekostnaderna hittills?', 'hur mycket har hotellkostnader blivit?', 'telefonkostnaderna mot budget', 'vad kostar hemtjänsten?', 'matkostnaderna i år?', 'hur går det för bilkostnaderna'])('%j finds no line', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
  });

  it.each([
    ['verksamhetskostnaderna mot budget?', 'Verksamhetens kostnader'],
    ['lokalkostnaderna mot budget?', 'Lokalkostnader'],
    ['köpta tjänster mot budget?', 'Köp av tjänster'],
  ])('%j still answers %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual([line]);
  });
});
