// "How much has the forecast moved since UR2?": besides "changed", a forecast moves, shifts or swings
// ("rört sig", "svängt" in Swedish), and "since UR2" names the earlier report in English as "sedan UR2"
// does in Swedish; the answer is the change the report states, not this report's forecast.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Region Åsby', 'region', null, 'mnkr'), organisation(2, 'Regionstaben Åsby', 'administration', 1, 'mnkr')];
const ITEMS = [item(21, 2, 'Resultat', 'result')];
const FIGURES = [
  figure(21, '2025-10', 'forecast', '-412.0'),
  figure(21, '2025-10', 'budget_full_year', '-420.0'),
  { ...figure(21, '2025-10', 'forecast_change', '3.4'), reference: parsePeriod('2025-08') },
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a forecast that moved since an earlier report', () => {
  it.each(['how much has the forecast moved since UR2?', 'has the forecast shifted since the August report?', 'how far has the forecast swung since UR2?', 'hur har prognosen rört sig sedan UR2?', 'har prognosen svängt sen förra rapporten?'])('answers %j with the stated change', async (question) => {
    const answer = await ask(store(), question, 'Regionstaben Åsby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.measure)).toContain('forecast_change');
    expect(plain(answer)).toContain('3,4');
  });
});

// With no earlier time named, a forecast that changed has changed since the forecast before it.
describe('a forecast that changed, no time named', () => {
  it.each(['hur har prognosen förändrats?', 'har prognosen ökat?', 'how much did the forecast slip?', 'has the forecast drifted?'])('answers %j with the stated change, not the deviation from budget', async (question) => {
    const answer = await ask(store(), question, 'Regionstaben Åsby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.measure)).toContain('forecast_change');
    expect(plain(answer)).toContain('3,4');
  });

  it('leaves a change on last year to last year', async () => {
    const answer = await ask(store(), 'har prognosen ökat jämfört med i fjol?', 'Regionstaben Åsby');
    expect(answer.facts.map((fact) => fact.measure)).not.toContain('forecast_change');
  });
});

// A cost forecast that went up went for the worse, an income forecast that went up for the better: the
// answer says which, as it does for a deviation, so "upp 1 400 tkr" is not read as good news.
describe('a forecast that moved between two stored reports', () => {
  const items = [item(31, 2, 'Lokalkostnader', 'cost'), item(32, 2, 'Hyresintäkter', 'income')];
  const figures = [figure(31, '2025-06', 'forecast', '-110.8'), figure(31, '2025-10', 'forecast', '-112.2'), figure(32, '2025-06', 'forecast', '40.0'), figure(32, '2025-10', 'forecast', '41.5')];
  const moved = (question: string) => ask(new MemoryFigureStore(ORGANISATIONS, items, figures, []), question, 'Regionstaben Åsby');

  it.each([
    ['hur har prognosen för lokalkostnaderna ändrats sedan juni?', /upp 1,4 mnkr, en försämring/],
    ['how has the premises costs forecast moved since June?', /up 1,4 mnkr, a deterioration/],
    ['hur har prognosen för hyresintäkterna ändrats sedan juni?', /upp 1,5 mnkr, en förbättring/],
  ])('%j says whether the move is for the better', async (question, said) => {
    const answer = await moved(question);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toMatch(said);
  });
});
