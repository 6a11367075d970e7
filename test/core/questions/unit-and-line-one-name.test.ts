// A sub-unit's one-word name that one of the asker's own lines also carries ("NOVA": a programme, and the
// project line "Nytt ekonomisystem, NOVA") could be either: a figure question asks which; a why-question,
// or the unit named in full, is not asked back.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  { ...organisation(1, 'Region Österland', 'region', null, 'mnkr'), aliases: [] },
  organisation(2, 'Regionstaben Österland', 'administration', 1, 'mnkr'),
  { ...organisation(3, 'NOVA-programmet', 'programme', 2, 'mnkr'), aliases: ['NOVA'] },
];
const ITEMS = [item(50, 2, 'Resultat', 'result'), item(51, 2, 'Nytt ekonomisystem, NOVA', 'investment'), item(52, 3, 'Resultat', 'result')];
const FIGURES = [
  figure(50, '2025-06', 'actual', '12.0'),
  figure(50, '2025-06', 'budget', '10.0'),
  figure(51, '2025-06', 'forecast', '30.0'),
  figure(51, '2025-06', 'budget_full_year', '25.0'),
  figure(52, '2025-06', 'deviation', '-3.5'),
];
const NOTES: NoteRecord[] = [{ id: 1, organisationId: 3, lineItemId: 52, period: { year: 2025, month: 6 }, text: 'Programmet går back då konsulter anlitats i stället för egen personal.', author: 'Delårsrapport juni 2025', source: 'rapport.txt', createdAt: new Date(0) }];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);
const HOME = 'Regionstaben Österland';

describe('a unit and a line that carry one name', () => {
  it.each(['hur ligger nova?', 'NOVA mot budget?'])('asks back %j with the programme and the project', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('NOVA-programmet');
    expect(plain(answer)).toContain('Nytt ekonomisystem, NOVA');
  });

  it('answers a why-question without asking which', async () => {
    const answer = await ask(store(), 'varför går NOVA back?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('konsulter anlitats');
  });

  it('answers the programme named in full', async () => {
    const answer = await ask(store(), 'hur går det för NOVA-programmet?', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.org === 'NOVA-programmet')).toBe(true);
    expect(answer.facts.length).toBeGreaterThan(0);
  });
});
