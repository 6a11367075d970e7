// A Swedish organisation name in an English question ("Överförmyndarenheten, forecast?",
// "how is Kulturförvaltningen doing vs budget") says nothing of the asker's language: its
// å/ä/ö no longer tip a tie to Swedish. Outside a name they still do.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from '../memory-figure-store.js';

const HOME = 'Norrby kommun';
const ORGANISATIONS = [organisation(1, HOME, 'municipality', null, 'mnkr'), organisation(2, 'Kulturförvaltningen Norrby', 'administration', 1, 'mnkr'), organisation(3, 'Överförmyndarenheten Norrby', 'department', 1, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result')];
const FIGURES = [10, 20, 30].flatMap((line) => [figure(line, '2026-06', 'forecast', '5'), figure(line, '2026-06', 'budget_full_year', '4')]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('the answer language beside a Swedish name', () => {
  it.each(['kulturförvaltningen, forecast?', 'överförmyndarenheten forecast'])('answers %j in English', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.language).toBe('en');
  });

  it('still answers in Swedish when a Swedish letter is outside the name', async () => {
    const answer = await ask(store(), 'kulturförvaltningen, forecast för helår?', HOME);
    expect(answer.language).toBe('sv');
  });
});
