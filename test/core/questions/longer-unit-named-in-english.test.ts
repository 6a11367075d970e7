// "stöd o service shared costs, forecast?" where the tree has "Avdelningen stöd och service" and
// "Avdelningen stöd och service – gemensamma kostnader": English words the glossary gives as the
// rest of the longer name ("shared costs" → gemensamma kostnader) say the longer unit is meant, so
// it answers instead of a question back; without them the asker is still asked which.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kulturförvaltningen Lövby';
const SHORT = 'Avdelningen stöd och service';
const LONG = 'Avdelningen stöd och service – gemensamma kostnader';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'mnkr'), { ...organisation(2, SHORT, 'department', 1, 'mnkr'), aliases: ['Stöd och service'] }, { ...organisation(3, LONG, 'department', 1, 'mnkr'), aliases: ['Stöd och service gemensamma kostnader'] }];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result')];
const money = (line: number, actual: string, forecast: string) => [figure(line, '2026-06', 'actual', actual, 'mnkr', 1), figure(line, '2026-06', 'budget', '0', 'mnkr', 1), figure(line, '2026-06', 'forecast', forecast, 'mnkr', 1), figure(line, '2026-06', 'budget_full_year', '0', 'mnkr', 1)];
const FIGURES = [...money(10, '5.0', '4.0'), ...money(20, '-1.3', '-2.7'), ...money(30, '2.4', '3.6')];
const answerTo = (question: string) => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);

describe('the rest of a longer unit name said in English', () => {
  it.each(['stöd o service shared costs, forecast?', 'what are the common costs of stöd och service so far?'])('%j answers for the longer unit', async (question) => {
    const answer = await answerTo(question);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.org))]).toEqual([LONG]);
  });

  it('still asks which when the rest is not said', async () => {
    expect((await answerTo('stöd o service forecast?')).status).toBe('clarify');
  });
});
