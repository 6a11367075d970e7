// More English words of a public-transport report: "charging" of electric buses is the charging
// infrastructure, not billing (Summa intäkter was answered); "student passes" are skolkort, not the
// number of journeys; "regional buses" name the regional bus unit, not the administration's net cost.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Länstrafiken Granby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), organisation(2, 'Regionbussarna Granby', 'department', 1, 'tkr'), organisation(3, 'Tågtrafiken Granby', 'department', 1, 'tkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'cost'),
  item(11, 1, 'Summa intäkter', 'income'),
  item(12, 1, 'Skolkortsintäkter', 'income'),
  item(13, 1, 'Antal resor', 'kpi'),
  item(14, 1, 'Laddinfrastruktur depå Granby', 'investment'),
  item(20, 2, 'Nettokostnad', 'cost'),
  item(30, 3, 'Nettokostnad', 'cost'),
];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-03', 'actual', actual, 'tkr', 0), figure(line, '2026-03', 'budget', budget, 'tkr', 0)];
const FIGURES = [...money(10, '200000', '190000'), ...money(11, '90000', '95000'), ...money(12, '14000', '13500'), figure(13, '2026-03', 'actual', '5400', 'st', 0), ...money(14, '7000', '9000'), ...money(20, '80000', '76000'), ...money(30, '60000', '61000')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const linesAt = (answer: Awaited<ReturnType<typeof ask>>) => [...new Set(answer.facts.map((fact) => `${fact.item} (${fact.org})`))];

describe('public-transport items in English', () => {
  it.each([
    ["how's the e-bus charging going?", 'Laddinfrastruktur depå Granby (Länstrafiken Granby)'],
    ['charging infrastructure vs budget', 'Laddinfrastruktur depå Granby (Länstrafiken Granby)'],
    ['student passes vs budget', 'Skolkortsintäkter (Länstrafiken Granby)'],
    ['school cards so far this year?', 'Skolkortsintäkter (Länstrafiken Granby)'],
    ['regional buses net cost vs budget', 'Nettokostnad (Regionbussarna Granby)'],
  ])('%j answers %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(linesAt(answer)).toEqual([line]);
  });
});
