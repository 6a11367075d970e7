// A unit said by its short name ("kskolan" for Kulturskolan Åby) beside words for a project of its
// parent's whose name writes the unit's full name ("Ombyggnad lokaler Kulturskolan"): that project is
// meant, not the unit's own figures, also where the other words name a plain line as well (Lokaler).
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Kulturförvaltningen Åby', 'administration', 1, 'tkr'),
  { ...organisation(3, 'Kulturskolan Åby', 'department', 2, 'tkr'), aliases: ['Kskolan'] },
  { ...organisation(4, 'IT och Digitalisering Åby', 'department', 2, 'tkr'), aliases: ['ITD'] },
];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'result'),
  item(11, 2, 'Lokaler', 'cost'),
  item(12, 2, 'Ombyggnad lokaler Kulturskolan', 'investment'),
  item(13, 2, 'IT-utrustning', 'investment'),
  item(20, 3, 'Nettokostnad', 'result'),
  item(30, 4, 'Nettokostnad', 'result'),
];
const FIGURES = [
  ...[10, 11, 20, 30].flatMap((id) => [figure(id, '2026-06', 'actual', '-900', 'tkr', 0), figure(id, '2026-06', 'budget', '-950', 'tkr', 0)]),
  ...[12, 13].flatMap((id) => [figure(id, '2026-06', 'forecast', '700', 'tkr', 0), figure(id, '2026-06', 'budget_full_year', '600', 'tkr', 0)]),
];
const NOTES: NoteRecord[] = [
  { id: 1, organisationId: 2, lineItemId: 12, period: { year: 2026, month: 6 }, text: 'Ombyggnaden blir dyrare eftersom taket måste läggas om.', author: 'Delårsrapport juni 2026', source: 'rapport.txt', createdAt: new Date(0) },
  { id: 2, organisationId: 3, lineItemId: 20, period: { year: 2026, month: 6 }, text: 'Kulturskolan håller budget tack vare fler elever.', author: 'Delårsrapport juni 2026', source: 'rapport.txt', createdAt: new Date(0) },
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

describe("a unit's short name beside its parent's project words", () => {
  it.each(['why is the kskolan premises rebuild over budget?', 'varför går ombyggnaden av kskolans lokaler över?'])('%j quotes the project', async (question) => {
    const answer = await ask(store(), question, 'Kulturförvaltningen Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('taket måste läggas om');
  });

  it("does not read a short word of the unit's name into the parent's lines", async () => {
    const answer = await ask(store(), 'ITDs nettokostnad?', 'Kulturförvaltningen Åby');
    expect(answer.facts.map((fact) => fact.org)).toEqual(expect.arrayContaining(['IT och Digitalisering Åby']));
    expect(answer.facts.map((fact) => fact.item)).not.toContain('IT-utrustning');
  });
});
