// A word that begins several KPIs' names ("Tillgänglighet telefon …", "Tillgänglighet besök …")
// names them alike: the question is asked back, never answered with the one a gloss leans to
// (a Swedish gloss of "tillgänglighet" adds "besök inom", an English "availability" is the same
// word). A question that writes a thing no line is ("snow clearance vs target") is not the
// organisation's one line with a target: only a question naming nothing falls back to it.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const CARE = 'Vårdcentralerna Söderby';
const LEISURE = 'Fritidsförvaltningen Söderby';
const ORGANISATIONS = [organisation(1, CARE, 'administration', null, 'tkr'), organisation(2, LEISURE, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Tillgänglighet telefon samma dag', 'kpi'),
  item(11, 1, 'Tillgänglighet besök inom 3 dagar', 'kpi'),
  item(12, 1, 'Resultat', 'result'),
  item(20, 2, 'Sjukfrånvaro', 'kpi'),
  item(21, 2, 'Nettokostnad', 'result'),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '84', '%', 0),
  figure(10, '2026-06', 'target', '90', '%', 0),
  figure(11, '2026-06', 'actual', '71', '%', 0),
  figure(11, '2026-06', 'target', '80', '%', 0),
  figure(12, '2026-06', 'actual', '-500', 'tkr', 0),
  figure(12, '2026-06', 'budget', '100', 'tkr', 0),
  figure(20, '2026-06', 'actual', '7.2', '%', 1),
  figure(20, '2026-06', 'target', '6.0', '%', 1),
  figure(21, '2026-06', 'actual', '-9000', 'tkr', 0),
  figure(21, '2026-06', 'budget', '-9500', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word several KPIs share', () => {
  it.each(['hur går det med tillgängligheten?', 'tillgänglighet mot målet?', 'availability vs target?', 'how is accessibility doing?'])('%j is asked back with both', async (question) => {
    const answer = await ask(store(), question, CARE);
    expect(answer.status).toBe('clarify');
    expect(answer.text).toContain('Tillgänglighet telefon samma dag');
    expect(answer.text).toContain('Tillgänglighet besök inom 3 dagar');
  });
});

describe('a target asked beside words no line is', () => {
  it.each(['snow clearance vs target?', 'skidspåren mot målet?'])('%j is not the one line with a target', async (question) => {
    const answer = await ask(store(), question, LEISURE);
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
  });

  it('a target asked with no line named is still the one line with a target', async () => {
    const answer = await ask(store(), 'hur ligger vi mot målet?', LEISURE);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Sjukfrånvaro']);
  });
});
