// A unit of the asker's own named by a word written as its name writes it ("va" for VA-verksamheten) is that
// unit, though one of the asker's lines carries the word as a qualifier ("Brukningsavgifter VA"); where a
// line is what the word names, its head ("Förskola Ekliden" beside the unit Förskola Åby), either is meant.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Tekniska förvaltningen Åby', 'administration', 1, 'tkr'),
  { ...organisation(3, 'VA-verksamheten Åby', 'business_area', 2, 'tkr'), aliases: ['VA Åby'] },
  organisation(4, 'Förskola Åby', 'business_area', 2, 'tkr'),
];
const ITEMS = [
  item(70, 2, 'Nettokostnad', 'result'),
  item(71, 2, 'Brukningsavgifter VA', 'income'),
  item(72, 2, 'Förskola Ekliden', 'investment'),
  item(73, 3, 'Nettokostnad', 'result'),
  item(74, 4, 'Nettokostnad', 'result'),
];
const FIGURES = [
  figure(70, '2025-06', 'actual', '5000', 'tkr', 0),
  figure(71, '2025-06', 'actual', '4300', 'tkr', 0),
  figure(71, '2025-06', 'budget', '4200', 'tkr', 0),
  figure(72, '2025-06', 'forecast', '9000', 'tkr', 0),
  figure(73, '2025-06', 'actual', '186', 'tkr', 0),
  figure(73, '2025-06', 'budget', '0', 'tkr', 0),
  figure(74, '2025-06', 'forecast', '3500', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Tekniska förvaltningen Åby';

describe('a unit named by a word a line also carries', () => {
  it.each(['hur går det för va?', 'VA-läget?'])('answers %j with the unit when the line only qualifies by the word', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.org)).toContain('VA-verksamheten Åby');
    expect(plain(answer)).not.toContain('Brukningsavgifter');
  });

  it('asks back when a line is what the word names', async () => {
    const answer = await ask(store(), 'vad är prognosen för förskolan?', HOME);
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Förskola Åby');
    expect(plain(answer)).toContain('Förskola Ekliden');
  });
});
