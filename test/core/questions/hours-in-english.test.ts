// "Home care hours", "hours": the report writes timmar ("Beviljade hemtjänsttimmar"); the English
// word for hours names the line that counts them, not another line of the same service. And "home
// help" is hemtjänst: its "help" asks for no help text.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Äldrenämnden Norrby';
const ITEMS = [item(10, 1, 'Brukartid i hemtjänst', 'kpi'), item(11, 1, 'Utförda hemtjänsttimmar', 'kpi'), item(12, 1, 'Nettokostnad', 'cost')];
const FIGURES = [figure(10, '2026-08', 'actual', '61', '%', 0), figure(11, '2026-08', 'actual', '318400', 'st', 0), figure(11, '2026-08', 'prior_year_actual', '296100', 'st', 0), figure(12, '2026-08', 'actual', '410')];
const store = () => new MemoryFigureStore([organisation(1, HOME, 'board', null, 'mnkr')], ITEMS, FIGURES, []);

describe('hours in English', () => {
  it.each(['home care hours vs last yr', 'home help hours compared with last year?'])('%j answers the line of hours', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Utförda hemtjänsttimmar']);
  });
});
