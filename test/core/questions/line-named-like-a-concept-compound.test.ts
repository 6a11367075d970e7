// A compound of a concept's word and a word for money ("ränte|kostnader", "hyres|kostnaderna") reads as
// that concept ("räntor", the financial items) — unless a line of the asker's tree is named by the very
// word: "Räntekostnader" asked where the report has a line Räntekostnader is that line, not a concept whose
// lines (finansnetto) the report does not have.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Fastighetskontoret Åby', 'administration', null, 'mnkr'), organisation(2, 'Driften Åby', 'unit', 1, 'mnkr')];
const ITEMS = [
  item(1, 1, 'Resultat', 'result'),
  item(2, 1, 'Summa kostnader', 'cost', null, 'lines'),
  item(10, 1, 'Räntekostnader', 'cost', 2),
  item(11, 1, 'Elkostnader', 'cost', 2),
  item(12, 1, 'Personalkostnader', 'cost', 2),
  item(20, 2, 'Resultat', 'result'),
  item(21, 2, 'Reparationskostnader', 'cost'),
];
const FIGURES = [
  ...[1, 2, 11, 12, 20].flatMap((id) => [figure(id, '2026-10', 'actual', '-5.0'), figure(id, '2026-10', 'budget', '-6.0')]),
  figure(10, '2026-10', 'actual', '-104.6'),
  figure(10, '2026-10', 'budget', '-98.3'),
  figure(21, '2026-10', 'actual', '-12.4'),
  figure(21, '2026-10', 'budget', '-11.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a line named by a compound that reads as a concept', () => {
  it.each(['räntekostnader mot budget', 'räntekostnaderna hittills?', 'Räntekostnader', 'hur ligger räntekostnaderna?'])('%j is the line Räntekostnader', async (question) => {
    const answer = await ask(store(), question, 'Fastighetskontoret Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Räntekostnader');
    expect(plain(answer)).toContain('104,6');
  });

  it("finds a sub-unit's line so named too", async () => {
    const answer = await ask(store(), 'reparationskostnaderna hittills?', 'Driften Åby');
    expect(plain(answer)).toContain('12,4');
  });
});
