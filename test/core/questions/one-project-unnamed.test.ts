// "Prognosen för projektet?", "forecast on the project?": one investment project, not named. With one
// project it is that one; with several, the question asks which, offering the projects, not their total.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Lillby kommun', 'municipality', null, 'tkr'), organisation(2, 'Fastighetsavdelningen Lillby', 'department', 1, 'tkr'), organisation(3, 'Kulturavdelningen Lillby', 'department', 1, 'tkr')];
const ITEMS = [
  item(80, 2, 'Nettokostnad', 'result'),
  item(81, 2, 'Summa investeringar', 'investment', null, 'lines'),
  item(82, 2, 'Ny sporthall Åsen', 'investment', 81),
  item(83, 2, 'Tak Lillbyskolan', 'investment', 81),
  item(84, 3, 'Nettokostnad', 'result'),
  item(85, 3, 'Scenteknik Folkets hus', 'investment'),
];
const FIGURES = [
  figure(80, '2025-08', 'forecast', '1000', 'tkr', 0),
  figure(81, '2025-08', 'forecast', '30000', 'tkr', 0),
  figure(82, '2025-08', 'forecast', '22000', 'tkr', 0),
  figure(83, '2025-08', 'forecast', '8000', 'tkr', 0),
  figure(84, '2025-08', 'forecast', '500', 'tkr', 0),
  figure(85, '2025-08', 'forecast', '1200', 'tkr', 0),
  figure(85, '2025-08', 'budget_full_year', '1000', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('one project, not named', () => {
  it.each(['prognosen för projektet?', 'forecast on the project?'])('asks which of several projects for %j, offering no total', async (question) => {
    const answer = await ask(store(), question, 'Fastighetsavdelningen Lillby');
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Ny sporthall Åsen');
    expect(plain(answer)).toContain('Tak Lillbyskolan');
    expect(plain(answer)).not.toContain('Summa investeringar');
  });

  it('answers the one project where there is one', async () => {
    const answer = await ask(store(), 'hur går det med investeringen, prognos?', 'Kulturavdelningen Lillby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Scenteknik Folkets hus');
  });
});
