// An everyday word for a total ("kostnaderna", "our costs") asked at an office with no cost total of its
// own, where one of several programmes reports a line called just "Kostnader": that line is the
// programme's, not the office's costs. The answer says where the line is and gives no figure for the
// word; a board whose one administration is all that reports is still answered with it.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const OFFICE = 'Stadsledningskontoret Ekby';
const BOARD = 'Miljönämnden Ekby';
const ORGANISATIONS = [
  organisation(1, OFFICE, 'administration', null, 'mnkr'),
  organisation(2, 'Digitaliseringsprogrammet Ekby', 'programme', 1, 'mnkr'),
  organisation(3, 'Kommunikationsavdelningen Ekby', 'department', 1, 'mnkr'),
  organisation(4, BOARD, 'board', null, 'mnkr'),
  organisation(5, 'Miljöförvaltningen Ekby', 'administration', 4, 'mnkr'),
];
const ITEMS = [
  item(10, 1, 'Resultat', 'result'),
  item(11, 1, 'Sjukfrånvaro', 'kpi'),
  item(20, 2, 'Kostnader', 'cost'),
  item(30, 3, 'Resultat', 'result'),
  item(50, 5, 'Kostnader', 'cost'),
];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-04', 'actual', actual), figure(line, '2026-04', 'budget', budget)];
const FIGURES = [...money(10, '-12.0', '-10.0'), figure(11, '2026-04', 'actual', '6.2', '%'), ...money(20, '41.5', '38.0'), ...money(30, '-3.1', '-3.0'), ...money(50, '22.4', '23.0')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a generic total word and one part’s line of that name', () => {
  it.each(['hur ser det ut med kostnaderna?', 'kostnaderna hittills?', 'how are our costs looking'])('%j gives no programme’s figure as the office’s costs', async (question) => {
    const answer = await ask(store(), question, OFFICE);
    expect(answer.status).not.toBe('answered');
    expect(answer.facts).toEqual([]);
    expect(answer.text).toContain('Digitaliseringsprogrammet Ekby');
  });

  it('the programme’s costs asked by its name are answered', async () => {
    const answer = await ask(store(), 'digitaliseringsprogrammet kostnader?', OFFICE);
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.org === 'Digitaliseringsprogrammet Ekby')).toBe(true);
  });

  it('a board whose one administration reports is answered with its costs', async () => {
    const answer = await ask(store(), 'hur ser det ut med kostnaderna?', BOARD);
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.org === 'Miljöförvaltningen Ekby')).toBe(true);
  });
});
