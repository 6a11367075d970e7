// "Which clinics cost the most?", "vilka kliniker går sämst?": a hospital area's reports hold
// hospitals (divisions) and under them clinics (units). A plural clinic word ranks the units
// only, by size as by deviation; ranking the hospitals beside them put sums above their parts.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const HOME = 'Sjukvårdsområde Norrby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'mnkr'),
  organisation(2, 'Norrby sjukhus', 'division', 1, 'mnkr'),
  organisation(3, 'Kirurgkliniken Norrby', 'unit', 2, 'mnkr'),
  organisation(4, 'Barnkliniken Norrby', 'unit', 2, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Nettokostnad', 'result'), item(20, 2, 'Nettokostnad', 'result'), item(30, 3, 'Nettokostnad', 'result'), item(40, 4, 'Nettokostnad', 'result')];
const net = (line: number, actual: string, budget: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget)];
const FIGURES = [...net(10, '900', '880'), ...net(20, '700', '690'), ...net(30, '420', '400'), ...net(40, '280', '290')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ranking of clinics', () => {
  it.each(['which clinics have the highest net cost?', 'top 2 clinics by net cost', 'vilka kliniker har högst nettokostnad?'])('%j ranks the clinics, not the hospital', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    const text = plain(answer);
    expect(text).toContain('Kirurgkliniken Norrby');
    expect(text).toContain('Barnkliniken Norrby');
    expect(text).not.toContain('Norrby sjukhus');
  });
});
