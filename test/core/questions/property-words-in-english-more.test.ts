// English words of property management that Swedish reports write otherwise: caretaking is
// "fastighetsskötsel", demolition "rivning", utility bills "mediakostnader" (el, värme, vatten).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Lokalförsörjningen Byholm';
const ORGANISATIONS = [organisation(1, HOME, 'department', null, 'tkr')];
const ITEMS = [item(10, 1, 'Summa kostnader', 'cost'), item(11, 1, 'Fastighetsskötsel', 'cost'), item(12, 1, 'Rivningskostnader', 'cost'), item(13, 1, 'Mediakostnader', 'cost')];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-06', 'actual', actual, 'tkr', 0), figure(line, '2026-06', 'budget', budget, 'tkr', 0)];
const FIGURES = [...money(10, '95000', '90000'), ...money(11, '12000', '11500'), ...money(12, '3100', '2000'), ...money(13, '17800', '16000')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('property words in English', () => {
  it.each([
    ['caretaking costs vs budget?', 'Fastighetsskötsel'],
    ['how is demolition tracking cost-wise', 'Rivningskostnader'],
    ['utility bills vs budget?', 'Mediakostnader'],
  ])('%j answers %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual([line]);
  });
});
