// A word for costs ("lokalkostnaderna", "IT-kostnaderna", "premises costs") asks for running
// costs: an investment project named by the same word ("Ombyggnad lokaler skolan" beside
// Lokaler) is kept apart from them in the report, so the operating line answers and no
// question back offers the project. Naming the project or investments still reaches it.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kulturförvaltningen Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), organisation(2, 'Biblioteket Åsby', 'unit', 1, 'tkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'result'),
  item(14, 1, 'Summa kostnader', 'cost'),
  { ...item(11, 1, 'Lokaler', 'cost'), parentId: 14 },
  { ...item(12, 1, 'IT-system', 'cost'), parentId: 14 },
  { ...item(13, 1, 'Personalkostnader', 'cost'), parentId: 14 },
  { ...item(15, 1, 'Övriga kostnader', 'cost'), parentId: 14 },
  { ...item(16, 1, 'Köpt verksamhet', 'cost'), parentId: 14 },
  item(20, 1, 'Summa investeringar', 'investment_category'),
  { ...item(21, 1, 'Ombyggnad lokaler biblioteket', 'investment'), parentId: 20 },
  { ...item(22, 1, 'Nytt IT-system bokning', 'investment'), parentId: 20 },
];
const money = (line: number, actual: string, budget: string, forecast: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'forecast', forecast), figure(line, '2026-06', 'budget_full_year', budget)];
const FIGURES = [...money(10, '-300', '-290', '-610'), ...money(11, '-40', '-38', '-82'), ...money(12, '-12', '-10', '-22'), ...money(13, '-200', '-195', '-400'), ...money(14, '-252', '-243', '-504'), ...money(15, '-5', '-5', '-10'), ...money(16, '-7', '-7', '-14'), figure(20, '2026-06', 'forecast', '9'), figure(20, '2026-06', 'budget_full_year', '8'), figure(21, '2026-06', 'forecast', '6'), figure(21, '2026-06', 'budget_full_year', '5'), figure(22, '2026-06', 'forecast', '3'), figure(22, '2026-06', 'budget_full_year', '3')];
const lineOf = async (question: string) => {
  const answer = await ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);
  return { status: answer.status, items: [...new Set(answer.facts.map((fact) => fact.item))] };
};

describe('a word for costs means the operating line, not a project named alike', () => {
  it.each([
    ['lokalkostnaderna hittills?', 'Lokaler'],
    ['hur ser lokalkostnadsprognosen ut?', 'Lokaler'],
    ['what are our premises costs this year?', 'Lokaler'],
  ])('%j answers %s', async (question, line) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual([line]);
  });

  it('still answers the project when the question names it', async () => {
    const { status, items } = await lineOf('ombyggnaden av lokalerna på biblioteket, prognos?');
    expect(status).toBe('answered');
    expect(items).toEqual(['Ombyggnad lokaler biblioteket']);
  });
});
