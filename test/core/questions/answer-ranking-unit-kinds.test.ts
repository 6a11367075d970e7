// "Vilken nämnd går sämst?", "which programmes are over budget?": only units of the kind the words
// name are ranked, where the tree has any; a department word narrows nothing.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Sjöby kommun', 'municipality', null, 'mnkr'),
  organisation(2, 'Barn- och utbildningsnämnden Sjöby', 'board', 1, 'mnkr'),
  organisation(3, 'Socialnämnden Sjöby', 'board', 1, 'mnkr'),
  // A part of a committee with a larger deficit than either committee: no committee itself.
  organisation(4, 'Avdelningen för placeringar Sjöby', 'department', 3, 'mnkr'),
];
const ITEMS = [item(60, 1, 'Årets resultat', 'result'), item(61, 2, 'Nettokostnad', 'result'), item(62, 3, 'Nettokostnad', 'result'), item(63, 4, 'Nettokostnad', 'result')];
const FIGURES = [
  figure(60, '2025-08', 'forecast', '20.0'),
  figure(60, '2025-08', 'budget_full_year', '30.0'),
  figure(61, '2025-08', 'forecast_deviation', '-4.0'),
  figure(62, '2025-08', 'forecast_deviation', '-6.0'),
  figure(63, '2025-08', 'forecast_deviation', '-9.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ranking of units of one kind', () => {
  it.each(['vilken nämnd går sämst?', 'which committees are furthest over budget?'])('ranks only the committees for %j', async (question) => {
    const answer = await ask(store(), question, 'Sjöby kommun');
    expect(answer.status).toBe('answered');
    const text = plain(answer);
    expect(text).toContain('Socialnämnden Sjöby');
    expect(text).toContain('Barn- och utbildningsnämnden Sjöby');
    expect(text).not.toContain('Avdelningen för placeringar');
    expect(text.indexOf('Socialnämnden Sjöby')).toBeLessThan(text.indexOf('Barn- och utbildningsnämnden Sjöby'));
  });

  // Reports call their parts avdelning, enhet, område or verksamhet whatever kind they are stored as.
  it('narrows nothing for a department word: every unit is a candidate', async () => {
    const answer = await ask(store(), 'vilken avdelning går sämst?', 'Sjöby kommun');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('Avdelningen för placeringar');
    expect(plain(answer)).toContain('Socialnämnden Sjöby');
  });
});
