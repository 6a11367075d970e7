// "Möbelinköpen", "fordonsutgifterna": a compound of a line's word and a word for purchases or
// spending names that line, even where the first part is the singular ("möbel") of the plural the
// report writes ("Möbler och inventarier"). Without the purchase words as money frames these found
// no line at all ("ingen sådan post").
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Servicenämnden Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Möbler och inventarier', 'investment'), item(12, 1, 'Fordon och maskiner', 'investment'), item(13, 1, 'Personalkostnader', 'cost')];
const FIGURES = [11, 12, 13].flatMap((line, index) => [figure(line, '2026-06', 'actual', String(3 + index)), figure(line, '2026-06', 'forecast', String(8 + index)), figure(line, '2026-06', 'budget_full_year', String(9 + index))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('purchases named in compounds', () => {
  it.each([
    ['möbelinköpen i år?', 'Möbler och inventarier'],
    ['hur ligger möbelutgifterna till?', 'Möbler och inventarier'],
    ['fordonsinköpen prognos', 'Fordon och maskiner'],
    ['maskininköpen hittills', 'Fordon och maskiner'],
  ])('%j answers %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual([line]);
  });
});
