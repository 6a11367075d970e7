// Swedish names say where with compass words ("Södra hamnen", "Verksamhetsområde söder",
// "Västra kajen"); an English question says "southern", "the south", "west": the lexicon's
// glossary gives the Swedish words, so the lines are found as a Swedish question finds them.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Samhällsbyggnad Vallby', 'administration', null, 'tkr')];
const ITEMS = [item(10, 1, 'Nettokostnad', 'result'), item(11, 1, 'Södra hamnen', 'investment'), item(12, 1, 'Verksamhetsområde söder', 'investment'), item(13, 1, 'Västra kajen', 'investment')];
const FIGURES = [11, 12, 13].flatMap((line, index) => [figure(line, '2025-08', 'forecast', String(4000 + index * 1000), 'tkr', 0), figure(line, '2025-08', 'budget_full_year', String(3500 + index * 1000), 'tkr', 0)]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Samhällsbyggnad Vallby';

describe('compass words in an English question', () => {
  it.each(['southern area, forecast?', 'what about the south – forecast?'])('asks back %j with both southern lines', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('clarify');
    expect(plain(answer)).toContain('Södra hamnen');
    expect(plain(answer)).toContain('Verksamhetsområde söder');
  });

  it('answers the one western line', async () => {
    const answer = await ask(store(), 'forecast for the western quay project?', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Västra kajen');
  });
});
