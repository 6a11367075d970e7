// Two lines read alike through an everyday word ("anställda" is staff, and Årsarbetare is staff too):
// the one whose whole name the question writes ("antal anställda") is meant, whichever figures the
// other has for what is asked.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Tekniska divisionen Åby', 'administration', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Årsarbetare', 'kpi'), item(11, 1, 'Antal anställda', 'kpi'), item(12, 1, 'Resultat', 'result')];
const FIGURES = [
  figure(10, '2026-04', 'actual', '112', 'st', 0),
  figure(10, '2026-04', 'prior_year_actual', '120', 'st', 0),
  figure(11, '2026-04', 'actual', '131', 'st', 0),
  figure(12, '2026-04', 'actual', '1.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Tekniska divisionen Åby';

describe('a line whose whole name is written, in a tie', () => {
  it.each(['antal anställda jämfört med ifjol', 'antal anställda vs förra året?'])('%j is Antal anställda, not a question back', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).not.toBe('clarify');
    expect(plain(answer)).toContain('Antal anställda');
    expect(plain(answer)).not.toContain('Årsarbetare');
  });
});
