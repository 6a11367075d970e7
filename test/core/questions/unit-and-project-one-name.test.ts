// A unit and an investment project may share a name ("Ekbacken" and "Ombyggnad Ekbacken"):
// the unit's name said together with the project's other words (ombyggnaden, rebuild, renovering)
// names the project, not the unit's operating figures.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Omsorgsförvaltningen Åby', 'administration', null, 'tkr'),
  organisation(2, 'Ekbacken Åby', 'unit', 1, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'cost'),
  item(11, 2, 'Nettokostnad', 'cost'),
  item(20, 1, 'Summa investeringar', 'investment', null, 'lines'),
  item(21, 1, 'Ombyggnad Ekbacken', 'investment', 20),
  item(22, 1, 'Välfärdsteknik', 'investment', 20),
];
const FIGURES = [
  figure(10, '2026-04', 'actual', '-90000', 'tkr', 0),
  figure(10, '2026-04', 'budget', '-88000', 'tkr', 0),
  figure(11, '2026-04', 'actual', '-31250', 'tkr', 0),
  figure(11, '2026-04', 'budget', '-32000', 'tkr', 0),
  figure(21, '2026-04', 'actual', '4100', 'tkr', 0),
  figure(21, '2026-04', 'forecast', '17300', 'tkr', 0),
  figure(21, '2026-04', 'budget_full_year', '15000', 'tkr', 0),
  figure(22, '2026-04', 'actual', '700', 'tkr', 0),
  figure(22, '2026-04', 'forecast', '2000', 'tkr', 0),
  figure(22, '2026-04', 'budget_full_year', '2500', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Omsorgsförvaltningen Åby';

describe('a unit and a project sharing a name', () => {
  it.each(['prognos för ombyggnaden av ekbacken?', 'ekbackens ombyggnad, prognos?', 'what is the forecast for the ekbacken rebuild?', 'ekbacken renovation forecast', 'ombyggnad ekbacken prognos'])('%j answers the project', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe("answered");
    expect(plain(answer)).toContain('Ombyggnad Ekbacken');
    expect(plain(answer)).toContain('17 300');
    expect(plain(answer)).not.toContain('31 250');
  });
});
