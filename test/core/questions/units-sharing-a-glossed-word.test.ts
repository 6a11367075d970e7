// A word the glossary reads as a line's ("medicin" for Läkemedel) that also begins several units' names
// (two Medicinkliniker) could be either: it is asked back with the units and the line. Another word of one
// unit's name ("på bergsjukhuset") says which unit. And a concept's everyday word ("personalen") names the
// concept's line before a narrower line that merely has the word ("Inhyrd personal").
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Region Kvarnby', 'region', null, 'mnkr'),
  organisation(2, 'Sjukvårdsområde Kvarnby', 'administration', 1, 'mnkr'),
  organisation(3, 'Medicinkliniken Strandsjukhuset', 'unit', 2, 'mnkr'),
  organisation(4, 'Medicinkliniken Bergsjukhuset', 'unit', 2, 'mnkr'),
  organisation(5, 'Sjukvårdsområde Lerby', 'administration', 1, 'mnkr'),
  organisation(6, 'Medicinkliniken Lerby', 'unit', 5, 'mnkr'),
];
const lines = (first: number, organisationId: number) => [
  item(first, organisationId, 'Nettokostnad', 'result'),
  item(first + 1, organisationId, 'Läkemedel', 'cost'),
  item(first + 2, organisationId, 'Personalkostnader', 'cost'),
  item(first + 3, organisationId, 'Inhyrd personal', 'cost'),
];
const ITEMS = [...lines(20, 2), item(30, 3, 'Nettokostnad', 'result'), item(31, 4, 'Nettokostnad', 'result'), ...lines(50, 5), item(60, 6, 'Nettokostnad', 'result')];
const FIGURES = [20, 21, 22, 23, 30, 31, 50, 51, 52, 53, 60].flatMap((id, index) => [
  figure(id, '2026-09', 'actual', String(-100 - index), 'mnkr', 1),
  figure(id, '2026-09', 'budget', String(-90 - index), 'mnkr', 1),
]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Sjukvårdsområde Kvarnby';
const items = (answer: Awaited<ReturnType<typeof ask>>) => answer.facts.map((fact) => `${fact.org}: ${fact.item}`);

describe('a glossed word that begins several units\' names', () => {
  it.each(['medicinen mot budget?', 'hur går medicin?'])('asks back %j with the units and the line', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    for (const option of ['Medicinkliniken Strandsjukhuset', 'Medicinkliniken Bergsjukhuset', 'Läkemedel']) expect(answer.options).toContain(option);
  });

  it('answers the line when only one unit has the word, as a line word beside one unit is the line', async () => {
    const answer = await ask(store(), 'medicinen mot budget?', 'Sjukvårdsområde Lerby');
    expect(answer.status).toBe('answered');
    expect(items(answer)).toContain('Sjukvårdsområde Lerby: Läkemedel');
  });

  it('answers the unit another word of whose name the question says', async () => {
    const answer = await ask(store(), 'medicin på bergsjukhuset, ack?', HOME);
    expect(answer.status).toBe('answered');
    expect(items(answer)).toContain('Medicinkliniken Bergsjukhuset: Nettokostnad');
    expect(plain(answer)).not.toContain('Läkemedel');
  });
});

describe("a concept's everyday word beside a narrower line that has the word", () => {
  // "personalen" is the staff costs or the hired staff: both are offered; the narrower line no longer wins alone.
  it.each(['personalen mot budget?', 'hur ligger personal?'])('%j is asked back with the staff costs first', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.options.slice(0, 2)).toEqual(['Personalkostnader', 'Inhyrd personal']);
  });

  it('still answers the narrower line named in full', async () => {
    const answer = await ask(store(), 'inhyrd personal mot budget?', HOME);
    expect(answer.status).toBe('answered');
    expect(items(answer)).toContain('Sjukvårdsområde Kvarnby: Inhyrd personal');
  });
});
