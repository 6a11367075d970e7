// English words for the lines of a rescue-services report: a "fire engine" is a släckbil, an "aerial
// ladder" a höjdfordon, "breathing apparatus" andningsskydd, "member contributions" the owners'
// medlemsbidrag, and "inspection visits" the count of tillsynsbesök; "inspection fee income" is the
// inspection fees, not a choice between them and the chimney-sweeping fees.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Räddningstjänsten Mälsta';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Ny släckbil Bergsjö', 'investment'),
  item(11, 1, 'Höjdfordon', 'investment'),
  item(12, 1, 'Andningsskydd', 'investment'),
  item(13, 1, 'Medlemsbidrag', 'income'),
  item(14, 1, 'Tillsynsavgifter', 'income'),
  item(15, 1, 'Sotningsavgifter', 'income'),
  item(16, 1, 'Antal tillsynsbesök', 'kpi'),
];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-04', 'actual', actual, 'tkr', 0), figure(line, '2026-04', 'budget', budget, 'tkr', 0)];
const FIGURES = [...money(10, '3000', '4000'), ...money(11, '6500', '6000'), ...money(12, '900', '1000'), ...money(13, '40000', '40000'), ...money(14, '1100', '1500'), ...money(15, '700', '650'), figure(16, '2026-04', 'actual', '212', 'st', 0)];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('rescue-services items in English', () => {
  it.each([
    ['the new fire engine, actual vs budget?', 'Ny släckbil Bergsjö'],
    ['aerial ladder spend so far', 'Höjdfordon'],
    ['breathing apparatus vs budget', 'Andningsskydd'],
    ['member contributions vs budget?', 'Medlemsbidrag'],
    ['inspection fee income vs budget', 'Tillsynsavgifter'],
    ['how many inspection visits so far?', 'Antal tillsynsbesök'],
  ])('%j answers %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual([line]);
  });
});
