// "Varför har bevakningen blivit dyrare?", "why has security become so expensive?": the verb of becoming and the
// comparative say how the line moved, not which line; left over, they made a line of a sub-unit lose to
// the asking organisation's result and its causes came back instead of the line's.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Kulturförvaltningen Åby', 'administration', 1, 'tkr'), organisation(3, 'Fastighetsavdelningen Åby', 'department', 2, 'tkr')];
const ITEMS = [item(10, 2, 'Resultat', 'result'), item(11, 3, 'Bevakningskostnader', 'cost')];
const FIGURES = [
  figure(10, '2025-08', 'actual', '900', 'tkr', 0),
  figure(10, '2025-08', 'budget', '0', 'tkr', 0),
  figure(11, '2025-08', 'actual', '-8400', 'tkr', 0),
  figure(11, '2025-08', 'budget', '-7600', 'tkr', 0),
];
const note = (id: number, organisationId: number, lineItemId: number, text: string): NoteRecord => ({ id, organisationId, lineItemId, period: parsePeriod('2025-08'), text, author: 'Delårsrapport augusti 2025', source: 'rapport.pdf', createdAt: new Date(0) });
const GUARDS = 'Bevakningen kostar mer eftersom avtalet med vaktbolaget räknades upp med index.';
const RESULT = 'Överskottet beror på vakanta tjänster inom biblioteken.';
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, [note(1, 2, 10, RESULT), note(2, 3, 11, GUARDS)]);
const HOME = 'Kulturförvaltningen Åby';

describe('comparatives and verbs of becoming name no line', () => {
  it.each(['varför har bevakningen blivit dyrare?', 'varför har bevakningen blivit så dyrt?', 'why has security become more expensive?'])('answers %j with the line and its cause', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Bevakningskostnader');
    expect(plain(answer)).toContain('avtalet med vaktbolaget');
  });
});
