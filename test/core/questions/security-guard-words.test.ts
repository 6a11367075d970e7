// Reports call guarding "Bevakning"/"Bevakningskostnader"; people say "security guards",
// "guards", "väktarna", "vakterna". The security concept's words hold them, so the line is
// found in either language.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Regionservice Norrby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Bevakningskostnader', 'cost'), item(12, 1, 'Lokalkostnader', 'cost')];
const FIGURES = [10, 11, 12].flatMap((line, index) => [figure(line, '2026-06', 'forecast', String(30 + index * 10)), figure(line, '2026-06', 'budget_full_year', String(28 + index * 10))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('security guard words', () => {
  it.each(['security guards, forecast?', 'what are the guards forecast to cost?', 'väktarna, prognos?', 'vad kostar vakterna på helåret?'])('%j answers Bevakningskostnader', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Bevakningskostnader']);
  });
});
