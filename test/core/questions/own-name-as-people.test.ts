// The asker's own unit said by the people of its name's first part ("nattjourarna" at
// Nattjourstationen, as "deltidarna" at Deltidsstationerna): the unit itself, answered with its bottom
// line; not where a money line carries the word ("dagjourarna" of Dagjourer).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const NIGHT = 'Nattjourstationen Ekby';
const DAY = 'Dagjourstationen Ekby';
const ORGANISATIONS = [
  organisation(1, 'Räddningstjänsten Ekby', 'administration', null, 'tkr'),
  organisation(2, NIGHT, 'department', 1, 'tkr'),
  organisation(3, DAY, 'department', 1, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'cost'),
  item(20, 2, 'Nettokostnad', 'cost'),
  item(21, 2, 'Andel bemannade nattjourer', 'kpi'),
  item(30, 3, 'Nettokostnad', 'cost'),
  item(31, 3, 'Dagjourer', 'cost'),
];
const money = (line: number, actual: string, forecast: string) => [figure(line, '2026-04', 'actual', actual), figure(line, '2026-04', 'budget', actual), figure(line, '2026-04', 'forecast', forecast), figure(line, '2026-04', 'budget_full_year', '1000')];
const FIGURES = [...money(10, '900', '2800'), ...money(20, '300', '1100'), figure(21, '2026-04', 'actual', '91', '%'), ...money(30, '200', '700'), ...money(31, '120', '400')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('the asker’s own unit said by the people of its name', () => {
  it.each(['helårsprognos för nattjourarna?', 'hur går det för nattjourarna mot budget', 'nattjourarnas prognos'])('%j at the unit is its own net cost', async (question) => {
    const answer = await ask(store(), question, NIGHT);
    expect(answer.status).toBe('answered');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(answer.facts.every((fact) => fact.org === NIGHT && fact.item === 'Nettokostnad')).toBe(true);
  });

  it('a money line the word is a form of is still that line', async () => {
    const answer = await ask(store(), 'dagjourarna prognos?', DAY);
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.item === 'Dagjourer')).toBe(true);
  });
});
