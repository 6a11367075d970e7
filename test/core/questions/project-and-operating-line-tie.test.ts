// A project and an operating line that a question names by the same words ("MT": MT-utrustning and MT
// underhåll och reparation) are different things: with no figure named, the asker is asked which, not
// given the one that happens to have an outcome. A figure only one of them has ("prognos") says which.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const HOME = 'Division Fjärrvärme';
const ORGANISATIONS = [organisation(1, HOME, 'division', null, 'mnkr')];
const ITEMS = [
  item(1, 1, 'Resultat', 'result'),
  item(2, 1, 'Övriga kostnader', 'cost'),
  item(3, 1, 'VX underhåll och reparation', 'cost', 2),
  item(4, 1, 'Investeringar totalt', 'investment', null, 'lines'),
  item(5, 1, 'VX-utrustning', 'investment', 4),
];
const FIGURES = [
  figure(1, '2026-04', 'actual', '3.0'),
  figure(3, '2026-04', 'prior_year_change', '1.9'),
  figure(5, '2026-04', 'actual', '1.0'),
  figure(5, '2026-04', 'forecast', '2.0'),
];
const asked = (question: string) => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);

describe('a project and an operating line named alike', () => {
  it.each(['VX?', 'vad säger siffrorna för VX?', 'how is VX looking?'])('are asked back with no figure named: %j', async (question) => {
    const answer = await asked(question);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(expect.arrayContaining(['VX-utrustning', 'VX underhåll och reparation']));
  });

  it.each(['VX prognos?', 'VX forecast?'])('are told apart by a figure only one has: %j', async (question) => {
    const answer = await asked(question);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toMatch(/^VX-utrustning/);
  });
});
