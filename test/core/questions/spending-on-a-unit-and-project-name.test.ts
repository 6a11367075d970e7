// A unit and an investment project of the asker's may carry one name ("Tallåsen" and "Tillbyggnad
// Tallåsen"). Asked what was spent on that name, with no word for either, the asker could mean the
// project's spending or the unit's costs: Utfall asks which. A word for the unit's operations ("hur går
// det", "mot budget") or for the project ("tillbyggnaden") still says which.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Omsorgsförvaltningen Åby', 'administration', null, 'tkr'),
  organisation(2, 'Tallåsen Åby', 'unit', 1, 'tkr'),
  organisation(3, 'Hemtjänst Åby', 'business_area', 1, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'cost'),
  item(11, 2, 'Nettokostnad', 'cost'),
  item(12, 3, 'Nettokostnad', 'cost'),
  item(20, 1, 'Summa investeringar', 'investment', null, 'lines'),
  item(21, 1, 'Tillbyggnad Tallåsen', 'investment', 20),
];
const FIGURES = [
  figure(10, '2026-04', 'actual', '-90000', 'tkr', 0),
  figure(10, '2026-04', 'budget', '-88000', 'tkr', 0),
  figure(11, '2026-04', 'actual', '-31250', 'tkr', 0),
  figure(11, '2026-04', 'budget', '-32000', 'tkr', 0),
  figure(12, '2026-04', 'actual', '-41200', 'tkr', 0),
  figure(12, '2026-04', 'budget', '-40000', 'tkr', 0),
  figure(21, '2026-04', 'actual', '4100', 'tkr', 0),
  figure(21, '2026-04', 'forecast', '17300', 'tkr', 0),
  figure(21, '2026-04', 'budget_full_year', '15000', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Omsorgsförvaltningen Åby';

describe('money spent on a name a unit and a project share', () => {
  it.each(['hur mycket har vi spenderat på tallåsen?', 'tallåsen, vad har gått åt i år?', 'how much has been spent on tallåsen?', 'what did we spend on tallåsen this year?'])('%j asks which', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(['Tallåsen Åby', 'Tillbyggnad Tallåsen']);
  });

  it.each(['hur går det för tallåsen?', 'tallåsen mot budget?'])('%j answers the unit', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('31 250');
  });

  it('answers the project when the question names it', async () => {
    const answer = await ask(store(), 'vad har vi lagt på tillbyggnaden av tallåsen?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('4 100');
  });

  it('asks nothing of a unit whose name no project shares', async () => {
    const answer = await ask(store(), 'vad har hemtjänsten gjort av med hittills?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('41 200');
  });
});
