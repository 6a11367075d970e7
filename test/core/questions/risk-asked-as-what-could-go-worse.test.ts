// A risk is often asked without the word "risk": "kan något försämra prognosen?", "what might
// eat into the surplus?", "any downside?". Such a question asks for the report's words about
// what may still change, as "risker i prognosen?" does, not only for the figures.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Tekniska förvaltningen Åby', 'administration', 1, 'tkr')];
const ITEMS = [item(10, 2, 'Resultat', 'result'), item(11, 2, 'Personalkostnader', 'cost')];
const FIGURES = [
  figure(10, '2025-08', 'actual', '4200', 'tkr', 0),
  figure(10, '2025-08', 'budget', '1000', 'tkr', 0),
  figure(10, '2025-08', 'forecast', '2500', 'tkr', 0),
  figure(10, '2025-08', 'budget_full_year', '0', 'tkr', 0),
  figure(11, '2025-08', 'actual', '-30100', 'tkr', 0),
];
const note = (id: number, text: string): NoteRecord => ({ id, organisationId: 2, lineItemId: 10, period: parsePeriod('2025-08'), text, author: 'Delårsrapport augusti 2025', source: 'rapport.pdf', createdAt: new Date(0) });
const UNCERTAIN = 'Vinterväghållningen kan bli dyrare än beräknat om vintern blir snörik, vilket skulle minska överskottet.';
const CAUSE = 'Överskottet beror främst på vakanta tjänster under våren.';
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, [note(1, CAUSE), note(2, UNCERTAIN)]);
const HOME = 'Tekniska förvaltningen Åby';

describe('a risk asked as what could make things worse', () => {
  it.each([
    'finns det något som kan försämra prognosen?',
    'vad skulle kunna göra resultatet sämre i höst?',
    'kan överskottet bli mindre, vad kan hända?',
    'what might eat into our surplus?',
    'anything that could make the forecast worse?',
    'any downside to the full-year forecast?',
  ])('quotes the note on what may change for %j', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Vinterväghållningen kan bli dyrare');
  });

  it('still answers a plain forecast question with figures and no note', async () => {
    const answer = await ask(store(), 'vad är helårsprognosen?', HOME);
    expect(plain(answer)).toContain('2 500');
    expect(plain(answer)).not.toContain('Vinterväghållningen');
  });
});
