// A ranking by the change against last year ("vilka kostnader har ökat mest jämfört med i fjol?") where
// the lines carry no figure for last year is not answered with the deviations from budget under a
// heading of its own: it says that last year's figures are missing. Where they exist, it ranks them.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åsby kommun', 'municipality', null, 'mnkr'), organisation(2, 'Omsorgsnämnden Åsby', 'board', 1, 'mnkr')];
const ITEMS = [item(10, 2, 'Summa kostnader', 'cost', null, 'lines'), item(11, 2, 'Personalkostnader', 'cost', 10), item(12, 2, 'Köp av verksamhet', 'cost', 10), item(13, 2, 'Lokalkostnader', 'cost', 10)];
const BUDGET_ONLY = [
  ...[11, 12, 13].flatMap((id, at) => [figure(id, '2026-08', 'actual', `${100 + at * 30}.0`), figure(id, '2026-08', 'budget', `${95 + at * 20}.0`)]),
  figure(10, '2026-08', 'actual', '390.0'),
  figure(10, '2026-08', 'budget', '350.0'),
];
const HOME = 'Omsorgsnämnden Åsby';

describe('a ranking by the change against last year', () => {
  it.each([
    'vilka kostnader har ökat mest jämfört med förra året?',
    'vad har dragit iväg mest sen i fjol bland kostnaderna',
    'which costs grew the most compared with last year?',
    'biggest cost increases vs last yr?',
  ])('says last year is missing rather than ranking deviations: %j', async (question) => {
    const answer = await ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, BUDGET_ONLY, []), question, HOME);
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toMatch(/2025/);
    expect(plain(answer)).not.toMatch(/budget \(|than budget|än budget/);
  });

  it('ranks by the change where last year is on record', async () => {
    const withPrior = [...BUDGET_ONLY, figure(11, '2026-08', 'prior_year_actual', '99.0'), figure(12, '2026-08', 'prior_year_actual', '100.0'), figure(13, '2026-08', 'prior_year_actual', '159.0')];
    const answer = await ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, withPrior, []), 'vilka kostnader har ökat mest jämfört med förra året?', HOME);
    expect(answer.status).toBe('answered');
    const ranked = plain(answer).split('\n').slice(1).map((line) => line.replace(/^\d+\. /, '').split(':')[0]);
    // Köp av verksamhet grew 30, Personalkostnader 1, Lokalkostnader 1.
    expect(ranked[0]).toBe('Köp av verksamhet');
  });
});
