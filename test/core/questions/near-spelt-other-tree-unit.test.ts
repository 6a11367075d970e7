// A word the asker's own line names write ("Ljungbackens skola, ombyggnad") names that line, though
// another tree has a unit spelt nearly alike ("Förvaltningsområde Ljungbacka"): a near spelling is no
// name of another tree's unit there, and another tree's figure is never shown unasked. Written as
// the unit's name, with its tree's place, the other unit is still found.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Alby kommun', 'municipality', null, 'mnkr'),
  organisation(10, 'Region Bergby', 'region', null, 'mnkr'),
  organisation(12, 'Fastigheter Bergby', 'administration', 10, 'mnkr'),
  organisation(13, 'Förvaltningsavdelningen Bergby', 'department', 12, 'mnkr'),
  { ...organisation(11, 'Förvaltningsområde Ljungbacka', 'unit', 13, 'mnkr'), aliases: ['Ljungbacka', 'Sjukhusområde Ljungbacka'] },
];
const ITEMS = [
  item(20, 1, 'Resultat', 'result'),
  item(21, 1, 'Summa investeringsprojekt', 'investment', null, 'lines'),
  item(22, 1, 'Ljungbackens skola, ombyggnad', 'investment', 21),
  item(23, 1, 'Gång- och cykelvägar', 'investment', 21),
  item(30, 11, 'Resultat', 'result'),
];
const FIGURES = [
  figure(20, '2025-10', 'actual', '12.5', 'mnkr', 1),
  figure(20, '2025-10', 'budget', '10.0', 'mnkr', 1),
  figure(22, '2025-10', 'actual', '39.7', 'mnkr', 1),
  figure(22, '2025-10', 'forecast', '48.2', 'mnkr', 1),
  figure(22, '2025-10', 'budget_full_year', '45.0', 'mnkr', 1),
  figure(23, '2025-10', 'actual', '3.1', 'mnkr', 1),
  figure(23, '2025-10', 'forecast', '4.0', 'mnkr', 1),
  figure(23, '2025-10', 'budget_full_year', '5.0', 'mnkr', 1),
  figure(30, '2026-10', 'actual', '0.4', 'mnkr', 1),
  figure(30, '2026-10', 'budget', '7.5', 'mnkr', 1),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe("a near spelling of another tree's unit that the asker's own line writes", () => {
  it.each(['how is the Ljungbacken rebuild doing vs budget?', 'ljungbacken prognos?', 'hur går ombyggnaden på ljungbacken', 'Ljungbackens ombyggnad vs budget'])('%j is the asker\'s own project', async (question) => {
    const answer = await ask(store(), question, 'Alby kommun');
    expect(answer.status).toBe('answered');
    expect(answer.facts.length).toBeGreaterThan(0);
    expect(answer.facts.map((fact) => fact.org)).not.toContain('Förvaltningsområde Ljungbacka');
    expect(plain(answer)).toContain('48,2');
  });

  it('still finds the other unit by its own name and place', async () => {
    const answer = await ask(store(), 'förvaltningsområde ljungbacka i bergby, resultat?', 'Alby kommun');
    expect(answer.facts.map((fact) => fact.org)).toContain('Förvaltningsområde Ljungbacka');
  });
});
