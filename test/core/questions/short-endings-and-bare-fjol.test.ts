// Controllers' chat shorthand: a compound's last part written short ("drivmedelskostn",
// "patientavg", lexicon `shortEndings`) reads as written in full, and "fjol" after a word
// of comparison ("jmf fjol", "vs fjol") is last year, as "i fjol" is.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const HOME = 'Vårdcentralerna Norrby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Drivmedel', 'cost'), item(11, 1, 'Avgifter från patienter', 'income'), item(12, 1, 'Personalkostnader', 'cost'), item(13, 1, 'Nettokostnad', 'cost')];
const money = (line: number, actual: string, budget: string, prior: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'prior_year_actual', prior)];
const FIGURES = [...money(10, '12.5', '11', '11.8'), ...money(11, '8.5', '9', '8.1'), ...money(12, '60', '58', '57'), ...money(13, '70', '66', '65')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const lineOf = async (question: string) => {
  const answer = await ask(store(), question, HOME);
  return { status: answer.status, items: [...new Set(answer.facts.map((fact) => fact.item))], measures: new Set(answer.facts.map((fact) => fact.measure)), text: plain(answer) };
};

describe('a compound whose last part is written short', () => {
  it.each([
    ['drivmedelskostn mot budget?', 'Drivmedel'],
    ['patientavg hittills', 'Avgifter från patienter'],
  ])('%j finds %s', async (question, line) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual([line]);
  });
});

describe('"fjol" after a word of comparison', () => {
  it.each(['personalkostnader jmf fjol', 'personalkostn vs fjol?'])('%j compares with the same period last year', async (question) => {
    const { status, items, measures } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Personalkostnader']);
    expect(measures.has('prior_year_actual')).toBe(true);
  });
});
