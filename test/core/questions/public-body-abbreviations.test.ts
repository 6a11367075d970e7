// Controllers write the public bodies that pay or charge a municipality by their usual
// abbreviations ("AF" Arbetsförmedlingen, "FK" Försäkringskassan, "SKR" Sveriges Kommuner och
// Regioner). The Swedish glossary gives the full name beside the abbreviation, so a line that
// names the body in full is singled out among lines of the same kind ("ersättningen från FK",
// not every compensation line), and a line that writes the abbreviation still finds it.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Socialförvaltningen Brovik';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'result'),
  item(11, 1, 'Ersättning från Försäkringskassan', 'income'),
  item(12, 1, 'Ersättningar från andra kommuner', 'income'),
  item(13, 1, 'Ersättning från Arbetsförmedlingen', 'income'),
  item(14, 1, 'Medlemsavgift Sveriges Kommuner och Regioner', 'cost'),
  item(15, 1, 'Övriga avgifter', 'cost'),
  item(16, 1, 'Bidrag från MSB', 'income'),
];
const money = (line: number, actual: string, budget: string, forecast: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'forecast', forecast), figure(line, '2026-06', 'budget_full_year', budget)];
const FIGURES = [...money(10, '-500', '-480', '-990'), ...money(11, '30', '28', '61'), ...money(12, '12', '10', '22'), ...money(13, '18', '20', '37'), ...money(14, '-4', '-4', '-8'), ...money(15, '-6', '-5', '-11'), ...money(16, '2', '2', '4')];
const lineOf = async (question: string) => {
  const answer = await ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);
  return { status: answer.status, items: [...new Set(answer.facts.map((fact) => fact.item))] };
};

describe('public bodies named by their abbreviations', () => {
  it.each([
    ['ersättningarna från FK, utfall mot budget?', 'Ersättning från Försäkringskassan'],
    ['what do we get from FK this year?', 'Ersättning från Försäkringskassan'],
    ['ersättning från af hittills', 'Ersättning från Arbetsförmedlingen'],
    ['avgiften till SKR prognos?', 'Medlemsavgift Sveriges Kommuner och Regioner'],
  ])('%j answers %s', async (question, line) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual([line]);
  });

  it('still finds a line that writes the abbreviation itself', async () => {
    const { status, items } = await lineOf('bidraget från MSB hittills?');
    expect(status).toBe('answered');
    expect(items).toEqual(['Bidrag från MSB']);
  });
});
