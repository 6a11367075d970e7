// Prepositions and verbs that frame a question ("enligt prognosen", "running a deficit",
// "senaste prognosen", "according to the forecast") name no line: without them being read as
// a line word, a question that names no line gets the organisation's bottom line, not "ingen sådan post".
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Omsorgsförvaltningen Åby', 'administration', 1, 'tkr')];
const ITEMS = [item(10, 2, 'Nettokostnad', 'result'), item(11, 2, 'Summa investeringar', 'investment'), item(12, 2, 'Sjukfrånvaro', 'kpi')];
const FIGURES = [
  figure(10, '2026-04', 'actual', '51200', 'tkr', 0),
  figure(10, '2026-04', 'budget', '50000', 'tkr', 0),
  figure(10, '2026-04', 'forecast', '153700', 'tkr', 0),
  figure(10, '2026-04', 'budget_full_year', '150000', 'tkr', 0),
  figure(11, '2026-04', 'actual', '800', 'tkr', 0),
  figure(12, '2026-04', 'actual', '7.5', '%', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Omsorgsförvaltningen Åby';

describe('function words that name no line', () => {
  it.each([
    'hur blir året enligt prognosen?',
    'vad säger senaste prognosen om helåret?',
    'hur ser helåret ut gällande prognosen?',
    'are we running over budget?',
    'where do we end according to the latest forecast?',
  ])('answers %j with the bottom line', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Nettokostnad');
    expect(plain(answer)).toMatch(/153 700|1 200/);
  });
});
