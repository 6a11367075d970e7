// The budget called by its frame ("inom ramen", "within the budget frame") asks how the result stands
// against the budget; purchased services in everyday words ("köpta platser", "köpt verksamhet") are the
// line the report calls "Köp av verksamhet".
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åsby kommun', 'municipality', null, 'mnkr'), organisation(2, 'Socialnämnden Åsby', 'board', 1, 'mnkr')];
const ITEMS = [item(30, 2, 'Nettokostnad', 'result'), item(31, 2, 'Köp av verksamhet', 'cost'), item(32, 2, 'Personalkostnader', 'cost')];
const FIGURES = [
  figure(30, '2025-08', 'actual', '300.0'),
  figure(30, '2025-08', 'budget', '290.0'),
  figure(30, '2025-08', 'forecast', '455.0'),
  figure(30, '2025-08', 'budget_full_year', '440.0'),
  figure(31, '2025-08', 'actual', '80.0'),
  figure(31, '2025-08', 'budget', '70.0'),
  figure(32, '2025-08', 'actual', '150.0'),
  figure(32, '2025-08', 'budget', '152.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Socialnämnden Åsby';

describe('the budget called by its frame', () => {
  it.each(['håller vi oss inom ramen?', 'landar vi inom ramen i år?', 'are we within the budget frame?'])('answers %j with the result against its budget', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.some((fact) => fact.item === 'Nettokostnad')).toBe(true);
    expect(plain(answer)).toMatch(/10,0|15,0/);
  });
});

describe('purchased services in everyday words', () => {
  it.each(['köpta platser hittills?', 'hur går köpt verksamhet mot budget?'])('answers %j with Köp av verksamhet', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Köp av verksamhet');
  });
});
