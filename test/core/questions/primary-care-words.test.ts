// A primary-care report names its lines the controller's way ("Läkemedel", "Hyrläkare" as a
// varav line under "Inhyrd personal", "Medicinsk service", "Köpt vård"); managers write the
// everyday word ("medicinerna", "meds", "hyrdoktorer", "bemanningsläkare", "labbet", "lab tests")
// or a compound of a two-word name and a cost word ("köptvårdskostnaderna"). The lexicons
// carry those words as glosses, so the line is answered — the varav line, not its parent.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Vårdcentralerna Norrby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Personalkostnader', 'cost'),
  item(11, 1, 'Inhyrd personal', 'cost'),
  item(12, 1, 'Hyrläkare', 'cost', 11),
  item(13, 1, 'Läkemedel', 'cost'),
  item(14, 1, 'Medicinsk service', 'cost'),
  item(15, 1, 'Köpt vård', 'cost'),
  item(16, 1, 'Lokaler', 'cost'),
];
const FIGURES = ITEMS.flatMap((line, index) => [
  figure(line.id, '2026-06', 'actual', `-${1000 + index * 100}`, 'tkr', 0),
  figure(line.id, '2026-06', 'budget', `-${900 + index * 100}`, 'tkr', 0),
  figure(line.id, '2026-06', 'forecast', `-${2000 + index * 100}`, 'tkr', 0),
  figure(line.id, '2026-06', 'budget_full_year', `-${1800 + index * 100}`, 'tkr', 0),
]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('primary-care words for a report line', () => {
  it.each([
    ['vad har medicinerna kostat hittills?', 'Läkemedel'],
    ['what did medications cost this year?', 'Läkemedel'],
    ['meds vs budget?', 'Läkemedel'],
    ['hur mycket går till hyrdoktorer i år?', 'Hyrläkare'],
    ['bemanningsläkarna mot budget?', 'Hyrläkare'],
    ['vad kostar labbet i år?', 'Medicinsk service'],
    ['laboratory tests against budget?', 'Medicinsk service'],
    ['köptvårdskostnaderna mot budget?', 'Köpt vård'],
  ])('%j answers %s', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual([line]);
  });
});
