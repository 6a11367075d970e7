// "Which project has the most budget left?", "vilket projekt har mest kvar av budgeten": in a ranking, the
// budget left is the deviation on the better side, not the size of the budget.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Tekniska förvaltningen Åby', 'administration', null, 'tkr')];
// Spending less than budgeted on an investment is the better side, as the importer records it.
const ITEMS = [
  item(10, 1, 'Summa investeringar', 'investment'),
  item(11, 1, 'Ny bro Åbyån', 'investment', 10),
  item(12, 1, 'Gång- och cykelväg Norr', 'investment', 10),
  item(13, 1, 'Reningsverk etapp 1', 'investment', 10),
].map((line) => ({ ...line, better: 'lower' as const }));
const FIGURES = [
  // The largest budget is nearly all used; the smaller one is mostly left.
  figure(11, '2026-06', 'budget_full_year', '50000', 'tkr', 0),
  figure(11, '2026-06', 'forecast', '49000', 'tkr', 0),
  figure(12, '2026-06', 'budget_full_year', '12000', 'tkr', 0),
  figure(12, '2026-06', 'forecast', '3000', 'tkr', 0),
  figure(13, '2026-06', 'budget_full_year', '20000', 'tkr', 0),
  figure(13, '2026-06', 'forecast', '24000', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ranking of the budget left', () => {
  it.each(['which project has the most budget left this year?', 'vilket projekt har mest kvar av budgeten?', 'vilka investeringar har mest budget kvar att använda'])('%j ranks what is left, largest first', async (question) => {
    const answer = await ask(store(), question, 'Tekniska förvaltningen Åby');
    expect(answer.status).toBe('answered');
    const order = ['Gång- och cykelväg Norr', 'Ny bro Åbyån'].map((name) => answer.text.indexOf(name));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[1] === -1 || order[0]! < order[1]!).toBe(true);
    expect(plain(answer)).toContain('9 000');
    // The project over its budget has nothing left.
    expect(answer.text).not.toContain('Reningsverk');
  });

  it('still ranks budgets by size when the size is asked', async () => {
    const answer = await ask(store(), 'which project has the biggest budget?', 'Tekniska förvaltningen Åby');
    expect(answer.text.indexOf('Ny bro Åbyån')).toBeLessThan(answer.text.indexOf('Gång- och cykelväg Norr'));
    expect(plain(answer)).toContain('50 000');
  });
});
