// "LSS-kostnaderna", "the home care costs": a unit that reports its net cost and no cost total
// answers the cost word with that line, named Nettokostnad in the answer; a unit with a cost total
// is not answered with it, nor is income is not answered with the net cost.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Socialnämnden Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), organisation(2, 'Familjestöd Åsby', 'unit', 1, 'tkr')];
const ITEMS = [item(10, 1, 'Summa intäkter', 'income'), item(11, 1, 'Summa kostnader', 'cost'), item(12, 1, 'Nettokostnad', 'cost'), item(20, 2, 'Nettokostnad', 'cost')];
const FIGURES = [10, 11, 12, 20].flatMap((line, index) => [figure(line, '2026-06', 'actual', String(200 + index * 10), 'tkr', 0), figure(line, '2026-06', 'budget', String(190 + index * 10), 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a unit costs asked where it reports only its net cost', () => {
  it.each(['familjestöd-kostnaderna?', 'what are familjestöd costs vs budget?', 'kostnaderna för familjestöd hittills'])('%j answers the unit net cost', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => `${fact.org}/${fact.item}`))]).toEqual(['Familjestöd Åsby/Nettokostnad']);
    expect(answer.text).toContain('Nettokostnad');
  });

  it('does not put the net cost for the costs where the organisation has a cost total', async () => {
    const answer = await ask(store(), 'kostnaderna mot budget?', HOME);
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Nettokostnad');
  });

  it('does not answer income with the net cost', async () => {
    const answer = await ask(store(), 'familjestöd-intäkterna?', HOME);
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Nettokostnad');
  });
});
