// "Antal laddstolpar?", "hur många villatomter?": a count the store does not hold is not on record.
// The count word names no line ("antal" is not "Antal besök"), and a money line on the same
// subject ("Markförsäljning") is no count: the answer is no_data, not a nearby figure.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Samhällsbyggnad Västerå';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [item(10, 1, 'Antal besök', 'kpi'), item(11, 1, 'Markförsäljning', 'income'), item(12, 1, 'Nettokostnad', 'result')];
const FIGURES = [
  figure(10, '2026-04', 'actual', '5200', 'st', 0),
  figure(10, '2026-04', 'target', '6000', 'st', 0),
  figure(11, '2026-04', 'actual', '3400', 'tkr', 0),
  figure(11, '2026-04', 'budget', '3000', 'tkr', 0),
  figure(12, '2026-04', 'actual', '9100', 'tkr', 0),
  figure(12, '2026-04', 'budget', '9000', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a count the store does not hold', () => {
  it.each(['antal laddstolpar?', 'antal sålda markområden?', 'antal mark sålt i år?', 'number of charging points?'])('%j is no_data', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
  });

  it.each(['antal besök?', 'antalet besök hittills?', 'hur många besök?'])('%j still answers the count on record', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Antal besök']);
  });
});
