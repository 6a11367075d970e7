// "hr:s avvikelse?", "hur går det för hr?": a short abbreviation in a unit's name ("HR") names
// that unit where it is the only one of the asker's units to have it, however it is written; the
// asker's own result is not answered instead, nor another tree's HR unit.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kulturförvaltningen Åby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'mnkr'),
  organisation(2, 'Verksamhetsstöd Åby', 'business_area', 1, 'mnkr'),
  organisation(3, 'Verksamhetsstöd – HR', 'unit', 2, 'mnkr'),
  organisation(4, 'Bibliotek Åby', 'unit', 1, 'mnkr'),
  organisation(5, 'Region Norrå', 'region', null, 'mnkr'),
  organisation(6, 'Regionkontoret Norrå – HR', 'department', 5, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result'), item(40, 4, 'Resultat', 'result'), item(60, 6, 'Resultat', 'result')];
const FIGURES = [
  figure(10, '2025-09', 'deviation', '12.0'),
  figure(10, '2025-09', 'forecast_deviation', '4.0'),
  figure(30, '2025-09', 'deviation', '-1.5'),
  figure(30, '2025-09', 'forecast_deviation', '-2.0'),
  figure(40, '2025-09', 'deviation', '0.8'),
  figure(60, '2025-09', 'deviation', '3.3'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a unit named by a short abbreviation of its name', () => {
  it.each(['hr:s avvikelse?', 'hur går det för hr?', 'hr prognos helår', "how is hr doing vs budget?"])('%j is about the HR unit', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    const organisations = answer.facts.map((fact) => fact.org);
    expect(organisations).toContain('Verksamhetsstöd – HR');
    expect(organisations).not.toContain(HOME);
    expect(organisations).not.toContain('Regionkontoret Norrå – HR');
  });
});
