// A number next to a goal word names the KPI whose target has that value.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Norrvik kommun', 'municipality', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Årets resultat', 'result'), item(11, 1, 'Resultat i procent av skatteintäkter', 'kpi'), item(12, 1, 'Soliditet', 'kpi')];
const FIGURES = [
  figure(10, '2026-08', 'forecast', '64.1'),
  figure(10, '2026-08', 'budget_full_year', '80.1'),
  figure(11, '2026-08', 'forecast', '2.0', '%', 1),
  figure(11, '2026-08', 'target_full_year', '2.5', '%', 1),
  figure(12, '2026-08', 'forecast', '41.0', '%', 1),
  figure(12, '2026-08', 'target_full_year', '40.0', '%', 1),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a goal named by its target value', () => {
  it('answers "når vi 2,5-procentsmålet i år?" with the KPI whose target is 2,5', async () => {
    const answer = await ask(store(), 'når vi 2,5-procentsmålet i år?', 'Norrvik kommun');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Resultat i procent av skatteintäkter');
    expect(plain(answer)).toContain('2,0');
  });

  it('reads "the 40 % target" in English', async () => {
    const answer = await ask(store(), 'will we reach the 40 % target this year?', 'Norrvik kommun');
    expect(answer.facts.map((fact) => fact.item)).toContain('Soliditet');
  });

  it('takes no KPI when no target has the value named', async () => {
    const answer = await ask(store(), 'når vi 3-procentsmålet i år?', 'Norrvik kommun');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Resultat i procent av skatteintäkter');
  });
});
