// A request that names nothing to look at ("kika på siffrorna", "pull up the figures") is asked back:
// what can be asked about the organisation, in its report's own names. An open "how are we doing?" is the
// overview still, and a request that names a line or a measure is answered.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Tekniska nämnden Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'board', null, 'tkr')];
const ITEMS = [item(10, 1, 'Verksamhetens kostnader', 'cost', 12), item(11, 1, 'Personalkostnader', 'cost', 10), item(12, 1, 'Nettokostnad', 'result'), item(13, 1, 'Gator och vägar', 'investment')];
const FIGURES = [10, 11, 12, 13].flatMap((line) => [figure(line, '2026-06', 'actual', '120', 'tkr', 0), figure(line, '2026-06', 'budget', '100', 'tkr', 0), figure(line, '2026-06', 'forecast', '230', 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a request with nothing named to look at', () => {
  it.each(['kan du kika på siffrorna?', 'plocka fram lite statistik åt mig', 'could you pull up the figures?', 'show me some data pls'])('%j asks what to look at, naming lines of the report', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(answer.text).toContain('Nettokostnad');
    expect(answer.text).toContain('Gator och vägar');
  });

  it.each(['hur går det för oss?', 'how are we doing?'])('%j is the overview still', async (question) => {
    expect((await ask(store(), question, HOME)).status).toBe('answered');
  });

  it.each([['kika på personalkostnaderna', 'Personalkostnader'], ['check the forecast', 'Nettokostnad']])('%j names what to look at', async (question, line) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain(line);
  });
});
