// A ranking question that names neither the period nor the forecast ("vilken post drar mest
// över?") shows each line's other deviation beside the one it is ranked on where the report has
// both; "hittills" or "prognosen" name the frame and keep the ranking to it.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Fritidsnämnden Vallby', 'board', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Nettokostnad', 'result'), item(11, 1, 'Lokalhyror', 'cost'), item(12, 1, 'Personalkostnader', 'cost'), item(13, 1, 'Entréavgifter', 'income')];
// Costs are stored with their sign, as the imports store them.
const FIGURES = [
  figure(11, '2025-06', 'actual', '-14.0'),
  figure(11, '2025-06', 'budget', '-12.5'),
  figure(11, '2025-06', 'forecast', '-28.9'),
  figure(11, '2025-06', 'budget_full_year', '-25.0'),
  figure(12, '2025-06', 'actual', '-30.2'),
  figure(12, '2025-06', 'budget', '-29.4'),
  figure(12, '2025-06', 'forecast', '-60.3'),
  figure(12, '2025-06', 'budget_full_year', '-58.8'),
  figure(13, '2025-06', 'actual', '3.1'),
  figure(13, '2025-06', 'budget', '3.5'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Fritidsnämnden Vallby';
const measuresOf = (answer: Awaited<ReturnType<typeof ask>>, line: string) => answer.facts.filter((fact) => fact.item === line).map((fact) => fact.measure);

describe('a ranking that leaves the frame open', () => {
  it.each(['vilken post drar mest över?', 'vad överskrider budget mest?', 'which line is most over budget?'])('%j shows the year’s deviation beside the period’s', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer).split('\n')[1]).toContain('Lokalhyror');
    expect(measuresOf(answer, 'Lokalhyror')).toEqual(expect.arrayContaining(['actual', 'budget', 'forecast', 'budget_full_year']));
    // 28,9 − 25,0: the year's overrun beside the period's 1,5.
    expect(plain(answer)).toContain('3,9');
    expect(plain(answer)).toContain('1,5');
  });

  it('keeps a ranking asked "hittills" to the period', async () => {
    const answer = await ask(store(), 'vilken post drar mest över hittills?', HOME);
    expect(answer.status).toBe('answered');
    expect(measuresOf(answer, 'Lokalhyror')).not.toContain('forecast');
    expect(plain(answer)).not.toContain('3,9');
  });

  it('keeps a ranking of the forecast to the year', async () => {
    const answer = await ask(store(), 'vilken post har sämst prognos?', HOME);
    expect(answer.status).toBe('answered');
    expect(measuresOf(answer, 'Lokalhyror')).not.toContain('actual');
    expect(plain(answer)).toContain('3,9');
  });
});
