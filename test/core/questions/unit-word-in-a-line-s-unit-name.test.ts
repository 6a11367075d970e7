// "Hur går biblioteken?" where the asker's units are "Stadsbiblioteket Åsby" and "Ekuddens bibliotek Åsby":
// the word heads both names, and a line of the asker's that carries one unit's compound name ("Ombyggnad
// entré Stadsbiblioteket") does not use the word itself, so the word is still a choice between the units.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Kulturområdet Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), organisation(2, 'Stadsbiblioteket Åsby', 'unit', 1, 'tkr'), organisation(3, 'Ekuddens bibliotek Åsby', 'unit', 1, 'tkr')];
const ITEMS = [item(10, 1, 'Nettokostnad', 'cost'), item(11, 1, 'Ombyggnad entré Stadsbiblioteket', 'investment'), item(20, 2, 'Nettokostnad', 'cost'), item(30, 3, 'Nettokostnad', 'cost')];
const FIGURES = [10, 11, 20, 30].flatMap((line) => [figure(line, '2026-06', 'actual', '120', 'tkr', 0), figure(line, '2026-06', 'budget', '100', 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word that heads several units’ names, one of them carried by a line', () => {
  it.each(['hur går biblioteken?', 'biblioteket mot budget?'])('%j asks which unit', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.text).toContain('Stadsbiblioteket Åsby');
    expect(answer.text).toContain('Ekuddens bibliotek Åsby');
  });

  it('answers the unit another word names', async () => {
    const answer = await ask(store(), 'hur går det för stadsbiblioteket?', HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.org))]).toEqual(['Stadsbiblioteket Åsby']);
  });
});
