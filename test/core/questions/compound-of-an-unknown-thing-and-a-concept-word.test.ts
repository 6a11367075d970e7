// A compound that only ends in a concept's word ("cykelbidraget": "bidrag") with a first part that no line,
// concept or small word knows is a thing the report does not have: honest no_data, not a question back
// among every line of the concept; where the concept has one line, the compound is a part of it. A first part the report or the lexicon knows still reaches its lines.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Kulturnämnden Åby', 'board', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Resultat', 'result'),
  item(11, 2, 'Föreningsbidrag', 'cost', 10),
  item(12, 2, 'Bidrag till studieförbund', 'cost', 10),
  item(13, 2, 'Statsbidrag för kulturskolan', 'income', 10),
  item(14, 2, 'Lokalhyror', 'cost', 10),
  item(15, 2, 'Sjukfrånvaro', 'kpi'),
];
const FIGURES = [10, 11, 12, 13, 14, 15].flatMap((id) => [figure(id, '2026-04', 'actual', `${id}00`, 'tkr', 0), figure(id, '2026-04', 'budget', `${id}50`, 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Kulturnämnden Åby';

describe('a compound of an unknown thing and a concept word', () => {
  it.each(['vad kostar cykelbidraget?', 'hur ligger hemstudiebidragen?', 'what about the pianobidrag?'])('answers %j with no_data, not a choice among every grant line', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('no_data');
  });

  it.each([
    ['hur ligger föreningsbidragen?', 'Föreningsbidrag'],
    ['statsbidraget till kulturskolan?', 'Statsbidrag för kulturskolan'],
    ['vad kostar lokalhyrorna?', 'Lokalhyror'],
  ])('still answers %j with the line its known parts name', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain(line);
  });

  it('reads such a compound as a part of the concept\'s one line', async () => {
    const answer = await ask(store(), 'hur ser korttidssjukfrånvaron ut?', HOME);
    expect(answer.status).not.toBe('clarify');
    expect(answer.text).toContain('Sjukfrånvaro');
  });
});
