// A kind of line asked for by its own word ("investeringarna", "investments") is answered by a
// line of that kind, or by one whose name says the kind; another line the question's other words
// name ("IT" of the IT operating costs) does not answer it, so where no investment is reported
// the honest answer is that there is none. A word that only belongs to a phrase of the kind
// ("budget" of "investment budget") asks for no investment.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Digitaliseringsförvaltningen Norrby';
const money = (line: number) => [figure(line, '2026-06', 'actual', '12'), figure(line, '2026-06', 'budget', '11'), figure(line, '2026-06', 'forecast', '25'), figure(line, '2026-06', 'budget_full_year', '23')];
const operating = () =>
  new MemoryFigureStore([organisation(1, HOME, 'administration', null, 'mnkr')], [item(10, 1, 'IT-licenser och drift', 'cost'), item(11, 1, 'Självfinansieringsgrad av investeringar', 'kpi'), item(12, 1, 'Nettokostnad', 'cost')], [...money(10), ...money(12), figure(11, '2026-06', 'actual', '64', '%', 0)], []);
const withInvestments = () =>
  new MemoryFigureStore([organisation(1, HOME, 'administration', null, 'mnkr')], [item(10, 1, 'IT-licenser och drift', 'cost'), item(20, 1, 'Summa investeringar', 'investment_category'), item(21, 1, 'IT-utrustning skolor', 'investment', 20)], [...money(10), ...money(20), ...money(21)], []);
const lines = (answer: Awaited<ReturnType<typeof ask>>) => [...new Set(answer.facts.map((fact) => fact.item))];

describe('a kind of line asked for', () => {
  it.each(['IT investments?', 'våra it-investeringar hittills?', 'hur mycket har vi investerat i IT i år?'])('%j is not answered with the IT operating costs where no investment is reported', async (question) => {
    const answer = await ask(operating(), question, HOME);
    expect(lines(answer)).not.toContain('IT-licenser och drift');
  });

  it('answers a line whose name says the kind', async () => {
    const answer = await ask(operating(), 'självfinansieringsgrad investeringar?', HOME);
    expect(lines(answer)).toEqual(['Självfinansieringsgrad av investeringar']);
  });

  it('answers the investment the other words name where investments are reported', async () => {
    const answer = await ask(withInvestments(), 'IT investments?', HOME);
    expect(answer.status).toBe('answered');
    expect(lines(answer)).toContain('IT-utrustning skolor');
    expect(lines(answer)).not.toContain('IT-licenser och drift');
  });
});
