// A why-question, or a what-is-being-done question, on a word that several lines carry alike
// ("kostnaderna" beside Personalkostnader and Övriga kostnader) is answered from the report's words
// on all of them; a figure question on the same word is still asked back.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Region Västersund', 'region', null, 'mnkr'), organisation(2, 'Servicedivisionen Västersund', 'division', 1, 'mnkr')];
const ITEMS = [item(20, 2, 'Resultat', 'result'), item(21, 2, 'Personalkostnader', 'cost'), item(22, 2, 'Övriga kostnader', 'cost'), item(23, 2, 'Intäkter', 'income')];
const FIGURES = [
  figure(20, '2025-05', 'actual', '2.0'),
  figure(20, '2025-05', 'budget', '1.0'),
  figure(21, '2025-05', 'actual', '40.0'),
  figure(21, '2025-05', 'budget', '42.0'),
  figure(22, '2025-05', 'actual', '18.0'),
  figure(22, '2025-05', 'budget', '17.5'),
  figure(23, '2025-05', 'actual', '60.0'),
  figure(23, '2025-05', 'budget', '60.5'),
];

function note(id: number, lineItemId: number, text: string): NoteRecord {
  return { id, organisationId: 2, lineItemId, period: { year: 2025, month: 5 }, text, author: 'Månadsrapport maj 2025', source: 'rapport.txt', createdAt: new Date(0) };
}

const NOTES = [
  note(1, 21, 'Rekryteringsstopp gäller resten av året för att hålla nere personalkostnaderna.'),
  note(2, 22, 'Övriga kostnader ökar av högre priser på el och drivmedel.'),
  note(3, 23, 'Intäkterna från uthyrning av lokaler blir lägre än budgeterat.'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);
const HOME = 'Servicedivisionen Västersund';

describe('a why-question on a word several lines carry', () => {
  it('quotes the notes of the cost lines, saying which line each is about, and none of the income line', async () => {
    for (const question of ['varför ökar kostnaderna?', 'varför har kostnaderna gått upp så mycket?']) {
      const answer = await ask(store(), question, HOME);
      expect(answer.status, question).toBe('answered');
      expect(plain(answer), question).toContain('högre priser på el');
      expect(plain(answer), question).toContain('Övriga kostnader');
      expect(plain(answer), question).not.toContain('uthyrning av lokaler');
    }
  });

  it('answers what is being done about the costs from the report\'s words on them', async () => {
    for (const question of ['vad gör ni för att få ner kostnaderna?', 'what are you doing to keep costs down?']) {
      const answer = await ask(store(), question, HOME);
      expect(answer.status, question).toBe('answered');
      expect(plain(answer), question).toContain('Rekryteringsstopp');
    }
  });

  it('still asks back which line a figure question on the same word means', async () => {
    const answer = await ask(store(), 'hur mycket är kostnaderna hittills?', HOME);
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Personalkostnader');
    expect(plain(answer)).toContain('Övriga kostnader');
  });
});
