// Controllers cut a name's head short: "ekonomiavd" for Ekonomiavdelningen, "kulturförv" for
// Kulturförvaltningen. The head is written out before names are matched, so the unit is found
// as if written in full; a word that only ends so without a first part ("avd") stays a kind word.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Norrby kommun';
const ORGANISATIONS = [
  organisation(1, HOME, 'municipality', null, 'mnkr'),
  organisation(2, 'Kulturförvaltningen Norrby', 'administration', 1, 'mnkr'),
  organisation(3, 'Ekonomiavdelningen Norrby', 'department', 1, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result')];
const FIGURES = [10, 20, 30].flatMap((line, index) => [figure(line, '2026-06', 'forecast', String(5 + index)), figure(line, '2026-06', 'budget_full_year', String(4 + index))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a name with its head cut short', () => {
  it.each([
    ['ekonomiavd prognos?', 'Ekonomiavdelningen Norrby'],
    ['hur går ekonomiavd. mot budget?', 'Ekonomiavdelningen Norrby'],
    ['kulturförv resultat helår?', 'Kulturförvaltningen Norrby'],
  ])('%j answers for %s', async (question, unit) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.org))]).toEqual([unit]);
  });
});
