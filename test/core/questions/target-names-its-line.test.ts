// "Ligger vi över riktvärdet?" names no line, but a target: where the organisation has one
// line with a target on record, that is the line asked about; with several, the question is read
// as before (the result line, or a question back).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Vallby kommun', 'municipality', null, 'mnkr'), organisation(2, 'Tekniska nämnden Vallby', 'board', 1, 'mnkr')];
const ITEMS = [item(10, 1, 'Årets resultat', 'result'), item(11, 1, 'Förbrukning av årsbudget', 'kpi'), item(20, 2, 'Nettokostnad', 'result'), item(21, 2, 'Sjukfrånvaro', 'kpi'), item(22, 2, 'Andel förnybar energi', 'kpi')];
const FIGURES = [
  figure(10, '2025-04', 'actual', '12.0'),
  figure(10, '2025-04', 'budget', '10.0'),
  figure(11, '2025-04', 'actual', '34.1', '%'),
  figure(11, '2025-04', 'target', '33.3', '%'),
  figure(20, '2025-04', 'actual', '-40.0'),
  figure(20, '2025-04', 'budget', '-41.0'),
  figure(21, '2025-04', 'actual', '6.2', '%'),
  figure(21, '2025-04', 'target', '5.0', '%'),
  figure(22, '2025-04', 'actual', '71.0', '%'),
  figure(22, '2025-04', 'target', '80.0', '%'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const measures = (answer: Awaited<ReturnType<typeof ask>>) => answer.facts.map((fact) => `${fact.item}/${fact.measure}`);

describe('a target that names the one line with a target', () => {
  it.each(['ligger vi över riktvärdet?', 'hur går det mot målvärdet?', 'are we above the target?'])('%j is about the one line with a target', async (question) => {
    const answer = await ask(store(), question, 'Vallby kommun');
    expect(answer.status).toBe('answered');
    expect(measures(answer)).toEqual(expect.arrayContaining(['Förbrukning av årsbudget/actual', 'Förbrukning av årsbudget/target']));
  });

  it('does not choose between several lines with targets', async () => {
    const answer = await ask(store(), 'hur går det mot målvärdet?', 'Tekniska nämnden Vallby');
    expect(measures(answer).some((measure) => measure.startsWith('Sjukfrånvaro') || measure.startsWith('Andel förnybar energi'))).toBe(false);
  });
});
