// A word for a group of units by what they are, not by their names: "grundskolan" for the schools
// named after places (not Kulturskolan), "taxeverksamheten" for water and waste. Several such units
// of the asker's own are asked back (lexicon `unitGroups`).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Vika kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Barn- och skolförvaltningen Vika', 'administration', 1, 'tkr'),
  organisation(3, 'Ekuddens skola', 'unit', 2, 'tkr'),
  organisation(4, 'Björkskolan', 'unit', 2, 'tkr'),
  organisation(5, 'Musikskolan Vika', 'unit', 2, 'tkr'),
  organisation(6, 'Tekniska förvaltningen Vika', 'administration', 1, 'tkr'),
  organisation(7, 'Vatten och avlopp Vika', 'business_area', 6, 'tkr'),
  organisation(8, 'Renhållningen Vika', 'business_area', 6, 'tkr'),
  organisation(9, 'Gator Vika', 'business_area', 6, 'tkr'),
];
const ITEMS = [2, 3, 4, 5, 6, 7, 8, 9].map((id) => item(id * 10, id, 'Nettokostnad', 'cost'));
const FIGURES = ITEMS.flatMap((line) => [figure(line.id, '2026-06', 'actual', '-100', 'tkr', 0), figure(line.id, '2026-06', 'budget', '-90', 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word for a group of units', () => {
  it.each(['hur går grundskolan?', 'grundskolorna mot budget', 'how are the primary schools doing?'])('%j asks which school, not the music school', async (question) => {
    const answer = await ask(store(), question, 'Barn- och skolförvaltningen Vika');
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Ekuddens skola');
    expect(plain(answer)).toContain('Björkskolan');
    expect(plain(answer)).not.toContain('Musikskolan');
  });

  it.each(['hur går taxeverksamheten?', 'de taxefinansierade verksamheterna mot budget?'])('%j asks between water and waste', async (question) => {
    const answer = await ask(store(), question, 'Tekniska förvaltningen Vika');
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Vatten och avlopp Vika');
    expect(plain(answer)).toContain('Renhållningen Vika');
    expect(plain(answer)).not.toContain('Gator');
  });
});
