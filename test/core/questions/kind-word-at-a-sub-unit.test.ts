// A sub-unit asked for a kind of line only its parent reports ("bibliotekets investeringar" where
// the library has none and its board has) is told it has no such line and where one is; the
// parent's figure is not handed over as the unit's. The parent asking gets its own line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const BOARD = 'Kulturnämnden Åsby';
const LIBRARY = 'Biblioteket Åsby';
const ORGANISATIONS = [organisation(1, BOARD, 'board', null, 'mnkr'), organisation(2, LIBRARY, 'unit', 1, 'mnkr')];
const ITEMS = [item(1, 1, 'Nettokostnad', 'result'), item(2, 1, 'Investeringar', 'investment'), item(4, 2, 'Nettokostnad', 'result')];
const FIGURES = ITEMS.flatMap((line) => [figure(line.id, '2026-08', 'actual', '31.8'), figure(line.id, '2026-08', 'forecast', '52'), figure(line.id, '2026-08', 'budget_full_year', '64')]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a kind of line only the parent reports, asked at a sub-unit', () => {
  it.each(['bibliotekets investeringar?', 'investeringarna på biblioteket?', 'bibliotekets investeringar prognos', 'biblioteket investeringar hittills'])('answers %j with no_data that names where the line is', async (question) => {
    const answer = await ask(store(), question, LIBRARY);
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toContain(BOARD);
    expect(plain(answer)).not.toContain('31,8');
  });

  it('answers the parent that asks with its own line', async () => {
    const answer = await ask(store(), 'bibliotekets investeringar?', BOARD);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Investeringar, Kulturnämnden Åsby');
  });
});
