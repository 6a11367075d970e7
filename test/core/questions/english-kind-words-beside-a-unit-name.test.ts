// English words for what a unit is, written beside its name ("the Åkerby health centre", "the health
// centre in Åkerby", "the out-of-hours clinic"), name that unit as the Swedish "vårdcentralen i Åkerby"
// does: they name no line that writes the same word (a KPI "Andel hyrläkare Vårdcentral Åkerby"). And a
// project of the asker's that writes the unit's name ("Ombyggnad vårdcentral Åkerby") is said in full by
// "the Åkerby rebuild": the unit's name stands for its own words.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Region Lövmark', 'region', null, 'tkr'),
  organisation(2, 'Primärvården Lövmark', 'administration', 1, 'tkr'),
  { ...organisation(3, 'Vårdcentral Åkerby', 'unit', 2, 'tkr'), aliases: ['Åkerby', 'VC Åkerby'] },
  { ...organisation(4, 'Vårdcentral Bäckby', 'unit', 2, 'tkr'), aliases: ['Bäckby', 'VC Bäckby'] },
  { ...organisation(5, 'Jourcentralen Lövmark', 'department', 2, 'tkr'), aliases: ['Jourcentralen'] },
];
const ITEMS = [
  item(10, 2, 'Resultat', 'result'),
  item(11, 2, 'Ombyggnad vårdcentral Åkerby', 'investment'),
  item(20, 3, 'Resultat', 'result'),
  item(21, 3, 'Andel hyrläkare Vårdcentral Åkerby', 'kpi'),
  item(30, 4, 'Resultat', 'result'),
  item(40, 5, 'Resultat', 'result'),
];
const FIGURES = [
  ...[10, 20, 30, 40].flatMap((id) => [figure(id, '2026-09', 'actual', `-${id}0`, 'tkr', 0), figure(id, '2026-09', 'budget', '0', 'tkr', 0), figure(id, '2026-09', 'forecast', `-${id}1`, 'tkr', 0), figure(id, '2026-09', 'budget_full_year', '0', 'tkr', 0)]),
  figure(11, '2026-09', 'actual', '900', 'tkr', 0),
  figure(11, '2026-09', 'forecast', '1700', 'tkr', 0),
  figure(11, '2026-09', 'budget_full_year', '1500', 'tkr', 0),
  figure(21, '2026-09', 'actual', '48', '%', 0),
];
const asked = (question: string, home = 'Primärvården Lövmark') => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, home);

describe('an English word for what a unit is, beside its name', () => {
  it.each(['Åkerby health centre forecast?', 'forecast for the health centre in Åkerby?', "what's the Åkerby medical centre's year-end forecast"])('names the unit, not its KPI that writes the word: %j', async (question) => {
    const answer = await asked(question);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toMatch(/^Resultat, Vårdcentral Åkerby/);
  });

  it.each(['full year forecast for the jour centre?', 'how is the out-of-hours clinic doing vs budget?'])('reads an English name of a jourcentral as it: %j', async (question) => {
    const answer = await asked(question);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Jourcentralen Lövmark');
  });
});

describe("a project that writes a unit's name", () => {
  it.each(["how's the Åkerby rebuild tracking vs its budget", 'Åkerby refurbishment forecast?'])('is the project when its own word is said: %j', async (question) => {
    const answer = await asked(question);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toMatch(/^Ombyggnad vårdcentral Åkerby/);
  });

  it('leaves the unit its figures when no word of the project is said', async () => {
    expect(plain(await asked('Åkerby forecast?'))).toMatch(/^Resultat, Vårdcentral Åkerby/);
  });
});
