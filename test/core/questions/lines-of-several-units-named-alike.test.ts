// A question for a line the asker's administration does not have, but two of its units have under
// different names ("Brukarnöjdhet hemtjänst", "Brukarnöjdhet särskilt boende"): the choice is which
// line, each said with its unit. Lines of one name in several units stay a choice of unit.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Omsorgsförvaltningen Åby', 'administration', null, 'tkr'),
  organisation(2, 'Hemtjänst Åby', 'business_area', 1, 'tkr'),
  organisation(3, 'Särskilt boende Åby', 'business_area', 1, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'cost'),
  item(20, 2, 'Brukarnöjdhet hemtjänst', 'kpi'),
  item(21, 2, 'Personalomsättning', 'kpi'),
  item(30, 3, 'Brukarnöjdhet särskilt boende', 'kpi'),
  item(31, 3, 'Personalomsättning', 'kpi'),
];
const FIGURES = [
  figure(10, '2026-04', 'actual', '-90000', 'tkr', 0),
  figure(20, '2026-04', 'actual', '84', '%', 0),
  figure(20, '2026-04', 'target', '90', '%', 0),
  figure(21, '2026-04', 'actual', '14', '%', 0),
  figure(30, '2026-04', 'actual', '88', '%', 0),
  figure(30, '2026-04', 'target', '90', '%', 0),
  figure(31, '2026-04', 'actual', '11', '%', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Omsorgsförvaltningen Åby';

describe('a line two units have under different names', () => {
  it.each(['are the users satisfied, compared with the target?', 'how did the user survey come out?', 'hur nöjda brukare har vi jämfört med målet?', 'brukarundersökningen?'])('%j asks which line, with its unit', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(['Brukarnöjdhet hemtjänst (Hemtjänst Åby)', 'Brukarnöjdhet särskilt boende (Särskilt boende Åby)']);
  });

  it('asks which unit for a line of one name', async () => {
    const answer = await ask(store(), 'personalomsättningen?', HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(['Hemtjänst Åby', 'Särskilt boende Åby']);
  });
});
