// "Hur går det för färjorna på hamntrafiken?": the organisation after "på"/"at" is where the units named
// before it are, not a second organisation asked about. A word that names several of its units is asked back.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Hamnnämnden Åby', 'board', null, 'tkr'),
  organisation(2, 'Hamntrafiken Åby', 'administration', 1, 'tkr'),
  organisation(3, 'Stadsfärjorna Åby', 'business_area', 2, 'tkr'),
  organisation(4, 'Skärgårdsfärjorna Åby', 'business_area', 2, 'tkr'),
];
const ITEMS = [item(20, 2, 'Nettokostnad', 'cost'), item(30, 3, 'Nettokostnad', 'cost'), item(40, 4, 'Nettokostnad', 'cost')];
const FIGURES = [
  figure(20, '2026-04', 'actual', '-9000', 'tkr', 0),
  figure(20, '2026-04', 'forecast', '-27000', 'tkr', 0),
  figure(30, '2026-04', 'actual', '-4000', 'tkr', 0),
  figure(30, '2026-04', 'forecast', '-12500', 'tkr', 0),
  figure(40, '2026-04', 'actual', '-5000', 'tkr', 0),
  figure(40, '2026-04', 'forecast', '-14500', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Hamntrafiken Åby';

describe('units named before the place they are at', () => {
  it.each(['hur går det för färjorna på hamntrafiken?', 'läget för färjorna inom Hamntrafiken Åby', 'färjorna hos hamntrafiken, prognos?'])('%j asks which of its units', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(['Stadsfärjorna Åby', 'Skärgårdsfärjorna Åby']);
  });

  it('answers the one unit named before its place, and only it', async () => {
    const answer = await ask(store(), 'prognos för stadsfärjorna på hamntrafiken', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.text).toMatch(/12\s500/);
    expect(answer.text).not.toMatch(/27\s000/);
  });
});
