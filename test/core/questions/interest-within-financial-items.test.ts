// Interest is a narrower concept within financial items: "räntorna", "räntan", "interest" find an
// interest cost line where the report has one, and the financial net where it has only that.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby region', 'region', null, 'mnkr'),
  organisation(2, 'Lokalförsörjningen Åby', 'administration', 1, 'mnkr'),
  organisation(3, 'Bäcka kommun', 'municipality', null, 'mnkr'),
];
const ITEMS = [
  item(10, 2, 'Resultat', 'result'),
  item(11, 2, 'Hyresintäkter', 'income', 10),
  item(12, 2, 'Räntekostnader', 'cost', 10),
  item(20, 3, 'Resultat', 'result'),
  item(21, 3, 'Finansnetto', 'result', 20),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '4.0'),
  figure(11, '2026-06', 'actual', '210.0'),
  figure(12, '2026-06', 'actual', '31.5'),
  figure(12, '2026-06', 'forecast', '64.2'),
  figure(12, '2026-06', 'budget_full_year', '59.0'),
  figure(20, '2026-06', 'actual', '12.0'),
  figure(21, '2026-06', 'actual', '-3.1'),
  figure(21, '2026-06', 'forecast', '-6.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('interest within financial items', () => {
  it.each(['hur landar räntorna vid årsskiftet?', 'räntan helåret mot budget?', 'vad blir räntekostnaden i år?', 'where are interest costs heading this year?'])('answers %j with the interest cost line', async (question) => {
    const answer = await ask(store(), question, 'Lokalförsörjningen Åby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Räntekostnader');
  });

  it('answers interest with the financial net where the report has only that', async () => {
    const answer = await ask(store(), 'hur ser räntorna ut?', 'Bäcka kommun');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Finansnetto');
  });
});
