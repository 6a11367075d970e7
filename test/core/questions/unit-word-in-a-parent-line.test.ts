// "VA-intäkterna", "intäkterna för VA": the word names a unit (VA-verksamheten), but the unit has no
// such line; its parent reports one whose name carries the word ("Brukningsavgifter VA"). The question
// names that line, answered as the parent's; a line the parent has without the word is still only
// pointed to ("VA-kostnaderna": Summa kostnader is the whole administration's, not VA's).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åsby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Tekniska förvaltningen Åsby', 'administration', 1, 'tkr'),
  { ...organisation(3, 'VA-enheten Åsby', 'business_area', 2, 'tkr'), aliases: ['VA Åsby'] },
  organisation(4, 'Ekbackaskolan', 'unit', 2, 'tkr'),
];
const ITEMS = [
  item(70, 2, 'Nettokostnad', 'cost', null, 'lines'),
  item(71, 2, 'Summa intäkter', 'income', 70, 'lines'),
  item(72, 2, 'Anslutningsavgifter VA', 'income', 71),
  item(73, 2, 'Hyresintäkter', 'income', 71),
  item(74, 2, 'Summa kostnader', 'cost', 70),
  item(75, 2, 'Personalkostnader', 'cost', 74),
  item(76, 2, 'Skolgård Ekbackaskolan', 'investment'),
  item(80, 3, 'Nettokostnad', 'cost'),
  item(81, 4, 'Nettokostnad', 'cost'),
];
const FIGURES = [
  [70, '-900', '-1000'],
  [71, '6100', '6000'],
  [72, '4300', '4200'],
  [73, '1800', '1800'],
  [74, '-7000', '-7000'],
  [75, '-5000', '-5100'],
  [76, '700', '650'],
  [80, '186', '0'],
  [81, '-3000', '-2900'],
].flatMap(([id, actual, budget]) => [figure(Number(id), '2025-06', 'actual', String(actual), 'tkr', 0), figure(Number(id), '2025-06', 'budget', String(budget), 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Tekniska förvaltningen Åsby';

describe("a unit's word that a parent's line carries", () => {
  it.each(['VA-intäkterna mot budget?', 'intäkterna för VA hittills?', 'how is VA income vs budget?'])('answers %j with the parent line that carries the word', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => `${fact.org} / ${fact.item}`)).toContain('Tekniska förvaltningen Åsby / Anslutningsavgifter VA');
    expect(plain(answer)).toContain('100');
  });

  it("only points to the parent's line that does not carry the word", async () => {
    const answer = await ask(store(), 'VA-kostnaderna mot budget?', HOME);
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toHaveLength(0);
  });

  it("does not answer with a parent line that carries the unit's name but is not the line asked", async () => {
    const answer = await ask(store(), 'Ekbackaskolans personalkostnader?', HOME);
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).not.toContain('Skolgård');
  });
});
