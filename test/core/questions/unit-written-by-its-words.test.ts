// "Integrationsenhetens utfall": a unit written by the first word of its name joined to a word
// for a unit, or by its alias in the genitive, is that unit. A line whose name the same first
// word qualifies ("Statsbidrag integration") is no alternative to ask back about; the bare word
// ("hur går det för integration?") still may mean either.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Arbetsmarknadsförvaltningen Ekeby';
const UNIT = 'Integration och språk Ekeby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), { ...organisation(2, UNIT, 'unit', 1, 'tkr'), aliases: ['Integrationsenheten Ekeby', 'Integration och språk'] }, organisation(3, 'Vuxenutbildningen Ekeby', 'unit', 1, 'tkr')];
const ITEMS = [item(10, 1, 'Nettokostnad', 'result'), item(11, 1, 'Statsbidrag integration', 'income'), item(12, 1, 'Personalkostnader', 'cost'), item(20, 2, 'Nettokostnad', 'result'), item(30, 3, 'Nettokostnad', 'result')];
const money = (line: number, actual: string, budget: string, forecast: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'forecast', forecast), figure(line, '2026-06', 'budget_full_year', budget)];
const FIGURES = [...money(10, '-300', '-290', '-610'), ...money(11, '40', '38', '82'), ...money(12, '-200', '-195', '-400'), ...money(20, '-60', '-55', '-120'), ...money(30, '-90', '-95', '-180')];
const answerTo = (question: string) => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);

describe('a unit written by its own words', () => {
  it.each(['integrationsenhetens utfall hittills?', 'integrationsenhetens prognos', 'hur ser det ut för integrationsenheten?'])('%j answers for the unit', async (question) => {
    const answer = await answerTo(question);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.org))]).toEqual([UNIT]);
  });
});
