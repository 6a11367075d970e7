// A ranking against the year's budget ("sämst mot helårsbudgeten", "off the full-year budget",
// "mot budget för helåret") ranks the forecast's deviations from it, not the period's.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Tekniska förvaltningen Åby', 'administration', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Snöröjning', 'cost'), item(12, 1, 'Parkeringsavgifter', 'income')];
// Snow clearing is over budget so far but lands near it; parking fees are on budget so far and end short.
const FIGURES = [
  ...[
    [10, '-3.0', '0.0', '-9.0', '0.0'],
    [11, '-14.0', '-10.0', '-21.0', '-20.0'],
    [12, '6.0', '6.0', '5.0', '12.0'],
  ].flatMap(([id, actual, budget, forecast, yearBudget]) => [
    figure(Number(id), '2026-06', 'actual', String(actual)),
    figure(Number(id), '2026-06', 'budget', String(budget)),
    figure(Number(id), '2026-06', 'forecast', String(forecast)),
    figure(Number(id), '2026-06', 'budget_full_year', String(yearBudget)),
  ]),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const first = (text: string) => text.split('\n').find((line) => /^1\./.test(line.trim())) ?? '';

describe('a ranking against the full-year budget', () => {
  it.each(['vilken post går sämst mot helårsbudgeten?', 'which line is furthest below the full-year budget?', 'vilken post ligger sämst till mot budget för helåret?'])('%j ranks the forecast deviations', async (question) => {
    const answer = await ask(store(), question, 'Tekniska förvaltningen Åby');
    expect(answer.status).toBe('answered');
    expect(first(plain(answer))).toContain('Parkeringsavgifter');
    expect(first(plain(answer))).toContain('7,0');
  });

  it('still ranks the period when the period budget is asked', async () => {
    const answer = await ask(store(), 'vilken post går sämst mot periodbudgeten?', 'Tekniska förvaltningen Åby');
    expect(first(plain(answer))).toContain('Snöröjning');
  });
});
