// Rankings of lines rank the leaves of one level: a total ("Summa kostnader") and a net cost
// over its incomes and costs are never ranked against the kontoslag they sum.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Norrvik kommun', 'municipality', null, 'mnkr'), organisation(2, 'Omsorgsnämnden Norrvik', 'board', 1, 'mnkr')];

// A committee's table per kontoslag: two incomes and two costs under their totals, the net cost on top.
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'cost', null, 'lines'),
  item(11, 2, 'Summa intäkter', 'income', 10, 'lines'),
  item(12, 2, 'Avgifter', 'income', 11),
  item(13, 2, 'Bidrag', 'income', 11),
  item(14, 2, 'Summa kostnader', 'cost', 10, 'lines'),
  item(15, 2, 'Personalkostnader', 'cost', 14),
  item(16, 2, 'Köp av verksamhet', 'cost', 14),
];

const rows: [number, string, string][] = [
  [12, '40.0', '42.0'],
  [13, '70.0', '64.0'],
  [11, '110.0', '106.0'],
  [15, '-600.0', '-585.0'],
  [16, '-185.0', '-166.0'],
  [14, '-785.0', '-751.0'],
  [10, '-675.0', '-645.0'],
];
const FIGURES = rows.flatMap(([id, actual, budget]) => [figure(id, '2026-08', 'actual', actual), figure(id, '2026-08', 'budget', budget)]);

const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ranking of lines', () => {
  it('ranks the kontoslag, not the totals that sum them', async () => {
    const answer = await ask(store(), 'vilket kontoslag går sämst mot budget?', 'Omsorgsnämnden Norrvik');
    expect(answer.status).toBe('answered');
    const lines = plain(answer).split('\n').slice(1);
    expect(lines[0]).toContain('Köp av verksamhet: 19,0 mnkr sämre än budget');
    expect(lines[1]).toContain('Personalkostnader: 15,0 mnkr sämre än budget');
    for (const total of ['Summa kostnader', 'Nettokostnad', 'Summa intäkter']) expect(plain(answer)).not.toContain(total);
  });

  it('keeps a line whose sub-lines have no deviation of the kind ranked', async () => {
    // The sub-lines report only their period; the ranking is of the forecast: the line itself is ranked.
    const items = [...ITEMS, item(17, 2, 'Hemtjänst', 'cost', 16), item(18, 2, 'Särskilt boende', 'cost', 16)];
    const forecasts = [10, 11, 12, 13, 14, 15, 16].flatMap((id) => [figure(id, '2026-08', 'forecast', id === 16 ? '-275.0' : id === 15 ? '-890.0' : '-1.0'), figure(id, '2026-08', 'budget_full_year', id === 16 ? '-248.0' : id === 15 ? '-872.0' : '-1.0')]);
    const periodOnly = [figure(17, '2026-08', 'actual', '-90.0'), figure(17, '2026-08', 'budget', '-80.0'), figure(18, '2026-08', 'actual', '-95.0'), figure(18, '2026-08', 'budget', '-86.0')];
    const answer = await ask(new MemoryFigureStore(ORGANISATIONS, items, forecasts.concat(periodOnly), []), 'vilken kostnad har störst negativ prognosavvikelse?', 'Omsorgsnämnden Norrvik');
    expect(answer.status).toBe('answered');
    const lines = plain(answer).split('\n').slice(1);
    expect(lines[0]).toContain('Köp av verksamhet: 27,0 mnkr sämre än helårsbudgeten');
    expect(plain(answer)).not.toContain('Hemtjänst');
  });
});

describe('a ranking of lines at an organisation with few lines of its own', () => {
  it('ranks its committees\' results beside its own lines when those do not fill the ranking', async () => {
    const organisations = [...ORGANISATIONS, organisation(3, 'Skolnämnden Norrvik', 'board', 1, 'mnkr')];
    const items = [...ITEMS, item(30, 1, 'Bidrag till tunnelbanan', 'cost'), item(31, 2, 'Resultat', 'result'), item(32, 3, 'Resultat', 'result')];
    const figures = [figure(30, '2026-08', 'forecast_deviation', '-34.0'), figure(31, '2026-08', 'forecast_deviation', '-35.0'), figure(32, '2026-08', 'forecast_deviation', '4.0')];
    const answer = await ask(new MemoryFigureStore(organisations, items, figures, []), 'what are the biggest negative items in the forecast?', 'Norrvik kommun');
    expect(answer.status).toBe('answered');
    const lines = plain(answer).split('\n').slice(1);
    expect(lines[0]).toContain('Omsorgsnämnden Norrvik (Resultat): 35,0 mnkr worse');
    expect(lines[1]).toContain('Bidrag till tunnelbanan: 34,0 mnkr worse');
    expect(plain(answer)).not.toContain('Skolnämnden');
  });
});
