// Some figures a report states only in its words: an accumulated deficit from earlier years that must
// be restored ("balanserat underskott", "ackumulerat underskott som ska återställas"). Asked for, the
// answer gives the figures on record and quotes the notes that state it, in either language, and only those.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Region Åsby', 'region', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Verksamhetens nettokostnader', 'cost')];
const FIGURES = [
  figure(10, '2025-06', 'actual', '-42', 'mnkr', 0),
  figure(10, '2025-06', 'budget', '-30', 'mnkr', 0),
  figure(10, '2025-06', 'forecast', '10', 'mnkr', 0),
  figure(10, '2025-06', 'budget_full_year', '10', 'mnkr', 0),
];
const note = (id: number, text: string): NoteRecord => ({ id, organisationId: 1, lineItemId: 10, period: parsePeriod('2025-06'), text, author: 'Delårsrapport juni 2025', source: 'rapport.pdf', createdAt: new Date(0) });
const STATED = 'Regionen har ett balanserat underskott om 612 mnkr från tidigare år som ska återställas senast 2028.';
const OTHER = 'Underskottet för perioden beror på högre kostnader för hyrpersonal.';
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, [note(1, OTHER), note(2, STATED)]);
const HOME = 'Region Åsby';

describe('a figure stated only in the report\'s words', () => {
  it.each([
    'hur stort är det balanserade underskottet?',
    'hur mycket underskott har vi kvar att återställa?',
    'vad säger balanskravet, underskott från tidigare år?',
    'how large is our accumulated deficit?',
    'what deficit from prior years do we still have to restore?',
  ])('quotes the note that states it for %j, after the figures', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('balanserat underskott om 612 mnkr');
    expect(plain(answer)).not.toContain('hyrpersonal');
  });

  it('answers the year-to-date deficit without quoting it', async () => {
    const answer = await ask(store(), 'hur stort är underskottet hittills i år?', HOME);
    expect(plain(answer)).toContain('42');
    expect(plain(answer)).not.toContain('612 mnkr');
  });
});
