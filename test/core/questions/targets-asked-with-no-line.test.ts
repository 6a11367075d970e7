// "Når vi målen?" with no line named: the lines that have targets are what is asked. One is answered;
// several are asked back, never answered with the result line (which has no target).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Äldreboende Åby', 'department', 1, 'tkr'), organisation(3, 'Biblioteket Åby', 'department', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'result'),
  item(11, 2, 'Beläggningsgrad', 'kpi'),
  item(12, 2, 'Nöjda boende', 'kpi'),
  item(20, 3, 'Nettokostnad', 'result'),
  item(21, 3, 'Utlån per invånare', 'kpi'),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '-9000', 'tkr', 0),
  figure(10, '2026-06', 'budget', '-8800', 'tkr', 0),
  figure(11, '2026-06', 'actual', '94', '%', 0),
  figure(11, '2026-06', 'target', '97', '%', 0),
  figure(12, '2026-06', 'actual', '81', '%', 0),
  figure(12, '2026-06', 'target', '85', '%', 0),
  figure(20, '2026-06', 'actual', '-3000', 'tkr', 0),
  figure(20, '2026-06', 'budget', '-3100', 'tkr', 0),
  figure(21, '2026-06', 'actual', '4.1', 'st', 1),
  figure(21, '2026-06', 'target', '4.5', 'st', 1),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('targets asked with no line named', () => {
  // (Verbs of reaching a target, "klarar", "hitting", name no line.)
  it.each(['når vi målen?', 'hur ligger vi mot målen i år?', 'mot målet, hur går det?', 'klarar vi målen?', 'are we hitting our targets?', 'are we meeting the targets?'])('%j asks which of the lines with targets', async (question) => {
    const answer = await ask(store(), question, 'Äldreboende Åby');
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(['Beläggningsgrad', 'Nöjda boende']);
  });

  it('answers the one line with a target', async () => {
    const answer = await ask(store(), 'når vi målet?', 'Biblioteket Åby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Utlån per invånare');
  });
});
