// "Hur står vi oss mot andra förvaltningar?": the asker against the other units under its parent, ranked
// together by their deviations; where no other unit there has figures, the answer says so instead of giving
// the asker's own figure as if it were a comparison.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Ekeby kommun', 'municipality', null, 'mnkr'),
  organisation(2, 'Socialnämnden Ekeby', 'board', 1, 'mnkr'),
  organisation(3, 'Tekniska nämnden Ekeby', 'board', 1, 'mnkr'),
  organisation(4, 'Kulturnämnden Ekeby', 'board', 1, 'mnkr'),
  organisation(5, 'Fjärdby kommun', 'municipality', null, 'mnkr'),
  organisation(6, 'Servicenämnden Fjärdby', 'board', 5, 'mnkr'),
];
const ITEMS = [2, 3, 4, 6].flatMap((unit) => [item(unit * 10, unit, 'Nettokostnad', 'cost'), item(unit * 10 + 1, unit, 'Övriga kostnader', 'cost', unit * 10)]);
// Deviations: Social −12, Teknik +3, Kultur −1; Service (alone in its tree) −2.
const DEVIATIONS: [number, string, string][] = [[20, '-212', '-200'], [30, '-97', '-100'], [40, '-51', '-50'], [60, '-42', '-40']];
const FIGURES = DEVIATIONS.flatMap(([id, actual, budget]) => [figure(id, '2026-08', 'actual', actual), figure(id, '2026-08', 'budget', budget)]);
const asked = (question: string, home: string) => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, home);

describe('the asker against its peers', () => {
  it.each(['hur står vi oss mot de andra nämnderna?', 'jämfört med övriga nämnder, hur går det?', 'how do we compare with the other committees?', 'how do we stack up against the other boards?'])(
    'ranks the units under the parent, the asker among them: %j',
    async (question) => {
      const answer = await asked(question, 'Tekniska nämnden Ekeby');
      expect(answer.status).toBe('answered');
      const text = plain(answer);
      for (const unit of ['Socialnämnden Ekeby', 'Tekniska nämnden Ekeby', 'Kulturnämnden Ekeby']) expect(text).toContain(unit);
      expect(text).not.toContain('Fjärdby');
      expect(text.indexOf('Socialnämnden Ekeby')).toBeLessThan(text.indexOf('Kulturnämnden Ekeby'));
    },
  );

  it.each(['hur står vi oss mot andra nämnder?', 'how do we compare with other committees?'])('says there is nothing to compare with where the asker has no peers with figures: %j', async (question) => {
    const answer = await asked(question, 'Servicenämnden Fjärdby');
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
    expect(plain(answer)).toContain('Servicenämnden Fjärdby');
  });

  it('reads "the other" as whom to compare with, not as a line of other costs', async () => {
    const answer = await asked('how do we stack up against the other committees?', 'Tekniska nämnden Ekeby');
    expect(plain(answer)).not.toContain('Övriga kostnader');
  });
});
