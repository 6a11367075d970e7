// A concept word of three letters or fewer ("int" for intäkter) is a clipping with no inflections: "inte" (not),
// which stems to "int", names no income line, so "går vi inte plus?" is about the result alone.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Tekniska nämnden Åby', 'board', 1, 'tkr')];
const ITEMS = [item(10, 2, 'Årets resultat', 'result'), item(11, 2, 'Verksamhetens intäkter', 'income', 10), item(12, 2, 'Verksamhetens kostnader', 'cost', 10)];
const FIGURES = [
  figure(10, '2026-08', 'actual', '2100', 'tkr', 0),
  figure(10, '2026-08', 'budget', '1500', 'tkr', 0),
  figure(11, '2026-08', 'actual', '48300', 'tkr', 0),
  figure(11, '2026-08', 'budget', '47000', 'tkr', 0),
  figure(12, '2026-08', 'actual', '-46200', 'tkr', 0),
  figure(12, '2026-08', 'budget', '-45500', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Tekniska nämnden Åby';

describe('a short concept word is no stem', () => {
  it.each(['går vi inte plus i år?', 'blir det inte ett överskott?'])('answers %j with the result, not asking about income', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Årets resultat');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Verksamhetens intäkter');
  });

  it('still reads the clipping itself', async () => {
    const answer = await ask(store(), 'int mot budget?', HOME);
    expect(answer.facts.map((fact) => fact.item)).toContain('Verksamhetens intäkter');
  });
});
