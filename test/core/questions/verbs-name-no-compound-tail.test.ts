// A verb of a question ("gått", "kostar") is a line word only written as that very word: never the tail of a
// line's compound ("genomgått" of a KPI) nor a word it only stems like ("kost" of a kitchen unit's staff costs).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Servicenämnden Åby', 'board', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Resultat', 'result'),
  item(11, 2, 'Personalkostnader', 'cost', 10),
  item(12, 2, 'Personalkostnader kost- och städenheten', 'cost', 11),
  item(13, 2, 'Andel chefer som genomgått ledarskapsprogrammet', 'kpi'),
];
const FIGURES = [
  figure(10, '2026-04', 'actual', '4100', 'tkr', 0),
  figure(10, '2026-04', 'budget', '3000', 'tkr', 0),
  figure(11, '2026-04', 'actual', '61200', 'tkr', 0),
  figure(11, '2026-04', 'budget', '60000', 'tkr', 0),
  figure(11, '2026-04', 'forecast', '183300', 'tkr', 0),
  figure(11, '2026-04', 'budget_full_year', '180000', 'tkr', 0),
  figure(12, '2026-04', 'actual', '9100', 'tkr', 0),
  figure(12, '2026-04', 'budget', '9000', 'tkr', 0),
  figure(13, '2026-04', 'actual', '41', '%', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Servicenämnden Åby';

describe('verbs that are no compound tail of a line', () => {
  it.each(['hur har servicenämnden gått hittills i år?', 'hur har vi gått i år', 'hur har servicenämnden gått hittils?'])('answers %j with the result, not a KPI ending in the verb', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Resultat');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Andel chefer som genomgått ledarskapsprogrammet');
  });

  it.each(['vad kostar lönerna i år?', 'vad kostar personalen i år enligt prognosen?'])('answers %j with the own staff costs, not a unit line the verb stems like', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Personalkostnader');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Personalkostnader kost- och städenheten');
  });
});
