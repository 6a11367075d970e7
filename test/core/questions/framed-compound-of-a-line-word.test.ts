// "Lönebidragskostnaderna": a compound whose last part frames the rest ("-kostnaderna",
// "-posten") asks for the line the rest names. When that rest is itself a word of a line
// ("Lönebidrag och anställningsstöd"), it is that line, not the everyday word its own first
// part happens to be ("lön" → Personalkostnader). A framed everyday word alone ("lönekostnaderna")
// still reaches its concept's line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Arbetsmarknadsförvaltningen Ekeby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'result'),
  item(11, 1, 'Lönebidrag och anställningsstöd', 'cost'),
  item(12, 1, 'Personalkostnader', 'cost'),
  item(13, 1, 'Hyresbidrag nyanlända', 'cost'),
  item(14, 1, 'Lokalhyror', 'cost'),
];
const money = (line: number, actual: string, budget: string, forecast: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'forecast', forecast), figure(line, '2026-06', 'budget_full_year', budget)];
const FIGURES = [...money(10, '-300', '-290', '-610'), ...money(11, '-40', '-38', '-82'), ...money(12, '-200', '-195', '-400'), ...money(13, '-9', '-8', '-18'), ...money(14, '-30', '-30', '-60')];
const lineOf = async (question: string) => {
  const answer = await ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);
  return { status: answer.status, items: [...new Set(answer.facts.map((fact) => fact.item))] };
};

describe('a framed compound whose rest is a line word', () => {
  it.each([
    ['lönebidragskostnaderna mot budget?', 'Lönebidrag och anställningsstöd'],
    ['hur ser lönebidragsposten ut i år?', 'Lönebidrag och anställningsstöd'],
    ['hyresbidragskostnaderna, prognos?', 'Hyresbidrag nyanlända'],
  ])('%j answers %s', async (question, line) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual([line]);
  });

  it('still reads a framed everyday word alone as its concept’s line', async () => {
    const { items } = await lineOf('lönekostnaderna hittills?');
    expect(items).toEqual(['Personalkostnader']);
  });
});
