// A word that several lines share, some paid and some charged (rent: Lokalhyror and Hyresintäkter
// lokaler), is narrowed by a word for costs or income written with it in a compound ("hyreskostnaderna"):
// the lines on the other side are no longer offered, and one left is the line meant.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const OFFICE = 'Fastighetskontoret Ekby';
const ORGANISATIONS = [organisation(1, OFFICE, 'administration', null, 'mnkr')];
const ITEMS = [
  item(10, 1, 'Summa intäkter', 'income'),
  item(11, 1, 'Hyresintäkter bostäder', 'income', 10),
  item(12, 1, 'Hyresintäkter lokaler', 'income', 10),
  item(20, 1, 'Summa kostnader', 'cost'),
  item(21, 1, 'Lokalhyror', 'cost', 20),
  item(22, 1, 'Personalkostnader', 'cost', 20),
];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-04', 'actual', actual), figure(line, '2026-04', 'budget', budget), figure(line, '2026-04', 'forecast', actual), figure(line, '2026-04', 'budget_full_year', budget)];
const FIGURES = [...money(10, '90', '88'), ...money(11, '50', '49'), ...money(12, '40', '39'), ...money(20, '70', '68'), ...money(21, '30', '28'), ...money(22, '40', '40')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word for costs or income narrows the lines a shared word names', () => {
  it.each(['hyreskostnaderna?', 'hyreskostnader mot budget', 'hur ser hyreskostnaderna ut i prognosen?'])('%j is the rent paid', async (question) => {
    const answer = await ask(store(), question, OFFICE);
    expect(answer.status).toBe('answered');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(answer.facts.every((fact) => fact.item === 'Lokalhyror')).toBe(true);
  });

  it('a word for income asks back among the income lines only', async () => {
    const answer = await ask(store(), 'hyresintäkterna?', OFFICE);
    expect(answer.status).toBe('clarify');
    expect(answer.text).not.toContain('Lokalhyror');
  });
});
