// Rankings asked without "which": an existence question over a kind ("any projects over budget?",
// "finns det några enheter som går back?"), "invest"/"invest." for investments, "spräcker budgeten"
// and "blowing the budget" for going over it, and a Swedish kind word after English "which". Where
// the words name neither the period nor the year, a line over budget on one and under on the other
// is listed for either, with both deviations; a named frame keeps the list to that frame. A size
// ranking of units with the frame open shows each unit's year forecast beside its outcome.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure as figureIn, item, organisation, plain } from './memory-figure-store.js';

const figure = (lineItemId: number, period: string, measure: Parameters<typeof figureIn>[2], value: string) => figureIn(lineItemId, period, measure, value, 'tkr', 0);

const ORGANISATIONS = [organisation(1, 'Miljöförbundet Åsby', 'municipality', null, 'tkr'), organisation(2, 'Tillsynsnämnden Åsby', 'board', 1, 'tkr'), organisation(3, 'Laboratorienämnden Åsby', 'board', 1, 'tkr')];
const ITEMS = [
  item(10, 1, 'Årets resultat', 'result'),
  item(11, 1, 'Lokalkostnader', 'cost'),
  item(12, 1, 'Konsulttjänster', 'cost'),
  item(13, 1, 'Resor', 'cost'),
  item(20, 1, 'Mätbuss', 'investment'),
  item(21, 1, 'Laboratorieutrustning', 'investment'),
  item(22, 1, 'Ny webbplats', 'investment'),
  item(30, 2, 'Investeringar', 'investment'),
  item(31, 3, 'Investeringar', 'investment'),
];
// Costs are stored with their sign. Konsulttjänster is under budget for the period but over it for the year.
const FIGURES = [
  figure(10, '2025-08', 'actual', '500'),
  figure(10, '2025-08', 'budget', '200'),
  figure(11, '2025-08', 'actual', '-900'),
  figure(11, '2025-08', 'budget', '-800'),
  figure(11, '2025-08', 'forecast', '-1400'),
  figure(11, '2025-08', 'budget_full_year', '-1200'),
  figure(12, '2025-08', 'actual', '-300'),
  figure(12, '2025-08', 'budget', '-400'),
  figure(12, '2025-08', 'forecast', '-750'),
  figure(12, '2025-08', 'budget_full_year', '-600'),
  figure(13, '2025-08', 'actual', '-50'),
  figure(13, '2025-08', 'budget', '-90'),
  figure(13, '2025-08', 'forecast', '-100'),
  figure(13, '2025-08', 'budget_full_year', '-130'),
  figure(20, '2025-08', 'actual', '-2000'),
  figure(20, '2025-08', 'forecast', '-3300'),
  figure(20, '2025-08', 'budget_full_year', '-3000'),
  figure(21, '2025-08', 'actual', '-100'),
  figure(21, '2025-08', 'forecast', '-900'),
  figure(21, '2025-08', 'budget_full_year', '-1000'),
  figure(22, '2025-08', 'actual', '-10'),
  figure(22, '2025-08', 'forecast', '-450'),
  figure(22, '2025-08', 'budget_full_year', '-400'),
  figure(30, '2025-08', 'actual', '-700'),
  figure(30, '2025-08', 'forecast', '-800'),
  figure(31, '2025-08', 'actual', '-400'),
  figure(31, '2025-08', 'forecast', '-2500'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Miljöförbundet Åsby';

describe('a ranking asked as an existence question or in shorthand', () => {
  it.each(['are there any projects over budget?', 'any invest over budget?', 'finns det några investeringar som går över budget?', 'några projekt över budget?', 'vilka invest. spräcker budgeten?', 'which investments are blowing the budget?'])('%j lists the investments over their budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    const text = plain(answer);
    expect(text).toContain('Mätbuss');
    expect(text).toContain('Ny webbplats');
    expect(text).not.toContain('Laboratorieutrustning');
  });

  it.each(['which kostnadsslag are over budget?', 'which poster are over budget?'])('%j ranks the lines by a Swedish kind word after "which"', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Lokalkostnader');
  });
});

describe('a ranking whose deviations point opposite ways', () => {
  it.each(['which costs are over budget?', 'vilka poster går över budget?'])('%j with no frame named lists a line over on the year but under for the period', async (question) => {
    const answer = await ask(store(), question, HOME);
    const text = plain(answer);
    expect(text).toContain('Lokalkostnader');
    expect(text).toContain('Konsulttjänster');
    // Both of its deviations are shown: 100 better for the period, 150 worse for the year.
    expect(text).toMatch(/Konsulttjänster: 100 tkr [^\n]*150 tkr/);
    expect(text).not.toContain('Resor');
  });

  it('keeps a ranking asked "hittills" to the period', async () => {
    const text = plain(await ask(store(), 'vilka poster går över budget hittills?', HOME));
    expect(text).toContain('Lokalkostnader');
    expect(text).not.toContain('Konsulttjänster');
  });

  it('keeps a ranking of the forecast to the year', async () => {
    const text = plain(await ask(store(), 'vilka poster har en prognos under budget?', HOME));
    expect(text).toContain('Resor');
    expect(text).not.toContain('Konsulttjänster');
  });
});

describe('a size ranking of units with the frame open', () => {
  it.each([['vilken nämnd investerar mest?', 'helårsprognos'], ['which committee invests the most?', 'full-year forecast']])('%j shows the year forecast beside the outcome', async (question, words) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    const text = plain(answer);
    expect(text).toContain(`${words} 2 500 tkr`);
    expect(answer.facts.some((fact) => fact.org === 'Laboratorienämnden Åsby' && fact.measure === 'forecast')).toBe(true);
  });

  it('keeps a ranking asked "hittills" to the outcome', async () => {
    const text = plain(await ask(store(), 'vilken nämnd har investerat mest hittills?', HOME));
    expect(text).not.toContain('helårsprognos');
  });
});
