// A ranking names what it ranks by the kind of unit, singular or plural ("vilken skola",
// "which clinic", "vilka skolor"), and by deficit compounds ("prognosunderskott",
// "budgetöverskott"): each ranks the asker's units, never the asker's own lines beside them.
// "School" glosses to an education administration: asked there, it is the kind ranked, not the asker.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const SCHOOLS = 'Utbildningsförvaltningen Åby';
const HOSPITAL = 'Sjukhuset Åby';
const ORGANISATIONS = [
  organisation(1, SCHOOLS, 'administration', null, 'tkr'),
  organisation(2, 'Backeskolan Åby', 'unit', 1, 'tkr'),
  organisation(3, 'Ågymnasiet', 'unit', 1, 'tkr'),
  organisation(4, HOSPITAL, 'division', null, 'mnkr'),
  organisation(5, 'Ögonkliniken Åby', 'unit', 4, 'mnkr'),
  organisation(6, 'Hudkliniken Åby', 'unit', 4, 'mnkr'),
];
const ITEMS = [
  item(10, 1, 'Personalkostnader', 'cost'),
  item(11, 1, 'Nettokostnad', 'result'),
  item(20, 2, 'Nettokostnad', 'result'),
  item(30, 3, 'Nettokostnad', 'result'),
  item(40, 4, 'Nettokostnad', 'result'),
  item(41, 4, 'Läkemedel', 'cost'),
  item(50, 5, 'Nettokostnad', 'result'),
  item(60, 6, 'Nettokostnad', 'result'),
];
const year = (line: number, forecast: string, budget: string, unit: 'tkr' | 'mnkr') => [figure(line, '2026-05', 'forecast', forecast, unit, 0), figure(line, '2026-05', 'budget_full_year', budget, unit, 0)];
const FIGURES = [
  // The administration's own staff costs deviate most: a mixed ranking would put them first.
  ...year(10, '-9000', '-6000', 'tkr'),
  ...year(11, '-5100', '-5000', 'tkr'),
  ...year(20, '-2300', '-2000', 'tkr'),
  ...year(30, '-2800', '-3000', 'tkr'),
  ...year(40, '-900', '-850', 'mnkr'),
  // The hospital's own drug costs deviate most: a ranking of lines would put them first.
  ...year(41, '-300', '-200', 'mnkr'),
  ...year(50, '-520', '-480', 'mnkr'),
  ...year(60, '-380', '-370', 'mnkr'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('unit kind words in rankings', () => {
  it.each(['which school is furthest over budget?', 'vilken skola går mest back?', 'vilka skolor går sämst?'])('%j ranks the schools', async (question) => {
    const answer = await ask(store(), question, SCHOOLS);
    expect(answer.status).toBe('answered');
    expect(answer.facts[0]?.org).toBe('Backeskolan Åby');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Personalkostnader');
  });

  it.each(['vilken klinik har störst prognosunderskott?', 'which clinic is most over budget?', 'vilken av klinikerna har störst budgetunderskott?'])('%j ranks the clinics by their deficits', async (question) => {
    const answer = await ask(store(), question, HOSPITAL);
    expect(answer.status).toBe('answered');
    expect(answer.facts[0]?.org).toBe('Ögonkliniken Åby');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Läkemedel');
  });

  it('"vilken skola har störst prognosöverskott?" ranks the schools by their surpluses', async () => {
    const answer = await ask(store(), 'vilken skola har störst prognosöverskott?', SCHOOLS);
    expect(answer.status).toBe('answered');
    expect(answer.facts[0]?.org).toBe('Ågymnasiet');
  });
});
