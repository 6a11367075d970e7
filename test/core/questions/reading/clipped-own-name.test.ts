// "vart hamnar expl?" asked at Exploateringsverksamheten: the asker's own long one-word name clipped to its
// first letters names the asker; a clipping that a line of the asker begins, a unit's clipped name, or a
// word that ends where a part of the compound ends ("stads" of "Stadsbyggnadsnämnden") names nothing.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from '../memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Stadsbyggnadsnämnden Åby', 'board', 1, 'tkr'),
  organisation(3, 'Markexploateringen Åby', 'business_area', 2, 'tkr'),
  organisation(4, 'Gymnasieskolan Åby', 'business_area', 2, 'tkr'),
];
const ITEMS = [item(10, 2, 'Nettokostnad', 'cost'), item(11, 3, 'Resultat', 'result'), item(12, 4, 'Nettokostnad', 'cost'), item(14, 2, 'Markförsäljning', 'income')];
const FIGURES = [
  figure(10, '2026-08', 'actual', '-1000', 'tkr', 0),
  figure(10, '2026-08', 'budget', '-900', 'tkr', 0),
  figure(12, '2026-08', 'actual', '-1100', 'tkr', 0),
  figure(12, '2026-08', 'budget', '-900', 'tkr', 0),
  figure(11, '2026-08', 'actual', '-300', 'tkr', 0),
  figure(11, '2026-08', 'budget', '100', 'tkr', 0),
  figure(11, '2026-08', 'forecast', '2700', 'tkr', 0),
  figure(11, '2026-08', 'budget_full_year', '0', 'tkr', 0),
  figure(14, '2026-08', 'actual', '500', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const lines = (answer: { facts: readonly { org: string; item: string }[] }) => answer.facts.map((fact) => `${fact.org} / ${fact.item}`);

describe("the asker's own name clipped to its first letters", () => {
  it.each(['vart hamnar markexpl vid bokslutet?', 'var landar markexp vid årets slut?', 'hur går det för markexploat?'])('names the asker in %j', async (question) => {
    const answer = await ask(store(), question, 'Markexploateringen Åby');
    expect(answer.status).toBe('answered');
    expect(lines(answer)).toContain('Markexploateringen Åby / Resultat');
  });

  it('is no clipping where a line of the asker begins the same way', async () => {
    const answer = await ask(store(), 'mark över budget?', 'Stadsbyggnadsnämnden Åby');
    expect(lines(answer)).not.toContain('Markexploateringen Åby / Resultat');
  });

  it("never reads a unit's clipped name: only the asker's own", async () => {
    const answer = await ask(store(), 'gymn över budget?', 'Markexploateringen Åby');
    expect(lines(answer)).not.toContain('Gymnasieskolan Åby / Nettokostnad');
  });
});
