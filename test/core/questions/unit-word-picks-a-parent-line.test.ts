// A unit's name written into a compound ("VA-avgifterna") whose rest names several of the parent's
// lines ("avgifter": Brukningsavgifter VA, Bygglovsavgifter): the unit's word picks the parent's line
// that carries it, since the unit itself has no such line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Tekniska förvaltningen Öby', 'administration', null, 'tkr'),
  { ...organisation(2, 'VA-verksamheten Öby', 'unit', 1, 'tkr'), aliases: ['VA'] },
];
const ITEMS = [
  item(10, 1, 'Summa intäkter', 'income', null, 'lines'),
  item(11, 1, 'Brukningsavgifter VA', 'income', 10),
  item(12, 1, 'Bygglovsavgifter', 'income', 10),
  item(20, 2, 'Nettokostnad', 'cost'),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '52000', 'tkr', 0),
  figure(10, '2026-06', 'budget', '50000', 'tkr', 0),
  figure(11, '2026-06', 'actual', '41730', 'tkr', 0),
  figure(11, '2026-06', 'budget', '40000', 'tkr', 0),
  figure(12, '2026-06', 'actual', '10270', 'tkr', 0),
  figure(12, '2026-06', 'budget', '10000', 'tkr', 0),
  figure(20, '2026-06', 'actual', '-300', 'tkr', 0),
  figure(20, '2026-06', 'budget', '0', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Tekniska förvaltningen Öby';

describe("a unit's word in a compound naming one of the parent's lines", () => {
  it.each(['hur mycket va-avgifter har vi fått in?', 'VA-avgifter mot budget', 'va avgifterna i år?'])('%j answers Brukningsavgifter VA', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Brukningsavgifter VA');
    expect(plain(answer)).toContain('41 730');
  });
});
