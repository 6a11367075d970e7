// A unit that reports only its net cost has no costs total: its costs asked with the generic word
// ("ekonomienhetens kostnader", "vad kostar X?") are its net cost, never the parent's costs total
// pointed at; a unit with a costs total of its own still answers with that total.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ADMINISTRATION = 'Socialförvaltningen Ekby';
const ORGANISATIONS = [
  organisation(1, ADMINISTRATION, 'administration', null, 'tkr'),
  organisation(2, 'Familjestöd Ekby', 'department', 1, 'tkr'),
  organisation(3, 'Försörjningsstöd Ekby', 'department', 1, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Personalkostnader', 'cost', 11),
  item(11, 1, 'Summa kostnader', 'cost'),
  item(12, 1, 'Nettokostnad', 'cost'),
  item(20, 2, 'Nettokostnad', 'cost'),
  item(21, 2, 'Antal placeringar', 'kpi'),
  item(30, 3, 'Nettokostnad', 'cost'),
];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-04', 'actual', actual), figure(line, '2026-04', 'budget', budget)];
const FIGURES = [...money(10, '500', '480'), ...money(11, '900', '850'), ...money(12, '700', '690'), ...money(20, '120', '110'), figure(21, '2026-04', 'actual', '14', 'st'), ...money(30, '80', '85')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a costs word at a unit that reports only its net cost', () => {
  it.each([
    ['familjestöd-kostnaderna?', 'Familjestöd Ekby'],
    ['vad kostar försörjningsstödet?', 'Försörjningsstöd Ekby'],
    ['familjestöd kostnader mot budget', 'Familjestöd Ekby'],
  ])('%j is the net cost of %s', async (question, unit) => {
    const answer = await ask(store(), question, ADMINISTRATION);
    expect(answer.text).toContain('Nettokostnad');
    expect(answer.status).toBe('answered');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(answer.facts.every((fact) => fact.org === unit && fact.item === 'Nettokostnad')).toBe(true);
  });

  it('the administration’s own costs are still its costs total', async () => {
    const answer = await ask(store(), 'kostnaderna?', ADMINISTRATION);
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.org === ADMINISTRATION && fact.item === 'Summa kostnader')).toBe(true);
  });
});
