// "Fee income", "avgiftsintäkterna": a word for a total (income: Summa intäkter) beside words that
// name lines below that total (fees) asks for those lines, not the total; the total alone is still
// the answer to "intäkterna".
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Lervik kommun', 'municipality', null, 'tkr'), organisation(2, 'Omsorgsförvaltningen Lervik', 'administration', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'cost', null, 'lines'),
  item(11, 2, 'Summa intäkter', 'income', 10, 'lines'),
  item(12, 2, 'Omsorgsavgifter', 'income', 11),
  item(13, 2, 'Måltidsavgifter', 'income', 11),
  item(14, 2, 'Statsbidrag', 'income', 11),
  item(15, 2, 'Personalkostnader', 'cost', 10),
];
const FIGURES = [
  [10, '-5000', '-4800'],
  [11, '900', '950'],
  [12, '400', '420'],
  [13, '200', '210'],
  [14, '300', '320'],
  [15, '-5900', '-5750'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2026-06', 'actual', String(actual), 'tkr', 0), figure(Number(id), '2026-06', 'budget', String(budget), 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Omsorgsförvaltningen Lervik';

describe('a word for a total beside words for lines below it', () => {
  it.each(['fee income vs budget', 'avgiftsintäkterna mot budget?', 'how are our charges income doing?'])('%j asks back between the fee lines', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Omsorgsavgifter');
    expect(plain(answer)).toContain('Måltidsavgifter');
    expect(plain(answer)).not.toContain('Summa intäkter');
  });

  it('answers the total when only the word for it is asked', async () => {
    const answer = await ask(store(), 'hur går intäkterna mot budget?', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Summa intäkter');
  });
});
