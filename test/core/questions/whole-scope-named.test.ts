// A kind word said with "whole"/"hela" ("the committee's forecast for the whole municipality's result")
// is the scope asked about, over another kind word that stands for the asker ("the committee's").
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'mnkr'),
  organisation(2, 'Tekniska nämnden Åby', 'board', 1, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Årets resultat', 'result'), item(20, 2, 'Nettokostnad', 'result')];
const FIGURES = [
  figure(10, '2026-08', 'forecast', '64.1'),
  figure(10, '2026-08', 'budget_full_year', '80.1'),
  figure(20, '2026-08', 'forecast', '139.5'),
  figure(20, '2026-08', 'budget_full_year', '142.7'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a kind word said with "whole"', () => {
  it.each(["the committee's forecast for the whole municipality's result?", 'nämndens prognos för hela kommunens resultat?'])('%j answers for the municipality', async (question) => {
    const answer = await ask(store(), question, 'Tekniska nämnden Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('64,1');
    expect(plain(answer)).not.toContain('139,5');
  });
});
