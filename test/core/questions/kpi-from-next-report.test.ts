// A KPI asked for a month without a report, where the report of the month after is on record (staff
// measures are often reported for the months before a report): answered from that report, saying
// so; a money line or a month further away is still no report.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const BOARD = 'Kommunstyrelsen Ekby';
const ORGANISATIONS = [organisation(1, BOARD, 'board', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Nettokostnad', 'cost'), item(11, 1, 'Personalomsättning', 'kpi')];
const FIGURES = [figure(10, '2026-05', 'actual', '41.0'), figure(10, '2026-05', 'budget', '40.0'), figure(11, '2026-05', 'actual', '7.4', '%')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a KPI asked for the month before the report', () => {
  it.each(['personalomsättningen jan-april?', 'personalomsättning i april', 'staff turnover through April?'])('%j is answered from the May report, saying so', async (question) => {
    const answer = await ask(store(), question, BOARD);
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.item === 'Personalomsättning')).toBe(true);
    expect(answer.text).toMatch(/(maj|May) 2026/);
    expect(answer.text).toMatch(/(april|April) 2026/);
  });

  it.each(['nettokostnaden jan-april?', 'personalomsättningen i mars?'])('%j is still no report', async (question) => {
    const answer = await ask(store(), question, BOARD);
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
  });
});
