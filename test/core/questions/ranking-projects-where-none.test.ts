// A ranking of investment projects where the organisation reports none says there are none; "no
// deviations for projects" would read as projects that all keep to plan.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Stadsdelsförvaltning Norr', 'administration', null, 'mnkr'), organisation(2, 'Parkförvaltningen', 'administration', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result'), item(21, 2, 'Lekplats Ekparken', 'investment')];
const FIGURES = [figure(10, '2026-08', 'actual', '5.0'), figure(10, '2026-08', 'budget', '4.0'), figure(20, '2026-08', 'actual', '1.0'), figure(21, '2026-08', 'actual', '2.0'), figure(21, '2026-08', 'budget_full_year', '3.0'), figure(21, '2026-08', 'forecast', '3.0')];
const asked = (question: string, home: string) => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, home);

describe('projects ranked where there are none', () => {
  it.each(['vilka investeringsprojekt drar över budget?', 'which projects are over budget?'])('says none are on record: %j', async (question) => {
    const answer = await asked(question, 'Stadsdelsförvaltning Norr');
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toMatch(/inga investeringsprojekt|no investment projects/);
  });

  it('still says no deviations where projects keep to plan', async () => {
    const answer = await asked('vilka investeringsprojekt drar över budget?', 'Parkförvaltningen');
    expect(plain(answer)).not.toMatch(/inga investeringsprojekt/);
  });
});
