// A unit's name that one other tree writes bare ("Gatunämnden") and others write with their place added
// ("Gatunämnden Bergby", "Gatunämnden Cedby"), asked where the asker's tree has no such unit: the bare
// name is no sign that its tree is meant; every namesake that reports is offered. Asked with the place,
// or inside a tree that has its own, it names that one.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Alby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Gatunämnden', 'board', 1, 'tkr'),
  organisation(10, 'Bergby kommun', 'municipality', null, 'tkr'),
  organisation(11, 'Gatunämnden Bergby', 'board', 10, 'tkr'),
  organisation(20, 'Cedby kommun', 'municipality', null, 'tkr'),
  organisation(21, 'Gatunämnden Cedby', 'board', 20, 'tkr'),
  organisation(30, 'Region Dalby', 'region', null, 'tkr'),
  organisation(31, 'Hälsovården Dalby', 'administration', 30, 'tkr'),
];
const ITEMS = [item(40, 2, 'Nettokostnad', 'result'), item(41, 11, 'Nettokostnad', 'result'), item(42, 21, 'Nettokostnad', 'result'), item(43, 31, 'Nettokostnad', 'result')];
const FIGURES = [40, 41, 42, 43].flatMap((id) => [figure(id, '2026-08', 'actual', '-1000', 'tkr', 0), figure(id, '2026-08', 'budget', '-1100', 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe("a unit's name that several other trees carry, asked where the asker's tree has none", () => {
  it.each(['hur ligger gatunämnden?', 'how is gatunämnden doing this year?', 'gatunämndens utfall hittills'])('%j asks which of the namesakes', async (question) => {
    const answer = await ask(store(), question, 'Hälsovården Dalby');
    expect(answer.status).toBe('clarify');
    for (const name of ['Gatunämnden', 'Gatunämnden Bergby', 'Gatunämnden Cedby']) expect(answer.text).toContain(name);
  });

  it('names the one whose place is said', async () => {
    const answer = await ask(store(), 'hur ligger gatunämnden i cedby?', 'Hälsovården Dalby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.org)).toEqual(expect.arrayContaining(['Gatunämnden Cedby']));
    expect(answer.facts.map((fact) => fact.org)).not.toContain('Gatunämnden');
  });

  it("is the asker's own inside a tree that has one", async () => {
    const answer = await ask(store(), 'hur ligger gatunämnden?', 'Bergby kommun');
    expect(answer.status).toBe('answered');
    expect(new Set(answer.facts.map((fact) => fact.org))).toEqual(new Set(['Gatunämnden Bergby']));
  });
});
