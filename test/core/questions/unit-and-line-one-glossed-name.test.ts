// A word that names a unit ("Försörjningsstöd Åby") and a line of the asker's ("Försörjningsstöd") is asked
// back also when the glossary reads other words beside it ("ekonomiskt bistånd", "socialbidrag"): the asker
// wrote one word. A why-question is answered from the notes. A KPI that uses the word gives way to the money line, unless a KPI is asked about.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Socialförvaltningen Åby', 'administration', 1, 'tkr'), organisation(3, 'Försörjningsstöd Åby', 'business_area', 2, 'tkr')];
const ITEMS = [item(10, 2, 'Nettokostnad', 'result'), item(11, 2, 'Försörjningsstöd', 'cost'), item(12, 2, 'Hushåll med försörjningsstöd', 'kpi'), item(13, 3, 'Nettokostnad', 'result')];
const FIGURES = [
  figure(10, '2026-06', 'actual', '-9000', 'tkr', 0),
  figure(10, '2026-06', 'budget', '-8800', 'tkr', 0),
  figure(11, '2026-06', 'actual', '-3100', 'tkr', 0),
  figure(11, '2026-06', 'budget', '-2900', 'tkr', 0),
  figure(12, '2026-06', 'actual', '410', 'st', 0),
  figure(13, '2026-06', 'actual', '-3600', 'tkr', 0),
  figure(13, '2026-06', 'budget', '-3400', 'tkr', 0),
];
const NOTES: NoteRecord[] = [{ id: 1, organisationId: 2, lineItemId: 11, period: { year: 2026, month: 6 }, text: 'Fler hushåll söker stöd när arbetslösheten stiger.', author: 'Delårsrapport juni 2026', source: 'rapport.txt', createdAt: new Date(0) }];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

describe('a glossed word that names a unit and a line', () => {
  it.each(['försörjningsstödet, hur ser det ut?', 'försörjningsstöd mot budget?', 'läget för försörjningsstödet?'])('asks back %j with the unit and the money line', async (question) => {
    const answer = await ask(store(), question, 'Socialförvaltningen Åby');
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(['Försörjningsstöd Åby', 'Försörjningsstöd']);
  });

  it('answers a why-question from the notes without asking which', async () => {
    const answer = await ask(store(), 'varför går försörjningsstödet back?', 'Socialförvaltningen Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('arbetslösheten stiger');
  });
});
