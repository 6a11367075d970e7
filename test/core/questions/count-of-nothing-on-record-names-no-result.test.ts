// "Hur många bor i Halland?": a count asks for something counted, which the result line never is. With no
// line that counts it the answer is no_data, also when the question names an organisation and no line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby region', 'region', null, 'mnkr'), organisation(2, 'Regionstaben Åby', 'administration', 1, 'mnkr'), organisation(3, 'Bäcka kommun', 'municipality', null, 'mnkr')];
const ITEMS = [item(10, 2, 'Resultat', 'result'), item(11, 2, 'Antal anställda', 'kpi'), item(30, 3, 'Resultat', 'result')];
const FIGURES = [
  figure(10, '2026-06', 'actual', '14.2'),
  figure(10, '2026-06', 'budget', '10.0'),
  figure(11, '2026-06', 'actual', '412', 'st', 0),
  figure(30, '2026-06', 'actual', '-6.4'),
  figure(30, '2026-06', 'budget', '2.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a count of nothing on record', () => {
  it.each(['hur många bor i bäcka?', 'how many people live in bäcka?', 'hur många bor här?'])('answers %j with no_data, not a result line', async (question) => {
    const answer = await ask(store(), question, 'Regionstaben Åby');
    expect(answer.status).not.toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Resultat');
  });

  it('still answers a count a KPI keeps', async () => {
    const answer = await ask(store(), 'hur många anställda har vi?', 'Regionstaben Åby');
    expect(answer.facts.map((fact) => fact.item)).toContain('Antal anställda');
  });

  it('still answers an amount asked as "hur många miljoner"', async () => {
    const answer = await ask(store(), 'hur många miljoner plus blir det?', 'Regionstaben Åby');
    expect(answer.facts.map((fact) => fact.item)).toContain('Resultat');
  });
});
