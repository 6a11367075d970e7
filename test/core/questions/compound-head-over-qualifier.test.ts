// A written compound "X-Y" asks for a Y, narrowed by X: the lines Y names are the candidates, and a
// line that only shares X (a KPI "Vårddygn LSS-boende") is not meant; among several Y lines the one
// whose report notes speak of X is. A concept word as Y ("IT-kostnaderna") is left to the concept.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const OFFICE = 'Omsorgsförvaltningen Ekby';
const ORGANISATIONS = [organisation(1, OFFICE, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Insatser äldre', 'cost', 14),
  item(11, 1, 'Insatser funktionsnedsättning', 'cost', 14),
  item(12, 1, 'Beläggning LSS barn', 'kpi'),
  item(13, 1, 'IT-kostnader', 'cost', 14),
  item(14, 1, 'Summa kostnader', 'cost'),
];
const money = (line: number, actual: string, forecast: string) => [figure(line, '2026-04', 'actual', actual), figure(line, '2026-04', 'budget', actual), figure(line, '2026-04', 'forecast', forecast), figure(line, '2026-04', 'budget_full_year', forecast)];
const FIGURES = [...money(10, '400', '1200'), ...money(11, '300', '900'), figure(12, '2026-04', 'actual', '92', '%'), ...money(13, '50', '150'), ...money(14, '750', '2250')];
const note = (id: number, lineItemId: number, text: string): NoteRecord => ({ id, organisationId: 1, lineItemId, period: { year: 2026, month: 4 }, text, author: 'Tertialrapport', source: 'rapport.txt', createdAt: new Date(0) });
const NOTES = [note(1, 11, 'Fler beslut om LSS-insatser än budgeterat driver kostnaden.'), note(2, 10, 'Hemtjänsten har färre timmar än väntat.')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

describe('a compound’s last part names the line, its first part which', () => {
  it.each(['LSS-insatserna prognos?', 'lss-insatserna hittills?', 'hur går LSS-insatserna mot budget'])('%j is the line whose notes speak of LSS', async (question) => {
    const answer = await ask(store(), question, OFFICE);
    expect(answer.status).toBe('answered');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(answer.facts.every((fact) => fact.item === 'Insatser funktionsnedsättning')).toBe(true);
  });

  it('a word for costs after the first part is still the line that carries both', async () => {
    const answer = await ask(store(), 'IT-kostnaderna?', OFFICE);
    expect(answer.facts.every((fact) => fact.item === 'IT-kostnader')).toBe(true);
  });

  it('the first part said with the line’s own head word is that line', async () => {
    const answer = await ask(store(), 'LSS-beläggningen?', OFFICE);
    expect(answer.facts.every((fact) => fact.item === 'Beläggning LSS barn')).toBe(true);
  });
});
