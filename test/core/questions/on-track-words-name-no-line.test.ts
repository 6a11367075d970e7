// "Ligger vi i fas?", "är ekonomin i balans?", "over budget or nah?": Swedish controllers' words for being on
// (or off) plan, and English chat tags, name no line; left over they were read as a line no organisation has,
// and the asker got "ingen sådan post" instead of the result against budget.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'mnkr'), organisation(2, 'Fritidsnämnden Åby', 'board', 1, 'mnkr')];
const ITEMS = [item(10, 2, 'Nettokostnad', 'cost'), item(11, 2, 'Investeringar', 'investment')];
const FIGURES = [figure(10, '2026-08', 'actual', '-44.0', 'mnkr', 0), figure(10, '2026-08', 'budget', '-43.3', 'mnkr', 0), figure(11, '2026-08', 'actual', '3.9', 'mnkr', 0)];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Fritidsnämnden Åby';

describe('words for being on plan name no line', () => {
  it.each(['är vi i fas?', 'ur fas mot budget?', 'går vi i takt med budgeten?', 'håller vi oss enligt plan?', 'är ekonomin i balans?', 'over budget yet or nah?', 'in the red, yeah?'])(
    'answers %j with the net cost against budget',
    async (question) => {
      const answer = await ask(store(), question, HOME);
      expect(answer.status).toBe('answered');
      const measures = answer.facts.filter((fact) => fact.item === 'Nettokostnad').map((fact) => fact.measure);
      expect(measures).toEqual(expect.arrayContaining(['actual', 'budget']));
    },
  );
});
