// "Vad kostar hyrorna?" where the rent concept names Lokalhyror and Hyra/leasing av IT-inventarier,
// both costs: asked what they cost, the rents are the line the word heads in its own form
// ("Lokal|hyror"), not the one it qualifies beside another head ("Hyra/leasing"). Without a verb
// of cost, or with a form both names share ("hyran"), the question stays open.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kommunledningsförvaltningen Rydby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [item(10, 1, 'Nettokostnad', 'result'), item(11, 1, 'Lokalhyror', 'cost'), item(12, 1, 'Hyra/leasing av IT-utrustning', 'cost'), item(13, 1, 'Personalkostnader', 'cost')];
const money = (line: number, actual: string, budget: string, forecast: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'forecast', forecast), figure(line, '2026-06', 'budget_full_year', budget)];
const FIGURES = [...money(10, '-300', '-290', '-610'), ...money(11, '-40', '-38', '-82'), ...money(12, '-12', '-10', '-22'), ...money(13, '-200', '-195', '-400')];
const answerTo = (question: string) => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);

describe('a verb of cost and a word that heads one of the lines alike', () => {
  it.each(['vad kostar hyrorna oss i år?', 'vad har hyrorna kostat hittills?'])('%j answers Lokalhyror', async (question) => {
    const answer = await answerTo(question);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Lokalhyror']);
  });

  it.each(['hur ser hyrorna ut?', 'vad kostar hyran?'])('%j still asks which', async (question) => {
    expect((await answerTo(question)).status).toBe('clarify');
  });
});
