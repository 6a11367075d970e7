// "Sämsta enheten på X?", "bästa avdelningen?", "värsta posten": the definite forms of the
// superlatives ask for a ranking as "sämst"/"bäst" do, in the direction they name.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Servicekontoret Åby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), organisation(2, 'Lokalvård Åby', 'unit', 1, 'tkr'), organisation(3, 'Fordon Åby', 'unit', 1, 'tkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result')];
const period = (line: number, actual: string) => [figure(line, '2026-05', 'actual', actual, 'tkr', 0), figure(line, '2026-05', 'budget', '0', 'tkr', 0)];
const FIGURES = [...period(10, '-100'), ...period(20, '-700'), ...period(30, '600')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const firstUnit = async (question: string) => {
  const answer = await ask(store(), question, HOME);
  return { status: answer.status, first: answer.facts.find((fact) => fact.org !== HOME)?.org };
};

describe('definite superlatives', () => {
  it.each(['sämsta enheten?', 'värsta enheten hittills?'])('%j ranks the unit furthest below budget first', async (question) => {
    expect(await firstUnit(question)).toEqual({ status: 'answered', first: 'Lokalvård Åby' });
  });

  it('"bästa enheten?" ranks the unit furthest above budget first', async () => {
    expect(await firstUnit('bästa enheten?')).toEqual({ status: 'answered', first: 'Fordon Åby' });
  });
});
