// Chat shorthand: "fcst" is the forecast, "dept"/"depts" the departments a ranking ranks.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Servicenämnden Dalby', 'administration', null, 'mnkr'),
  organisation(2, 'Avdelning drift Dalby', 'department', 1, 'mnkr'),
  organisation(3, 'Avdelning stöd Dalby', 'department', 1, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Personalkostnader', 'cost'), item(11, 1, 'Lokalkostnader', 'cost'), item(20, 2, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result')];
const FIGURES = [
  figure(10, '2025-09', 'actual', '-40.0'),
  figure(10, '2025-09', 'budget', '-44.0'),
  figure(10, '2025-09', 'forecast', '-55.0'),
  figure(10, '2025-09', 'budget_full_year', '-58.0'),
  figure(11, '2025-09', 'actual', '-12.0'),
  figure(11, '2025-09', 'budget', '-11.0'),
  figure(20, '2025-09', 'deviation', '-3.2'),
  figure(30, '2025-09', 'deviation', '1.4'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Servicenämnden Dalby';

describe('chat shorthand', () => {
  it.each(['staff costs fcst?', 'personalkostn fcst?'])('%j asks for the forecast', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.measure)).toContain('forecast');
    // The forecast alone, as "prognos" gives it, not the period's outcome beside it.
    expect(answer.facts.map((fact) => fact.measure)).not.toContain('actual');
  });

  it.each(['which dept is furthest off budget?', 'rank the depts by deviation'])('%j ranks the departments', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.org)).toContain('Avdelning drift Dalby');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Lokalkostnader');
  });
});
