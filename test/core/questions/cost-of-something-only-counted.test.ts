// What something costs, asked where the report only counts it ("Antal bostadsanpassningar"), is no figure:
// the count is never given as the answer. A count asked ("hur många") is still the KPI's.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Samhällsbyggnad Åby', 'administration', 1, 'tkr'), organisation(3, 'Bygglov Åby', 'department', 2, 'tkr')];
const ITEMS = [item(10, 2, 'Nettokostnad', 'result'), item(20, 3, 'Nettokostnad', 'result'), item(21, 3, 'Bostadsanpassningar, antal beslut', 'kpi')];
const FIGURES = [
  figure(10, '2026-06', 'actual', '-9000', 'tkr', 0),
  figure(10, '2026-06', 'budget', '-8800', 'tkr', 0),
  figure(20, '2026-06', 'actual', '-2000', 'tkr', 0),
  figure(20, '2026-06', 'budget', '-2100', 'tkr', 0),
  figure(21, '2026-06', 'actual', '57', 'st', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('the cost of something the report only counts', () => {
  it.each(['vad kostar bostadsanpassningarna?', 'what do the bostadsanpassningar cost us?', 'kostnaden för bostadsanpassningar i år?'])('%j is no figure', async (question) => {
    const answer = await ask(store(), question, 'Samhällsbyggnad Åby');
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
  });

  it('answers a count with the KPI', async () => {
    const answer = await ask(store(), 'hur många bostadsanpassningar har beslutats?', 'Samhällsbyggnad Åby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Bostadsanpassningar, antal beslut');
  });
});
