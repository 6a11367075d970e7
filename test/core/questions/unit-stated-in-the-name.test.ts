// A KPI whose name states its unit after a comma ("Väntetid bygglov, dagar", "Antal besök, tusental")
// was stored as index or pieces for want of that unit in the import format: its figures take no unit
// word of their own ("0,8 indexenheter", "21 450 st" contradicted the name). A KPI whose name states
// none keeps the unit words.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Byggnadsnämnden Åby', 'board', null, 'tkr')];
const ITEMS = [item(10, 1, 'Väntetid bygglov, dagar', 'kpi'), item(11, 1, 'Antal besök, tusental', 'kpi'), item(12, 1, 'Nöjd kund-index', 'kpi'), item(13, 1, 'Antal ärenden', 'kpi')];
const FIGURES = [
  figure(10, '2026-08', 'actual', '24.5', 'index', 1),
  figure(10, '2026-08', 'target', '21.0', 'index', 1),
  figure(11, '2026-08', 'actual', '21450', 'st', 0),
  figure(11, '2026-08', 'target', '23000', 'st', 0),
  figure(12, '2026-08', 'actual', '68', 'index', 0),
  figure(12, '2026-08', 'target', '72', 'index', 0),
  figure(13, '2026-08', 'actual', '410', 'st', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Byggnadsnämnden Åby';

describe('a KPI whose name states its unit', () => {
  it.each([
    ['väntetiden för bygglov mot målet?', '24,5', '3,5'],
    ['väntetid bygglov vs target?', '24,5', '3,5'],
    ['antal besök mot mål?', '21 450', '1 550'],
  ])('%j shows its figures without a unit word of their own', async (question, value, difference) => {
    const text = plain(await ask(store(), question, HOME));
    expect(text).toContain(value);
    expect(text).toContain(difference);
    expect(text).not.toMatch(/indexenhet|index points|\d st\b/u);
  });

  it('keeps the unit words where the name states none', async () => {
    expect(plain(await ask(store(), 'nöjd kund-index mot målet?', HOME))).toMatch(/4 indexenheter/u);
    expect(plain(await ask(store(), 'antal ärenden?', HOME))).toMatch(/410 st/u);
  });
});
