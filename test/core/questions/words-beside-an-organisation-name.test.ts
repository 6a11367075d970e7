// Words written right beside an organisation's name or abbreviation say something of that organisation:
// its own tree's place says whose it is ("bun ekby prognos"), another tree's unit named by an everyday word
// without its place says what of it ("mbf ekby bibliotek kostnad"), and "it" after it is IT ("bun it utfall").
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  { ...organisation(1, 'Ekby kommun', 'municipality', null, 'mnkr'), aliases: ['Ekby'] },
  { ...organisation(2, 'Barn- och utbildningsförvaltningen Ekby', 'administration', 1, 'mnkr'), aliases: ['BUN'] },
  { ...organisation(3, 'Miljö- och byggförvaltningen Ekby', 'administration', 1, 'mnkr'), aliases: ['MBF'] },
  organisation(4, 'Åby kommun', 'municipality', null, 'mnkr'),
  organisation(5, 'Bibliotek', 'department', 4, 'mnkr'),
];
const ITEMS = [item(20, 2, 'Nettokostnad', 'result'), item(21, 2, 'IT-kostnader', 'cost'), item(30, 3, 'Nettokostnad', 'result'), item(31, 3, 'Summa kostnader', 'cost'), item(50, 5, 'Summa kostnader', 'cost')];
const FIGURES = [
  [20, '-310.0', '-300.0'],
  [21, '-12.6', '-11.0'],
  [30, '-40.0', '-41.0'],
  [31, '-55.0', '-54.0'],
  [50, '-8.8', '-8.0'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2026-04', 'actual', String(actual)), figure(Number(id), '2026-04', 'budget', String(budget))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('words right beside an organisation\'s name', () => {
  it.each(['bun ekby nettokostnad?', 'ekby bun utfall nettokostnad'])('%j answers for the unit, the place saying whose it is', async (question) => {
    const answer = await ask(store(), question, 'Barn- och utbildningsförvaltningen Ekby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('310,0');
    expect(plain(answer)).not.toContain('Ekby kommun');
  });

  it('reads another tree\'s unit named by an everyday word beside the own name as no such line, never its figure', async () => {
    const answer = await ask(store(), 'mbf ekby bibliotek kostnad', 'Miljö- och byggförvaltningen Ekby');
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).not.toContain('8,8');
    expect(plain(answer)).not.toContain('55,0');
  });

  it.each(['bun it utfall?', 'hur ligger bun it mot budget'])('%j reads "it" after the name as IT', async (question) => {
    const answer = await ask(store(), question, 'Ekby kommun');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('IT-kostnader');
  });

  it('still reads "it" after a verb as the English pronoun', async () => {
    const answer = await ask(store(), 'how is BUN doing, is it over budget?', 'Ekby kommun');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).not.toContain('IT-kostnader');
  });
});
