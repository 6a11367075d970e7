// "Which itf department has the biggest surplus?", "vilken VOF-enhet går sämst?": in a ranking, a
// unit word right after the name of an organisation with units below it asks which of those units;
// the name is the scope. Outside a ranking the word after a name still says what the named one is.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Servicekontoret Åby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'tkr'),
  organisation(2, 'Avdelningen Lokalvård Åby', 'department', 1, 'tkr'),
  organisation(3, 'Avdelningen Fordon Åby', 'department', 1, 'tkr'),
];
const ITEMS = [item(10, 1, 'Personalkostnader', 'cost'), item(11, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result')];
const period = (line: number, actual: string, budget: string) => [figure(line, '2026-05', 'actual', actual, 'tkr', 0), figure(line, '2026-05', 'budget', budget, 'tkr', 0)];
const FIGURES = [...period(10, '-9000', '-15000'), ...period(11, '600', '0'), ...period(20, '400', '0'), ...period(30, '200', '0')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const organisationsOf = (facts: readonly { org: string }[]) => [...new Set(facts.map((fact) => fact.org))];

describe('a unit word after the scope\'s name in a ranking', () => {
  it.each(['which Servicekontoret Åby department has the biggest surplus?', 'which servicekontoret åby dept did best against budget?'])('%j ranks the departments', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(organisationsOf(answer.facts)[0]).toBe('Avdelningen Lokalvård Åby');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Personalkostnader');
  });

  it('outside a ranking, the word after the name still says what the named one is', async () => {
    const answer = await ask(store(), 'how is the Servicekontoret Åby department doing?', HOME);
    expect(organisationsOf(answer.facts)).toEqual([HOME]);
  });
});
