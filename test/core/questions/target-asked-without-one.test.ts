// A target asked for a KPI that has none on record ("antal besök mål?", "visits vs target") is an
// honest no_data that says what there is, as a forecast asked where none exists is: the value
// with "no target" tucked in would bury the answer. A KPI whose own name carries the word
// ("Andel uppfyllda mål") is named by it, not asked against a target.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const HOME = 'Fritidsförvaltningen Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'mnkr')];
const ITEMS = [item(1, 1, 'Resultat', 'result'), item(2, 1, 'Antal besök simhallen', 'kpi'), item(3, 1, 'Nöjd medborgarindex', 'kpi'), item(4, 1, 'Andel uppfyllda mål', 'kpi')];
const FIGURES = [
  figure(1, '2026-08', 'actual', '5'),
  figure(1, '2026-08', 'budget', '6'),
  figure(2, '2026-08', 'actual', '41200', 'st', 0),
  figure(3, '2026-08', 'actual', '62', 'index', 0),
  figure(3, '2026-08', 'target', '65', 'index', 0),
  figure(4, '2026-08', 'actual', '70', '%', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a target asked for a KPI without one', () => {
  it.each(['antal besök simhallen mål?', 'besöken i simhallen mot målet?', 'hur ligger besök simhallen mot mål', 'simhallen visits vs target?', 'besök simhallen, target?'])('answers %j with no_data naming what there is', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toMatch(/mål|target/);
    expect(plain(answer)).toMatch(/utfall|actual/);
  });

  it('still answers the KPI asked without a target word', async () => {
    const answer = await ask(store(), 'antal besök simhallen?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('41 200');
  });

  it('answers a KPI with a target against it', async () => {
    const answer = await ask(store(), 'nöjd medborgarindex mot mål?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('65');
  });

  it('answers a KPI whose own name carries the target word', async () => {
    const answer = await ask(store(), 'andel uppfyllda mål?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('70');
  });
});
