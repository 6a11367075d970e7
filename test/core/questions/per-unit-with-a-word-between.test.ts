// A ratio asked per a unit with a word between ("per SFI student", "per vuxen elev"), or per a unit the
// glossary reads in Swedish ("student" → "elever"), is still a ratio: only a line with that unit answers
// it, never a KPI that the word between names.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Lärcentrum Åby', 'administration', 1, 'tkr'), organisation(3, 'Gymnasiet Åby', 'administration', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'result'),
  item(12, 2, 'Andel godkända kurser yrkesvux', 'kpi'),
  item(20, 3, 'Nettokostnad', 'result'),
  item(21, 3, 'Kostnad per elev', 'kpi'),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '-9000', 'tkr', 0),
  figure(10, '2026-06', 'budget', '-8800', 'tkr', 0),
  figure(12, '2026-06', 'actual', '81', '%', 0),
  figure(20, '2026-06', 'actual', '-30000', 'tkr', 0),
  figure(21, '2026-06', 'actual', '112', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ratio per a unit written with a word between or in English', () => {
  it.each(['what does yrkesvux cost per student?', 'cost per yrkesvux student?', 'kostnaden per yrkesvux elev?'])('%j is no line where none has the unit', async (question) => {
    const answer = await ask(store(), question, 'Lärcentrum Åby');
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
  });

  it.each(['what is the cost per pupil?', 'cost per student this year?'])('%j is the line with the unit', async (question) => {
    const answer = await ask(store(), question, 'Gymnasiet Åby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Kostnad per elev');
  });
});
