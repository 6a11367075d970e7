// "HR-enheten läget?", "hr-avdelningens prognos?" (try 7, B10): a unit's short name joined to a kind
// word in one compound names that unit, as "hr" alone does; the kind word ("avdelningen") does not
// turn the question to the units named "Avdelningen …", nor to another tree's HR unit.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Digitaliseringsförvaltningen Åby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'mnkr'),
  organisation(2, 'Gemensamma tjänster Åby', 'business_area', 1, 'mnkr'),
  organisation(3, 'Gemensamma tjänster – HR', 'unit', 2, 'mnkr'),
  organisation(4, 'Gemensamma tjänster – Ekonomi', 'unit', 2, 'mnkr'),
  organisation(5, 'Avdelningen styr och stöd', 'department', 1, 'mnkr'),
  organisation(6, 'Avdelningen kund och service', 'department', 1, 'mnkr'),
  organisation(7, 'Region Norrå', 'region', null, 'mnkr'),
  organisation(8, 'Regionkontoret Norrå – HR', 'department', 7, 'mnkr'),
];
const ITEMS = [1, 3, 4, 5, 6, 8].map((id) => item(id * 10, id, 'Resultat', 'result'));
const FIGURES = [1, 3, 4, 5, 6, 8].flatMap((id) => [figure(id * 10, '2024-09', 'deviation', `${id}.5`), figure(id * 10, '2024-09', 'forecast_deviation', `${id}`)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a short unit name joined to a kind word', () => {
  it.each(['HR-enheten läget?', 'hr-avdelningens prognos?', 'hur går det för HR-avdelningen?', 'how is the HR department doing?'])('%j is about the HR unit', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.org))]).toEqual(['Gemensamma tjänster – HR']);
  });
});
