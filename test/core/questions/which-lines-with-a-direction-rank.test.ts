// "Which lines …" asks what the store covers ("which lines do you have?"), unless the question says a
// direction: "which lines are over budget?", "which lines overshoot?" rank the lines, as "which costs …" do.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Servicenämnden Åby', 'board', null, 'tkr')];
const ITEMS = [item(1, 1, 'Resultat', 'result'), item(10, 1, 'Lokalkostnader', 'cost'), item(11, 1, 'Konsultarvoden', 'cost'), item(12, 1, 'Taxeintäkter', 'income')];
const FIGURES = [
  [1, '-900', '-1000'],
  [10, '-5400', '-5000'],
  [11, '-2100', '-2600'],
  [12, '3100', '3000'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2026-06', 'actual', String(actual), 'tkr', 0), figure(Number(id), '2026-06', 'budget', String(budget), 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Servicenämnden Åby';

describe('"which lines" with a direction', () => {
  it.each(['which lines are over budget?', 'which lines overshoot the budget?', 'which lines are worst vs budget?'])('%j ranks the lines over budget', async (question) => {
    const text = plain(await ask(store(), question, HOME));
    expect(text).toContain('Lokalkostnader');
    expect(text).toContain('400');
    expect(text).not.toContain('Konsultarvoden');
  });

  it.each(['which lines do you have?', 'which figures do you have?'])('%j still says what the store covers', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(plain(answer)).toMatch(/June 2026|2026-06/u);
    expect(plain(answer)).toContain('Konsultarvoden');
  });
});
