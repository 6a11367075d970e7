// "Vilket exploateringsområde …", "which exploitation area …": the kind word finds the rest line
// of a group ("Övriga exploateringsområden"); the question asks which line of the group, so the
// group's lines are ranked. Asked with the rest word ("de övriga …"), the rest line's own lines are.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Samhällsbyggnadsnämnden Åby';
const ORGANISATIONS = [organisation(1, HOME, 'board', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Exploatering', 'investment_category'),
  item(11, 1, 'Hamnstaden', 'investment', 10),
  item(12, 1, 'Västra ängen', 'investment', 10),
  item(13, 1, 'Övriga exploateringsområden', 'investment', 10),
  item(14, 1, 'Markreserv Ekbacken', 'investment', 13),
];
const money = (line: number, forecast: string, budget: string) => [figure(line, '2026-08', 'forecast', forecast, 'tkr', 0), figure(line, '2026-08', 'budget_full_year', budget, 'tkr', 0)];
const FIGURES = [...money(10, '19000', '30000'), ...money(11, '12000', '8000'), ...money(12, '2500', '4000'), ...money(13, '4500', '18000'), ...money(14, '3900', '5000')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a rest line named by its kind word', () => {
  it.each([
    ['vilket exploateringsområde har högst prognos?', 'Hamnstaden'],
    ['vilka exploateringsområden har störst budget?', 'Övriga exploateringsområden'],
    ['which land development area has the highest forecast?', 'Hamnstaden'],
    ['which exploitation area has the largest budget?', 'Övriga exploateringsområden'],
  ])('%j ranks the lines of the group', async (question, first) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    const ranked = answer.facts.map((fact) => fact.item);
    expect(ranked[0]).toBe(first);
    expect(ranked).toContain('Västra ängen');
    expect(ranked).not.toContain('Markreserv Ekbacken');
  });

  it('"vilket av de övriga exploateringsområdena har högst prognos?" ranks the rest line\'s own lines', async () => {
    const answer = await ask(store(), 'vilket av de övriga exploateringsområdena har högst prognos?', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Markreserv Ekbacken');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Hamnstaden');
  });
});
