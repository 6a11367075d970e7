// "Fire dept", "fire & rescue" are what an English speaker calls a räddningstjänst: asked there,
// they name the asker (whose result answers "how are we doing?"), never a ranking of its departments,
// nor the line whose name begins like the asker's ("Antal räddningsinsatser" for "räddningstjänst").
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Räddningstjänsten Kullby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'tkr'),
  organisation(2, 'Operativa avdelningen Kullby', 'department', 1, 'tkr'),
  organisation(3, 'Stabsavdelningen Kullby', 'department', 1, 'tkr'),
];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Lokalhyror', 'cost'), item(12, 1, 'Antal räddningsinsatser', 'kpi'), item(20, 2, 'Nettokostnad', 'cost'), item(30, 3, 'Nettokostnad', 'cost')];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-08', 'actual', actual, 'tkr', 0), figure(line, '2026-08', 'budget', budget, 'tkr', 0)];
const FIGURES = [...money(10, '-2100', '500'), ...money(11, '5000', '5000'), figure(12, '2026-08', 'actual', '410', 'st', 0), ...money(20, '40000', '38000'), ...money(30, '9000', '9500')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('the fire dept named in English', () => {
  it.each(['kullby fire dept - how are we doing?', 'fire & rescue result vs budget?', 'how is the fire service doing?'])('%j answers with the asker’s result', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => `${fact.item} (${fact.org})`)).toContain(`Resultat (${HOME})`);
  });
});
