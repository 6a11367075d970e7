// "Foster homes" are familjehem, not HVB (institutional care): an organisation that reports only
// HVB care days has no foster-home figure (no_data), and one that reports Familjehem answers it.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Individ- och familjeomsorgen Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const HVB_ONLY = [item(10, 1, 'Nettokostnad', 'cost'), item(11, 1, 'Placeringar HVB', 'cost'), item(12, 1, 'Vårddygn HVB', 'kpi')];
const WITH_FAMILJEHEM = [...HVB_ONLY, item(13, 1, 'Antal familjehem', 'kpi')];
const figures = (lines: readonly number[]) => lines.map((line) => figure(line, '2026-06', 'actual', String(40 + line), 'st', 0));

describe('foster homes', () => {
  it.each(['number of foster homes?', 'how many foster families do we have?'])('%j is no_data where only HVB is reported', async (question) => {
    const answer = await ask(new MemoryFigureStore(ORGANISATIONS, HVB_ONLY, figures([10, 11, 12]), []), question, HOME);
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
  });

  it('answers Antal familjehem where it is reported', async () => {
    const answer = await ask(new MemoryFigureStore(ORGANISATIONS, WITH_FAMILJEHEM, figures([10, 11, 12, 13]), []), 'number of foster homes?', HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Antal familjehem']);
  });
});
