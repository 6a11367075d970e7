// Education an administration buys from external providers is reported as "Köpt utbildning";
// controllers call it by the providers ("utbildningsanordnarna", "externa anordnare") or by
// how it was bought ("upphandlade utbildningar"), in English "education providers". The
// glossaries give the report's words, so each finds that line, never the administration's
// other purchases or its adult-education unit.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Utbildningsförvaltningen Kvarnå';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'result'),
  item(11, 1, 'Köpt utbildning', 'cost'),
  item(12, 1, 'Köpt verksamhet', 'cost'),
  item(13, 1, 'Personalkostnader', 'cost'),
  item(14, 1, 'Statsbidrag vuxenutbildning', 'income'),
];
const money = (line: number, actual: string, budget: string, forecast: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'forecast', forecast), figure(line, '2026-06', 'budget_full_year', budget)];
const FIGURES = [...money(10, '-300', '-290', '-610'), ...money(11, '-40', '-38', '-82'), ...money(12, '-25', '-25', '-50'), ...money(13, '-200', '-195', '-400'), ...money(14, '20', '20', '40')];
const lineOf = async (question: string) => {
  const answer = await ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);
  return { status: answer.status, items: [...new Set(answer.facts.map((fact) => fact.item))] };
};

describe('external education providers are the bought education', () => {
  it.each([
    'vad kostar utbildningsanordnarna hittills?',
    'de externa anordnarna, prognos för året?',
    'upphandlade utbildningar mot budget',
    'what do our external education providers cost this year?',
    'training providers forecast?',
  ])('%j answers Köpt utbildning', async (question) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Köpt utbildning']);
  });

  it('leaves the other purchases to their own line', async () => {
    const { items } = await lineOf('köpt verksamhet hittills?');
    expect(items).toEqual(['Köpt verksamhet']);
  });
});
