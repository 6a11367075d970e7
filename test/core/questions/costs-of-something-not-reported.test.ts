// "Färdtjänst kostnad", "museum costs": a word for costs beside a word no line has asks for the
// costs of that thing, which the report does not give; the costs total is no answer to it (it
// would be shown as if it were the thing's). The total still answers the word for costs said
// alone, and a line a specific concept names ("personalen") is still found beside a word no
// line has.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Omsorgsförvaltningen Norrby';
const ITEMS = [item(10, 1, 'Summa kostnader', 'cost'), item(11, 1, 'Personalkostnader', 'cost', 10), item(12, 1, 'Nettokostnad', 'cost')];
const FIGURES = [10, 11, 12].flatMap((line, index) => [figure(line, '2026-04', 'actual', String(200 + index)), figure(line, '2026-04', 'budget', String(190 + index))]);
const store = () => new MemoryFigureStore([organisation(1, HOME, 'administration', null, 'tkr')], ITEMS, FIGURES, []);
const lines = async (question: string) => {
  const answer = await ask(store(), question, HOME);
  return { status: answer.status, items: [...new Set(answer.facts.map((fact) => fact.item))] };
};

describe('costs of something the report does not give', () => {
  it.each(['färdtjänst kostnad hittills?', 'what are the museum costs?', 'kostnader för snöröjningen?'])('%j is no such line, not the costs total', async (question) => {
    const { status, items } = await lines(question);
    expect(status).toBe('no_data');
    expect(items).not.toContain('Summa kostnader');
  });

  it('answers the word for costs said alone with the total', async () => {
    expect((await lines('kostnaderna hittills?')).items).toEqual(['Summa kostnader']);
  });

  it('still finds a line a specific concept names beside a word no line has', async () => {
    expect((await lines('personalkostnaderna för kvinnorna?')).items).toEqual(['Personalkostnader']);
  });
});
