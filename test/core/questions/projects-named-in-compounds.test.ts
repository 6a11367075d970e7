// A project is often written as a compound whose head is "projekt" ("invprojekt", "byggprojektet",
// "inv-projekten"), and "ligger mest/längst efter", "försenad" say the ranking is by how far
// behind a project is: the projects are ranked by the budget not yet used, not the lines by deviation.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Lervik kommun', 'municipality', null, 'tkr'), organisation(2, 'Tekniska förvaltningen Lervik', 'administration', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'cost'),
  item(11, 2, 'Köpta tjänster', 'cost'),
  item(20, 2, 'Summa investeringar', 'investment', null, 'lines'),
  item(21, 2, 'Nytt reningsverk Skogby', 'investment', 20),
  item(22, 2, 'Gång- och cykelväg Åsen', 'investment', 20),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '-900', 'tkr', 0),
  figure(10, '2026-06', 'budget', '-800', 'tkr', 0),
  figure(11, '2026-06', 'actual', '-3000', 'tkr', 0),
  figure(11, '2026-06', 'budget', '-1000', 'tkr', 0),
  figure(21, '2026-06', 'actual', '2000', 'tkr', 0),
  figure(21, '2026-06', 'budget_full_year', '9000', 'tkr', 0),
  figure(22, '2026-06', 'actual', '1500', 'tkr', 0),
  figure(22, '2026-06', 'budget_full_year', '2000', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Tekniska förvaltningen Lervik';

describe('projects written as compounds, ranked by how far behind they are', () => {
  it.each(['vilket invprojekt är mest försenat?', 'vilka byggprojekt ligger längst efter?', 'vilket inv-projekt ligger mest efter', 'vilka byggprojekt är försenade?'])('%j ranks the projects by the budget left', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    const lines = plain(answer).split('\n').slice(1);
    expect(lines[0]).toContain('Nytt reningsverk Skogby');
    expect(lines[0]).toContain('7 000');
    expect(plain(answer)).not.toContain('Köpta tjänster');
  });
});
