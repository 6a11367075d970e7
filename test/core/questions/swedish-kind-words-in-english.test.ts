// "how's the whole förvaltning doing?" asked at a unit: Swedish users keep their own word for the
// administration or the board inside an English question, and it means the asker's own one above them.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Fritidsnämnden Åby', 'board', 1, 'tkr'),
  organisation(3, 'Fritidsförvaltningen Åby', 'administration', 2, 'tkr'),
  organisation(4, 'Simhallen Åby', 'business_area', 3, 'tkr'),
];
const ITEMS = [item(10, 2, 'Nettokostnad', 'cost'), item(11, 3, 'Nettokostnad', 'cost'), item(12, 4, 'Nettokostnad', 'cost')];
const FIGURES = [10, 11, 12].flatMap((id) => [figure(id, '2026-05', 'actual', String(-1000 * id), 'tkr', 0), figure(id, '2026-05', 'budget', String(-990 * id), 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a Swedish kind word in an English question', () => {
  it.each([
    ["how's the whole förvaltning doing?", 'Fritidsförvaltningen Åby'],
    ['is my förvaltningen over budget?', 'Fritidsförvaltningen Åby'],
    ['how is the whole nämnd doing?', 'Fritidsnämnden Åby'],
  ])('%j asked at a unit answers for the one above it', async (question, meant) => {
    const answer = await ask(store(), question, 'Simhallen Åby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.org)).toContain(meant);
  });
});
