// A why or what-is-done question about a board that reports nothing itself, whose one administration
// reports for it, is answered from that administration's figures and notes, said to be the
// administration's; also where the question has words of its own ("beslutat", "decided").
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Fritidsnämnden Åby', 'board', 1, 'tkr'),
  organisation(3, 'Fritidsförvaltningen Åby', 'administration', 2, 'tkr'),
];
const ITEMS = [item(10, 3, 'Nettokostnad', 'result')];
const FIGURES = [figure(10, '2026-06', 'actual', '-5200', 'tkr', 0), figure(10, '2026-06', 'budget', '-5000', 'tkr', 0)];
const NOTES: NoteRecord[] = [
  { id: 1, organisationId: 3, lineItemId: 10, period: { year: 2026, month: 6 }, text: 'Nämnden har beslutat att stänga ishallen under sommaren för att minska kostnaderna.', author: 'Delårsrapport juni 2026', source: 'rapport.txt', createdAt: new Date(0) },
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

describe("a board's question answered through its one administration", () => {
  it.each(['vilka åtgärder har nämnden beslutat om?', 'what is the committee doing to cut costs?', 'vad har fritidsnämnden beslutat för åtgärder?'])('%j quotes the administration\'s notes', async (question) => {
    const answer = await ask(store(), question, 'Fritidsförvaltningen Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('stänga ishallen');
    expect(plain(answer)).toContain('Fritidsförvaltningen Åby');
  });
});
