// "Avgifterna?" asked at a municipality whose own line has the word only as a compound's last part
// ("Parkeringsavgifter", a kind of hyror) while a committee below it reports a line that is the word
// itself ("Avgifter"): both are what the asker may mean, so the answer asks which, each line with its unit.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Åsby kommun';
const ORGANISATIONS = [organisation(1, HOME, 'municipality', null, 'tkr'), organisation(2, 'Fritidsnämnden Åsby', 'board', 1, 'tkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'cost'),
  item(11, 1, 'Parkeringsavgifter', 'cost'),
  item(20, 2, 'Nettokostnad', 'cost'),
  item(21, 2, 'Avgifter', 'income'),
];
const FIGURES = [10, 11, 20, 21].flatMap((line) => [figure(line, '2026-06', 'actual', '120', 'tkr', 0), figure(line, '2026-06', 'budget', '100', 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a sub-unit line that is the asked word, beside a home line that has it in a compound', () => {
  it.each(['hur går det med avgifterna?', 'avgiften mot budget', 'fees vs budget?'])('%j asks which of the two lines', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.text).toContain('Parkeringsavgifter');
    expect(answer.text).toContain('Avgifter (Fritidsnämnden Åsby)');
  });

  it('answers the home line the question names whole', async () => {
    const answer = await ask(store(), 'parkeringsavgifterna mot budget?', HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => `${fact.org}/${fact.item}`))]).toEqual([`${HOME}/Parkeringsavgifter`]);
  });
});
