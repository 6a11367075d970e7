// "Området" asked at "Område Primärvård" is the asker itself, whatever kind the store files it under;
// and a word that is the head of several units' compound names ("vårdcentralen" for Norra vårdcentralen
// and Hamnvårdcentralen) is a choice between them, not the one that happens to write it apart.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Region Åby', 'region', null, 'mnkr'),
  organisation(2, 'Område Primärvård Åby', 'administration', 1, 'mnkr'),
  organisation(3, 'Norra vårdcentralen Åby', 'division', 2, 'mnkr'),
  organisation(4, 'Hamnvårdcentralen Åby', 'division', 2, 'mnkr'),
  organisation(5, 'Barnmottagningen Åby', 'unit', 3, 'mnkr'),
  organisation(6, 'Rehabmottagningen Åby', 'unit', 4, 'mnkr'),
];
// (The area's own line says "vård" but not the units' word: a line that did would be what the word names.)
const ITEMS = [...[2, 3, 4, 5, 6].map((id) => item(id * 10, id, 'Nettokostnad', 'result')), item(21, 2, 'Köpt vård', 'cost')];
const FIGURES = [
  [20, '412.5', '398.0'],
  [30, '120.4', '118.0'],
  [40, '98.6', '101.0'],
  [50, '22.1', '21.0'],
  [60, '17.3', '18.0'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2026-06', 'actual', String(actual)), figure(Number(id), '2026-06', 'budget', String(budget))]);
const NOTES: NoteRecord[] = [{ id: 1, organisationId: 2, lineItemId: 20, period: { year: 2026, month: 6 }, text: 'Underskottet beror på dyra hyrläkare under sommaren.', author: 'Delårsrapport juni 2026', source: 'rapport.txt', createdAt: new Date(0) }];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

describe('a kind word that the asker is called by', () => {
  it.each(['hur ligger området till mot budget?', 'vad beror områdets underskott på?'])('%j at Område Primärvård answers for the asker', async (question) => {
    const answer = await ask(store(), question, 'Område Primärvård Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Område Primärvård Åby');
    expect(plain(answer)).not.toContain('Barnmottagningen');
  });

  it('reads "området" at a unit below it as the area the unit is part of', async () => {
    const answer = await ask(store(), 'utfall för området?', 'Barnmottagningen Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('412,5');
  });
});

describe('a word that heads several units\' compound names', () => {
  it.each([
    ['vårdcentralens utfall?', 'Område Primärvård Åby'],
    ['hur mycket har vårdcentralen kostat?', 'Område Primärvård Åby'],
    ['hur går det för vårdcentralen?', 'Region Åby'],
    ['health centre costs so far?', 'Område Primärvård Åby'],
  ])('%j asks which of them', async (question, home) => {
    const answer = await ask(store(), question, home);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(expect.arrayContaining(['Norra vårdcentralen Åby', 'Hamnvårdcentralen Åby']));
  });

  it('still answers the one unit whose name says more ("Hamnvårdcentralen")', async () => {
    const answer = await ask(store(), 'hamnvårdcentralen utfall?', 'Område Primärvård Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('98,6');
  });
});
